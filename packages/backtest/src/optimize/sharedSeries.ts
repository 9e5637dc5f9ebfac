import { BarSeries, InvalidArgumentError, type Timeframe } from '@aitrade/core'

/** The column names of a shared series: bar open time (epoch ms UTC) and OHLCV. */
export type SharedSeriesField = 'time' | 'open' | 'high' | 'low' | 'close' | 'volume'

const FIELDS: readonly SharedSeriesField[] = ['time', 'open', 'high', 'low', 'close', 'volume']

/** One series as columns in `SharedArrayBuffer` memory: sent to every worker without a copy. */
export interface SharedSeries {
  readonly symbol?: string
  readonly timeframe?: Timeframe
  readonly columns: Readonly<Record<SharedSeriesField, Float64Array>>
}

/** The backtest data of an optimization, shareable across worker threads. */
export interface SharedData {
  /** Identifies the data within this process, so a worker validates and wraps it only once. */
  readonly key: string
  /** `true` when the data was a map of series (several symbols). */
  readonly multi: boolean
  readonly series: readonly SharedSeries[]
}

let nextKey = 0

/** Validates the backtest data (one series or a map by symbol) and returns it as a map. */
export function seriesMap(data: unknown, argument = 'data'): ReadonlyMap<string, BarSeries> {
  if (data instanceof BarSeries) {
    if (data.length === 0) throw new InvalidArgumentError(argument, 'has no bars')
    return new Map([[data.symbol ?? 'DEFAULT', data]])
  }
  if (data instanceof Map) {
    if (data.size === 0) throw new InvalidArgumentError(argument, 'is an empty map')
    for (const [sym, s] of data) {
      if (!(s instanceof BarSeries)) throw new InvalidArgumentError(`${argument}.${String(sym)}`, 'must be a BarSeries')
      if (s.length === 0) throw new InvalidArgumentError(`${argument}.${String(sym)}`, 'has no bars')
    }
    return data as ReadonlyMap<string, BarSeries>
  }
  throw new InvalidArgumentError(argument, 'must be a BarSeries or a Map of BarSeries by symbol')
}

/** Copies the columns of the data once into `SharedArrayBuffer`s. */
export function shareData(data: BarSeries | ReadonlyMap<string, BarSeries>): SharedData {
  const map = seriesMap(data)
  const series: SharedSeries[] = []
  for (const [symbol, s] of map) {
    const columns = {} as Record<SharedSeriesField, Float64Array>
    for (const f of FIELDS) {
      const col = new Float64Array(new SharedArrayBuffer(s.length * 8))
      col.set(s[f])
      columns[f] = col
    }
    series.push({ symbol, ...(s.timeframe ? { timeframe: s.timeframe } : {}), columns })
  }
  return { key: `${process.pid}:${nextKey++}`, multi: data instanceof Map, series }
}

let cached: { key: string; data: BarSeries | ReadonlyMap<string, BarSeries> } | undefined

/** The data of a {@link SharedData} as series (views on the shared memory), cached per key in this thread. */
export function unshareData(shared: SharedData): BarSeries | ReadonlyMap<string, BarSeries> {
  if (cached?.key === shared.key) return cached.data
  const list = shared.series.map((s) =>
    BarSeries.fromColumns(s.columns, {
      ...(s.symbol !== undefined ? { symbol: s.symbol } : {}),
      ...(s.timeframe ? { timeframe: s.timeframe } : {}),
    }),
  )
  const data = shared.multi ? new Map(list.map((s) => [s.symbol ?? 'DEFAULT', s])) : (list[0] as BarSeries)
  cached = { key: shared.key, data }
  return data
}
