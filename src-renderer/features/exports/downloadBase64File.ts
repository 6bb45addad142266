// Saves bytes that main sent as base64 (an export, the rejected rows of an import) as a download: a Blob behind
// an object URL and a temporary <a download>. The same code works in Electron (will-download) and a browser.

/** Base64 to bytes, one char code per byte (atob gives a "binary string"). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function downloadBase64File(fileName: string, contentBase64: string, mimeType: string): void {
  const blob = new Blob([base64ToBytes(contentBase64)], { type: mimeType });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by now; the URL is only needed until the browser has read the blob.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The MIME type for a file Rapport writes, from its name. */
export function mimeTypeOf(fileName: string): string {
  if (/\.(vcf|vcard)$/i.test(fileName)) return 'text/vcard';
  if (/\.csv$/i.test(fileName)) return 'text/csv';
  if (/\.zip$/i.test(fileName)) return 'application/zip';
  return 'application/octet-stream';
}
