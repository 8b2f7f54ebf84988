/**
 * An input problem the user must be told about: bad file, bad backup, bad pattern. `code` is an i18n key
 * under `errors.` and `params` its interpolation values, so the UI can say it in the user's language;
 * `message` is the English wording for the CLI and logs. Always names the problem and, where known, where.
 */
// @ts-nocheck

export class VersoInputError extends Error {
  constructor(
    readonly code: string,
    readonly params: Readonly<Record<string, string | number>>,
    message: string,
  ) {
    super(message);
    this.name = 'VersoInputError';
  }
}
