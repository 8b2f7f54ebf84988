/** Largest file Verso opens (50 MiB): larger ones are refused before they are read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;
