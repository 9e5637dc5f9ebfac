/**
 * HTML escaping and number formatting for the tearsheet (internal).
 *
 * @module
 */

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/** Escapes a value for HTML text and attribute context. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c] as string)
}

/** Serialises data for a `<script type="application/json">` block: no `<` can close the element. */
export function jsonForScript(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029')
}

/** Inlines a script source so that no `</script` inside it can end the element early. */
export function scriptForHtml(source: string): string {
  return source.replace(/<\/(script)/gi, '<\\/$1')
}

const DASH = '—'

/** A fraction as a percent string: `0.1234` → `12.34 %`. */
export function pct(x: number, digits = 2): string {
  return Number.isFinite(x) ? `${(x * 100).toFixed(digits)} %` : Number.isNaN(x) ? DASH : x > 0 ? '∞' : '−∞'
}

/** A plain number with fixed decimals and thousands separators. */
export function num(x: number, digits = 2): string {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? DASH : x > 0 ? '∞' : '−∞'
  return x.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
}

/** A duration in ms as days (and hours below a few days): `3 d 4 h`, `46 d`. */
export function duration(ms: number): string {
  if (!Number.isFinite(ms)) return DASH
  const h = Math.round(ms / 3_600_000)
  const d = Math.floor(h / 24)
  const rest = h % 24
  if (d >= 3 || rest === 0) return `${Math.round(ms / 86_400_000)} d`
  return d > 0 ? `${d} d ${rest} h` : `${rest} h`
}

/** An epoch-ms time as `YYYY-MM-DD` or `YYYY-MM-DD HH:MM` (UTC) when it is not midnight. */
export function date(ms: number): string {
  if (!Number.isFinite(ms)) return DASH
  const iso = new Date(ms).toISOString()
  return iso.slice(11, 16) === '00:00' ? iso.slice(0, 10) : `${iso.slice(0, 10)} ${iso.slice(11, 16)}`
}
