/**
 * The third-party test data of ../shared/data (see its README): conformance tests read it in place and
 * skip, saying why, when it is absent.
 */
// @ts-nocheck

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Absolute path of ../shared/data (relative to the repository root), ending in "/";
 * `VERSO_SHARED_DATA` overrides it (e.g. to check that the tests skip cleanly without it).
 */
export const SHARED_DATA =
  process.env['VERSO_SHARED_DATA']?.replace(/\/?$/, '/') ??
  fileURLToPath(new URL('../../../shared/data/', import.meta.url));

/** Path of a file or folder under ../shared/data. */
export function sharedPath(relative: string): string {
  return `${SHARED_DATA}${relative}`;
}

/** True when `relative` exists under ../shared/data; logs why the tests that need it are skipped. */
export function hasSharedData(relative: string): boolean {
  const present = existsSync(sharedPath(relative));
  if (!present) {
    console.warn(
      `skipping: ${sharedPath(relative)} is absent (third-party test data: see ../shared/data/README.md)`,
    );
  }
  return present;
}

/** Names of the files in a folder under ../shared/data with the given extension, sorted. */
export function filesIn(relative: string, extension: string): string[] {
  return readdirSync(sharedPath(relative))
    .filter((name) => name.endsWith(extension))
    .sort();
}

/** The bytes of a file under ../shared/data. */
export function readShared(relative: string): Uint8Array {
  return new Uint8Array(readFileSync(sharedPath(relative)));
}
