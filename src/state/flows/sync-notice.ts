import { isMessageKey } from '../../i18n/keys.ts';
import { noticeFor, type Notice } from '../notices.ts';

/** A sync server's refusal as `share.errors.<code>`; anything else as usual. */
export function syncNotice(error: unknown): Notice {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const key = `share.errors.${code}`;
  return isMessageKey(key) ? { kind: 'error', key, params: {} } : noticeFor(error);
}
