// @ts-nocheck
import type { Download } from '../state/store.ts';

/** Hands a file to the browser's download machinery and releases the object URL afterwards. */
export function saveDownload(download: Download): void {
  const type =
    typeof download.content === 'string' ? `${download.mime};charset=utf-8` : download.mime;
  const blob = new Blob([download.content as BlobPart], { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = download.fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
