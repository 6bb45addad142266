// Reads a picked or dropped file and encodes it as base64 for imports.open. Encoded in slices whose length is
// a multiple of 3, so each slice's base64 joins the next without padding, and no slice is spread into a call
// with more arguments than the engine allows.
const SLICE = 3 * 8192;

export async function fileToBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await readBytes(file));
  const parts: string[] = [];
  for (let start = 0; start < bytes.length; start += SLICE) {
    parts.push(btoa(String.fromCharCode(...bytes.subarray(start, start + SLICE))));
  }
  return parts.join('');
}

function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  // Older engines (and some test DOMs) have no Blob.arrayBuffer.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsArrayBuffer(file);
  });
}
