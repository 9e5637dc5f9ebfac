/**
 * Columnar OHLCV input accepted by every bar-based indicator: any object with equal-length
 * `open/high/low/close/volume` arrays (a `BarSeries` from `@aitrade/core` fits). Each function asks only
 * for the fields it reads, e.g. `atr` takes `Pick<OhlcvInput, 'high' | 'low' | 'close'>`.
 *
 * Values are measurements (`number`), not ledger amounts; prices in quote currency, volume in base units.
 */
export interface OhlcvInput {
  /** Opening prices, oldest first. */
  readonly open: ArrayLike<number>
  /** High prices, oldest first. */
  readonly high: ArrayLike<number>
  /** Low prices, oldest first. */
  readonly low: ArrayLike<number>
  /** Closing prices, oldest first. */
  readonly close: ArrayLike<number>
  /** Volumes, oldest first. */
  readonly volume: ArrayLike<number>
}

/** One bar for streaming indicators: the fields an indicator reads (others are ignored). */
export interface OhlcvBar {
  /** Opening price. */
  readonly open: number
  /** High price. */
  readonly high: number
  /** Low price. */
  readonly low: number
  /** Closing price. */
  readonly close: number
  /** Volume. */
  readonly volume: number
}

/** Options every batch indicator accepts in addition to its own. */
export interface OutputOptions {
  /**
   * Preallocated output buffer of at least the input's length, written in place to avoid allocation.
   * Multi-output indicators take one buffer per output under the output's name instead (e.g. `outUpper`).
   */
  out?: Float64Array
}

/**
 * JSON-safe state of a streaming indicator, from `snapshot()` and accepted by `restore()`.
 * Numbers that are `NaN` or infinite are stored as `null`.
 */
export interface IndicatorSnapshot {
  /** Class name, e.g. `'SMA'`; `restore` rejects a snapshot of another indicator. */
  readonly indicator: string
  /** Snapshot format version of that class. */
  readonly version: number
  /** The options the indicator was built with. */
  readonly options: Readonly<Record<string, unknown>>
  /** Indicator-specific state (plain JSON). */
  readonly state: unknown
}

/**
 * The streaming contract every indicator class implements (`new SMA({ period: 20 })`).
 *
 * - `update(input)` consumes a new bar (or value) and returns the newest output — `NaN` (or an object of
 *   `NaN`s, or `0` for patterns) until {@link StreamingIndicator.isReady}.
 * - `replace(input)` revises the still-forming last bar: the result equals what `update` would have
 *   returned had the last input been this one.
 * - Streaming outputs equal the batch function's outputs exactly, bar by bar.
 *
 * @typeParam In - A `number` for single-series indicators, an {@link OhlcvBar} for bar indicators.
 * @typeParam Out - `number`, or an object of numbers for multi-output indicators.
 */
export interface StreamingIndicator<In, Out> {
  /** Number of inputs consumed before the first defined output (TA-Lib's lookback). */
  readonly lookback: number
  /** `true` once an output is defined. */
  readonly isReady: boolean
  /** Consumes the next input; returns the newest output. */
  update(input: In): Out
  /** Replaces the last input consumed (the forming bar); returns the revised output. */
  replace(input: In): Out
  /** Back to the freshly constructed state. */
  reset(): void
  /** JSON-safe state for restarting without re-warming. */
  snapshot(): IndicatorSnapshot
  /** Restores a state produced by `snapshot()` of an indicator of the same class and options. */
  restore(snapshot: IndicatorSnapshot): void
}
