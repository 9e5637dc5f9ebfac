// Rolling highest high / lowest low the way TA-Lib's WILLR, STOCH, STOCHF, AROON and AROONOSC track them:
// keep the extreme and its bar index, rescan the window only when that bar leaves it. Amortised O(1).

/** Offsets inside the 4-slot block at `o`: highest index, highest, lowest index, lowest. @internal */
export const EXT_HI_IDX = 0
/** @internal */
export const EXT_HI = 1
/** @internal */
export const EXT_LO_IDX = 2
/** @internal */
export const EXT_LO = 3

/** Initial values of the 4-slot block (TA-Lib starts with indices −1 and extremes 0). @internal */
export const EXT_INIT = [-1, 0, -1, 0] as const

/**
 * Updates the extremes block `s[o .. o+3]` for the window `[trailing, today]` of bars whose highs and lows
 * are at `high[k % mod]` / `low[k % mod]` (pass the full input arrays and `mod = n` in batch, or rings of at
 * least the window's length when streaming; today's values must already be stored). Ties in the rescan go
 * to the most recent bar (`latestOnRescan`, as AROON) or the oldest one (as WILLR/STOCH); incremental
 * updates always take today's bar on a tie. The choice matters only for which bar index is kept.
 * @internal
 */
export function trackExtremes(
  s: Float64Array,
  o: number,
  high: ArrayLike<number>,
  low: ArrayLike<number>,
  mod: number,
  today: number,
  trailing: number,
  latestOnRescan: boolean,
): void {
  let loIdx = s[o + EXT_LO_IDX] as number
  let lo = s[o + EXT_LO] as number
  if (loIdx < trailing) {
    loIdx = trailing
    lo = low[trailing % mod] as number
    for (let k = trailing + 1; k <= today; k++) {
      const v = low[k % mod] as number
      if (latestOnRescan ? v <= lo : v < lo) {
        loIdx = k
        lo = v
      }
    }
  } else {
    const v = low[today % mod] as number
    if (v <= lo) {
      loIdx = today
      lo = v
    }
  }
  let hiIdx = s[o + EXT_HI_IDX] as number
  let hi = s[o + EXT_HI] as number
  if (hiIdx < trailing) {
    hiIdx = trailing
    hi = high[trailing % mod] as number
    for (let k = trailing + 1; k <= today; k++) {
      const v = high[k % mod] as number
      if (latestOnRescan ? v >= hi : v > hi) {
        hiIdx = k
        hi = v
      }
    }
  } else {
    const v = high[today % mod] as number
    if (v >= hi) {
      hiIdx = today
      hi = v
    }
  }
  s[o + EXT_LO_IDX] = loIdx
  s[o + EXT_LO] = lo
  s[o + EXT_HI_IDX] = hiIdx
  s[o + EXT_HI] = hi
}
