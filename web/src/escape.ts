/**
 * The one place the app turns data into HTML. ECharts renders a tooltip formatter's return value as HTML,
 * so names (which anyone with a write token can set) must pass through here before reaching it. React
 * escapes everything else itself; no other code builds HTML strings.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text as HTML that shows it literally; null and undefined as nothing. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** A tooltip of text lines: each escaped, joined by line breaks (the only markup tooltips use). */
export function tooltipHtml(...lines: unknown[]): string {
  return lines.map(escapeHtml).join('<br/>');
}
