import { InvalidArgumentError } from '@aitrade/core'
import type { NumberLike } from '../stats/tradeStats.js'

/**
 * The fields of an open position that {@link exposureBreakdown} reads. Core's `Position` satisfies it (add
 * `assetClass`/`sector` through the options' maps); plain objects with numbers do too.
 */
export interface ExposurePosition {
  /** Instrument symbol. */
  readonly symbol: string
  /** `long` or `short`. */
  readonly side: 'long' | 'short'
  /** Position size in lots or units, `> 0` (the sign is in `side`). */
  readonly amount: NumberLike
  /** Current mark price, quote currency per unit. */
  readonly markPrice: NumberLike
  /** Units per lot (e.g. 100 000 for a standard FX lot). Default `1`. */
  readonly contractSize?: NumberLike | undefined
  /** Asset class label, e.g. core's `AssetClass` (`'stock'`, `'crypto'`, …). */
  readonly assetClass?: string | undefined
  /** Sector label, e.g. `'Technology'`. */
  readonly sector?: string | undefined
}

/** Options of {@link exposureBreakdown}. */
export interface ExposureBreakdownOptions {
  /** Grouping key. Default `'symbol'`. */
  by?: 'symbol' | 'assetClass' | 'sector'
  /** Asset class per symbol, used when a position has no `assetClass`. */
  assetClasses?: Readonly<Record<string, string>>
  /** Sector per symbol, used when a position has no `sector`. */
  sectors?: Readonly<Record<string, string>>
  /** Account equity (account currency, `> 0`); when given, exposures are also reported as fractions of it. */
  equity?: NumberLike
}

/** Exposure of one group (see {@link exposureBreakdown}). */
export interface ExposureGroup {
  /** Symbol, asset class or sector; `'unclassified'` when a position has no label for the grouping. */
  key: string
  /** Long notional `Σ amount × contractSize × markPrice` of long positions, ≥ 0. */
  long: number
  /** Short notional of short positions, as a positive number. */
  short: number
  /** `long - short`. */
  net: number
  /** `long + short`. */
  gross: number
  /** `gross / total gross`, the group's share of the book (sums to 1 over the groups). */
  weight: number
  /** `net / equity`, `NaN` without `equity`. */
  netFraction: number
  /** `gross / equity`, `NaN` without `equity`. */
  grossFraction: number
}

/** Result of {@link exposureBreakdown}. */
export interface ExposureBreakdown {
  /** Groups, largest gross exposure first. */
  groups: ExposureGroup[]
  /** Totals over all positions (same fields as a group; `weight` is 1, or `NaN` for an empty book). */
  total: ExposureGroup
  /** Herfindahl–Hirschman index `Σ weight²` of the groups' gross weights, in `(0, 1]`; `NaN` for an empty book. */
  herfindahl: number
  /** Effective number of groups `1 / herfindahl`. */
  effectiveCount: number
}

function num(x: NumberLike | undefined, fallback: number): number {
  return x === undefined ? fallback : typeof x === 'number' ? x : x.toNumber()
}

/**
 * Exposure of a book of open positions grouped by symbol, asset class or sector: long, short, net and gross notional
 * per group, each group's share of the gross book, and the concentration of the book as the Herfindahl–Hirschman
 * index of those shares (`1` = everything in one group; `1/n` = spread evenly over `n`).
 *
 * Notional is `amount × contractSize × markPrice` in quote currency; positions quoted in different currencies must be
 * converted by the caller first.
 *
 * @param positions - Open positions; see {@link ExposurePosition}.
 * @param options - Grouping, label maps and equity; see {@link ExposureBreakdownOptions}.
 * @returns Groups, totals and concentration; see {@link ExposureBreakdown}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a position's amount, price or contract
 *   size is not a finite number `> 0`, its side is not `long`/`short`, `by` is unknown, or `equity` is not `> 0`.
 *
 * @example
 * ```ts
 * import { exposureBreakdown } from '@aitrade/analytics'
 *
 * const b = exposureBreakdown(
 *   [
 *     { symbol: 'AAPL', side: 'long', amount: 10, markPrice: 150, sector: 'Tech' },
 *     { symbol: 'XOM', side: 'short', amount: 5, markPrice: 100, sector: 'Energy' },
 *   ],
 *   { by: 'sector', equity: 10_000 },
 * )
 * b.total.net // 1000
 * b.herfindahl // 0.625 (0.75² + 0.25²)
 * ```
 * @see U.S. DOJ & FTC, Horizontal Merger Guidelines (2010) §5.3: the HHI is the sum of the squared shares.
 */
export function exposureBreakdown(
  positions: readonly ExposurePosition[],
  options: ExposureBreakdownOptions = {},
): ExposureBreakdown {
  const by = options.by ?? 'symbol'
  if (by !== 'symbol' && by !== 'assetClass' && by !== 'sector') {
    throw new InvalidArgumentError('by', `must be 'symbol', 'assetClass' or 'sector', got ${String(by)}`)
  }
  const equity = options.equity === undefined ? Number.NaN : num(options.equity, Number.NaN)
  if (options.equity !== undefined && !(equity > 0 && Number.isFinite(equity))) {
    throw new InvalidArgumentError('equity', `must be a finite number > 0, got ${equity}`)
  }
  const sums = new Map<string, { long: number; short: number }>()
  positions.forEach((p, i) => {
    const amount = num(p.amount, Number.NaN)
    const price = num(p.markPrice, Number.NaN)
    const size = num(p.contractSize, 1)
    for (const [field, v] of [
      ['amount', amount],
      ['markPrice', price],
      ['contractSize', size],
    ] as const) {
      if (!(v > 0) || !Number.isFinite(v)) {
        throw new InvalidArgumentError('positions', `positions[${i}].${field} = ${v} is not a finite number > 0`)
      }
    }
    if (p.side !== 'long' && p.side !== 'short') {
      throw new InvalidArgumentError('positions', `positions[${i}].side must be 'long' or 'short'`)
    }
    const key =
      by === 'symbol'
        ? p.symbol
        : by === 'assetClass'
          ? (p.assetClass ?? options.assetClasses?.[p.symbol] ?? 'unclassified')
          : (p.sector ?? options.sectors?.[p.symbol] ?? 'unclassified')
    const notional = amount * size * price
    const s = sums.get(key) ?? { long: 0, short: 0 }
    if (p.side === 'long') s.long += notional
    else s.short += notional
    sums.set(key, s)
  })
  let totalLong = 0
  let totalShort = 0
  for (const s of sums.values()) {
    totalLong += s.long
    totalShort += s.short
  }
  const totalGross = totalLong + totalShort
  const make = (key: string, long: number, short: number): ExposureGroup => ({
    key,
    long,
    short,
    net: long - short,
    gross: long + short,
    weight: totalGross > 0 ? (long + short) / totalGross : Number.NaN,
    netFraction: (long - short) / equity,
    grossFraction: (long + short) / equity,
  })
  const groups = [...sums].map(([k, s]) => make(k, s.long, s.short)).sort((a, b) => b.gross - a.gross)
  let herfindahl = totalGross > 0 ? 0 : Number.NaN
  for (const g of groups) herfindahl += g.weight * g.weight
  return { groups, total: make('total', totalLong, totalShort), herfindahl, effectiveCount: 1 / herfindahl }
}
