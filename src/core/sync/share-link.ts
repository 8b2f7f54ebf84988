/**
 * Share links (issue 14): the app's URL with the token in the fragment, `…/#share=<token>`. The
 * fragment never reaches a server (no token in access logs or a Referer header); the app reads it,
 * stores the token with its local copy and removes it from the address bar.
 */
import { parseToken } from './token-claims.ts';

const KEY = 'share';

/** The link that opens a shared project in the app at `appUrl`. */
export function shareLink(appUrl: string, token: string): string {
  return `${appUrl.replace(/#.*$/, '')}#${KEY}=${token}`;
}

/** The token of a share link, or undefined when the URL has none or it is not shaped like a token. */
export function tokenOfLink(url: string): string | undefined {
  const hash = url.indexOf('#');
  if (hash === -1) return undefined;
  for (const part of url.slice(hash + 1).split('&')) {
    const [name, value] = part.split('=');
    if (name === KEY && value !== undefined && parseToken(value) !== undefined) return value;
  }
  return undefined;
}
