/**
 * How a {@link CandleSetting} measures a candle (TA-Lib's `TA_RangeType`):
 * - `'realBody'`: `|close − open|`;
 * - `'highLow'`: `high − low`;
 * - `'shadows'`: upper shadow + lower shadow (the average is then halved, i.e. one shadow on average).
 */
export type CandleRangeType = 'realBody' | 'highLow' | 'shadows'

/**
 * One of TA-Lib's candle settings: a threshold equal to `factor` × the average `rangeType` of the
 * `avgPeriod` candles before the candle being judged (with `avgPeriod = 0`: the judged candle's own range).
 */
export interface CandleSetting {
  /** What is measured on each candle. */
  readonly rangeType: CandleRangeType
  /** Number of preceding candles averaged; `0` means the candle itself. */
  readonly avgPeriod: number
  /** Multiplier applied to the average. */
  readonly factor: number
}

/** Names of TA-Lib's eleven candle settings (`TA_BodyLong` … `TA_Equal`) in lower camel case. */
export type CandleSettingName =
  | 'bodyLong'
  | 'bodyVeryLong'
  | 'bodyShort'
  | 'bodyDoji'
  | 'shadowLong'
  | 'shadowVeryLong'
  | 'shadowShort'
  | 'shadowVeryShort'
  | 'near'
  | 'far'
  | 'equal'

/**
 * TA-Lib 0.6's default candle settings, used by every candlestick pattern (`cdl…`) in this package.
 * They define what "long body", "doji", "very short shadow", "near", "equal", … mean:
 *
 * | setting | measures | avg. of | factor | meaning |
 * |---|---|---|---|---|
 * | `bodyLong` | real body | 10 | 1 | body longer than the average body |
 * | `bodyVeryLong` | real body | 10 | 3 | body longer than 3× the average body |
 * | `bodyShort` | real body | 10 | 1 | body shorter than the average body |
 * | `bodyDoji` | high−low | 10 | 0.1 | body ≤ 10 % of the average range |
 * | `shadowLong` | real body | 0 | 1 | shadow longer than the candle's own body |
 * | `shadowVeryLong` | real body | 0 | 2 | shadow longer than 2× the candle's own body |
 * | `shadowShort` | shadows | 10 | 1 | shadow shorter than half the average sum of shadows |
 * | `shadowVeryShort` | high−low | 10 | 0.1 | shadow < 10 % of the average range |
 * | `near` | high−low | 5 | 0.2 | distance ≤ 20 % of the average range |
 * | `far` | high−low | 5 | 0.6 | distance ≥ 60 % of the average range |
 * | `equal` | high−low | 5 | 0.05 | distance ≤ 5 % of the average range |
 *
 * The averages cover the candles before the one judged (it is excluded), so each pattern's lookback grows
 * with these periods (e.g. `cdlEngulfingLookback()` is 2, `cdlDojiLookback()` is 10).
 *
 * @see TA-Lib 0.6 `ta_global.c`, `TA_RestoreCandleDefaultSettings`.
 *
 * @example
 * ```ts
 * import { CANDLE_SETTINGS } from '@aitrade/indicators'
 *
 * CANDLE_SETTINGS.bodyDoji // { rangeType: 'highLow', avgPeriod: 10, factor: 0.1 }
 * ```
 */
export const CANDLE_SETTINGS: Readonly<Record<CandleSettingName, CandleSetting>> = Object.freeze({
  bodyLong: Object.freeze({ rangeType: 'realBody', avgPeriod: 10, factor: 1.0 }),
  bodyVeryLong: Object.freeze({ rangeType: 'realBody', avgPeriod: 10, factor: 3.0 }),
  bodyShort: Object.freeze({ rangeType: 'realBody', avgPeriod: 10, factor: 1.0 }),
  bodyDoji: Object.freeze({ rangeType: 'highLow', avgPeriod: 10, factor: 0.1 }),
  shadowLong: Object.freeze({ rangeType: 'realBody', avgPeriod: 0, factor: 1.0 }),
  shadowVeryLong: Object.freeze({ rangeType: 'realBody', avgPeriod: 0, factor: 2.0 }),
  shadowShort: Object.freeze({ rangeType: 'shadows', avgPeriod: 10, factor: 1.0 }),
  shadowVeryShort: Object.freeze({ rangeType: 'highLow', avgPeriod: 10, factor: 0.1 }),
  near: Object.freeze({ rangeType: 'highLow', avgPeriod: 5, factor: 0.2 }),
  far: Object.freeze({ rangeType: 'highLow', avgPeriod: 5, factor: 0.6 }),
  equal: Object.freeze({ rangeType: 'highLow', avgPeriod: 5, factor: 0.05 }),
} as const)
