/** Offers text the page made as a file download. */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A byte-order mark lets spreadsheet programs read UTF-8 (Chinese names) in a CSV correctly; JSON
  // must not carry one (RFC 8259).
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  saveBlob(new Blob(parts, { type }), filename);
}

/** Offers a file the page made (text, an image) as a download. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
