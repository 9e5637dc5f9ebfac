const POW10: readonly number[] = Array.from({ length: 23 }, (_, k) => 10 ** k)
const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/

/**
 * Parses the decimal number in `text[start, end)` (surrounding spaces ignored) without allocating on the common
 * path. Gives exactly `Number(str)` for plain decimals: with at most 15 significant digits and 22 fraction digits
 * both `mantissa` and `10^k` are exact doubles, so one IEEE division is correctly rounded. Longer numbers and
 * exponents fall back to `Number`. Hex, `Infinity`, thousands separators and empty text give `NaN`.
 * @internal
 */
export function parseDecimal(text: string, start: number, end: number): number {
  while (start < end && isSpace(text.charCodeAt(start))) start++
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--
  if (start === end) return Number.NaN
  let i = start
  let c = text.charCodeAt(i)
  const negative = c === 45
  if (negative || c === 43) i++
  let mantissa = 0
  let digits = 0
  let fraction = 0
  for (; i < end; i++) {
    c = text.charCodeAt(i) - 48
    if (c < 0 || c > 9) break
    mantissa = mantissa * 10 + c
    digits++
  }
  if (i < end && text.charCodeAt(i) === 46) {
    for (i++; i < end; i++) {
      c = text.charCodeAt(i) - 48
      if (c < 0 || c > 9) break
      mantissa = mantissa * 10 + c
      digits++
      fraction++
    }
  }
  if (i !== end || digits > 15) {
    const s = text.slice(start, end)
    return PLAIN_NUMBER.test(s) ? Number(s) : Number.NaN
  }
  if (digits === 0) return Number.NaN
  const v = fraction === 0 ? mantissa : mantissa / POW10[fraction]!
  return negative ? -v : v
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9
}
