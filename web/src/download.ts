/** Offers text the page made as a file download. */
export function download(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  // A byte-order mark lets spreadsheet programs read UTF-8 (Chinese names) in a CSV correctly; JSON
  // must not carry one (RFC 8259).
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  const blob = new Blob(parts, { type });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
