/**
 * Messages for the reviewer: an i18n key with its interpolation values, never a sentence built here.
 */
import { VersoInputError } from '../core/model/errors.ts';
import { isMessageKey, type MessageKey, type MessageParams } from '../i18n/keys.ts';

/** A message for the user: an i18n key (under the root) with its interpolation values. */
export interface Notice {
  readonly kind: 'error' | 'info';
  readonly key: MessageKey;
  readonly params: MessageParams;
  /**
   * A button beside the message: 'reload' reloads the page (a new version is ready, issue 12 item 11);
   * 'encoding' asks which encoding a file is in (issue 12 item 7).
   */
  readonly action?: 'reload' | 'encoding';
}

/** An error notice without parameters. */
export function noticeOf(key: MessageKey): Notice {
  return { kind: 'error', key, params: {} };
}

/** An information notice ("Opened …", "Recovered …"). */
export function infoNotice(key: MessageKey, params: MessageParams = {}): Notice {
  return { kind: 'info', key, params };
}

/**
 * Turns any failure into a notice; input problems keep their specific key and parameters. A code the
 * UI has no message for (a bug) is shown as an unexpected error with its code, never as a bare key.
 */
export function noticeFor(error: unknown): Notice {
  if (error instanceof VersoInputError && isMessageKey(error.code)) {
    return { kind: 'error', key: error.code, params: error.params };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { kind: 'error', key: 'errors.unexpected', params: { message } };
}
