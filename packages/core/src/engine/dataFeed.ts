import type { Bar } from '../bar.js'
import type { BarSeries } from '../barSeries.js'
import { InvalidArgumentError } from '../errors.js'
import type { Quote, TradeTick } from '../marketData.js'

/**
 * A bar event. `bar` is the bar that has just closed. When the feed replays a {@link BarSeries}, `series` and
 * `index` locate the bar in it (so the engine can hand the strategy a window of history without copying).
 *
 * For speed, feeds may reuse the event and bar objects between events: copy `bar` to keep it.
 */
export interface BarEvent {
  /** Discriminator. */
  readonly type: 'bar'
  /** Instrument symbol. */
  readonly symbol: string
  /** The closed bar (time = bar open, epoch ms UTC). */
  readonly bar: Bar
  /** The series being replayed, when there is one. */
  readonly series?: BarSeries
  /** Index of `bar` in `series`. */
  readonly index: number
}

/** A top-of-book quote event. */
export interface QuoteEvent {
  /** Discriminator. */
  readonly type: 'quote'
  /** The quote. */
  readonly quote: Quote
}

/** A public trade event. */
export interface TickEvent {
  /** Discriminator. */
  readonly type: 'tick'
  /** The trade. */
  readonly tick: TradeTick
}

/** Any market event a {@link DataFeed} produces. */
export type MarketEvent = BarEvent | QuoteEvent | TickEvent

/**
 * A source of market events in time order. `next()` returns the next event, `null` at the end; it may return a
 * promise (live feeds) — the engine then awaits it, and stays synchronous otherwise (the backtest fast path).
 */
export interface DataFeed {
  /** Symbols this feed produces events for. */
  readonly symbols: readonly string[]
  /** The next event, `null` when the feed is exhausted. */
  next(): MarketEvent | null | Promise<MarketEvent | null>
  /** Releases resources (sockets, files). */
  close?(): void | Promise<void>
}

/**
 * The bar a cursor rewrites in place for every event. A class (not an object literal): V8 then keeps its number fields
 * unboxed and rewrites them without allocating, where the literal's fields allocated a heap number per write (~70 bytes
 * of garbage per bar).
 */
class CursorBar implements Bar {
  time = Number.NaN
  open = Number.NaN
  high = Number.NaN
  low = Number.NaN
  close = Number.NaN
  volume = Number.NaN
}

interface Cursor {
  readonly series: BarSeries
  readonly symbol: string
  /** The series' columns and length, held directly (no property chains in the hot loop). */
  readonly time: Float64Array
  readonly open: Float64Array
  readonly high: Float64Array
  readonly low: Float64Array
  readonly close: Float64Array
  readonly volume: Float64Array
  readonly n: number
  index: number
  readonly bar: CursorBar
  readonly event: { type: 'bar'; symbol: string; bar: Bar; series: BarSeries; index: number }
}

/**
 * Replays one or more {@link BarSeries} as bar events in time order. Bars with equal times are emitted in the
 * order the series were given. The event and bar objects are reused per symbol (no allocation per bar): copy them
 * to keep them.
 *
 * @example
 * ```ts
 * import { BarSeries, BarSeriesFeed } from '@aitrade/core'
 *
 * const s = BarSeries.fromBars([{ time: 0, open: 1, high: 2, low: 1, close: 2, volume: 10 }], { symbol: 'ABC' })
 * const feed = new BarSeriesFeed(s)
 * const ev = feed.next()
 * ev?.type === 'bar' && ev.bar.close // 2
 * feed.next() // null
 * ```
 */
export class BarSeriesFeed implements DataFeed {
  /** Symbols in the order given. */
  readonly symbols: readonly string[]
  private readonly cursors: Cursor[]

  /**
   * @param series - A series, or a map of symbol → series (a series' own `symbol` is used for a single series;
   *   default `'DEFAULT'`).
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when no series is given.
   */
  constructor(series: BarSeries | ReadonlyMap<string, BarSeries>) {
    const entries: [string, BarSeries][] =
      series instanceof Map
        ? [...(series as ReadonlyMap<string, BarSeries>)]
        : [[(series as BarSeries).symbol ?? 'DEFAULT', series as BarSeries]]
    if (entries.length === 0) throw new InvalidArgumentError('series', 'at least one series is required')
    this.symbols = entries.map(([s]) => s)
    this.cursors = entries.map(([symbol, s]) => {
      const bar = new CursorBar()
      return {
        series: s,
        symbol,
        time: s.time,
        open: s.open,
        high: s.high,
        low: s.low,
        close: s.close,
        volume: s.volume,
        n: s.length,
        index: -1,
        bar,
        event: { type: 'bar', symbol, bar, series: s, index: -1 },
      }
    })
  }

  /** @returns The next bar event in time order, or `null` at the end. */
  next(): BarEvent | null {
    const cs = this.cursors
    let best: Cursor | undefined
    let bestTime = Number.POSITIVE_INFINITY
    if (cs.length === 1) {
      const c = cs[0]!
      if (c.index + 1 < c.n) {
        best = c
        bestTime = c.time[c.index + 1]!
      }
    } else {
      for (let k = 0; k < cs.length; k++) {
        const c = cs[k]!
        const i = c.index + 1
        if (i < c.n) {
          const t = c.time[i]!
          if (t < bestTime) {
            bestTime = t
            best = c
          }
        }
      }
    }
    if (!best) return null
    const i = ++best.index
    const b = best.bar
    b.time = bestTime
    b.open = best.open[i]!
    b.high = best.high[i]!
    b.low = best.low[i]!
    b.close = best.close[i]!
    b.volume = best.volume[i]!
    best.event.index = i
    return best.event
  }
}
