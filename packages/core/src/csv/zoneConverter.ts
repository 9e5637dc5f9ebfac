import { InvalidArgumentError } from '../errors.js'

const HOUR_MS = 3_600_000

/**
 * Returns a function converting a naive wall-clock time in `timeZone` (expressed in ms as if it were UTC) to the
 * UTC instant, using only `Intl.DateTimeFormat` (IANA zone data of the runtime, no dependency).
 *
 * Offsets are cached per UTC hour. A wall time that occurs twice (clocks going back) resolves to the earlier
 * instant; a wall time that does not exist (clocks going forward) is shifted by the size of the jump.
 *
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when the runtime does not know `timeZone`.
 * @internal
 */
export function zoneConverter(timeZone: string): (naiveMs: number) => number {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  } catch (cause) {
    throw new InvalidArgumentError('timeZone', `unknown IANA time zone ${JSON.stringify(timeZone)}`, { cause })
  }
  const cache = new Map<number, number>()
  /** Offset (local − UTC) in ms at the instant `utcMs`. */
  const offsetAt = (utcMs: number): number => {
    const key = Math.floor(utcMs / HOUR_MS)
    let offset = cache.get(key)
    if (offset === undefined) {
      const at = key * HOUR_MS
      const f: Record<string, number> = {}
      for (const part of format.formatToParts(at)) f[part.type] = Number(part.value)
      offset = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!) - at
      cache.set(key, offset)
    }
    return offset
  }
  return (naiveMs) => {
    const first = offsetAt(naiveMs)
    const t = naiveMs - first
    const second = offsetAt(t)
    return second === first ? t : naiveMs - second
  }
}
