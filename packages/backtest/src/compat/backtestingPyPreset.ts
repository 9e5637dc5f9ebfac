import { Decimal, InvalidArgumentError } from '@aitrade/core'
import type { CommissionModel } from '../commission.js'
import type { RunBacktestOptions } from '../runBacktest.js'
import type { FractionSizer } from '../simulatedBroker.js'

/** Options of {@link backtestingPyPreset}: backtesting.py 0.6's `Backtest(...)` arguments, same names in camel case. */
export interface BacktestingPyOptions {
  /** Starting cash, account currency; default 10 000 (`cash`). Must be > 0. */
  cash?: number
  /**
   * `commission`: a relative rate per fill (`0.002` = 0.2 % of the fill's value, on entry and again on exit), or
   * `[fixed, relative]` — a fixed cash amount plus the rate. Default 0. The rate must be in [−0.1, 0.1), the fixed part ≥ 0.
   */
  commission?: number | readonly [fixed: number, relative: number]
  /**
   * `spread`: bid-ask spread as a fraction of price, paid on entries only (long entries at `price × (1 + spread)`,
   * short entries at `price × (1 − spread)`, exits at the bar's price). Default 0.
   */
  spread?: number
  /** `margin`: required margin ratio in (0, 1]; `0.02` = 50:1 leverage. Default 1 (no leverage). */
  margin?: number
  /** `trade_on_close`: market orders fill at the current bar's close instead of the next bar's open. Default `false`. */
  tradeOnClose?: boolean
  /** `hedging`: trades in both directions at once (hedging mode) instead of netting. Default `false`. */
  hedging?: boolean
  /** `finalize_trades`: close open trades at the last bar's open so they enter the statistics. Default `false`. */
  finalizeTrades?: boolean
  /**
   * Trade PnL and return in the statistics: `'gross'` (default) — before commissions, as the backtesting.py 0.6
   * documentation's published statistics were computed; `'net'` — after them. The equity pays commissions either way.
   */
  statsPnl?: 'gross' | 'net'
  /** Index of the first bar after the strategy's indicator warm-up (`_indicator_warmup_nbars`), for buy & hold. */
  firstTradingBar?: number
}

/** The broker and runner options a compatibility preset returns: spread them into `runBacktest` with a strategy and data. */
export type PresetRunOptions = Omit<RunBacktestOptions, 'strategy' | 'data'>

/**
 * backtesting.py 0.6 semantics for {@link runBacktest}: market orders fill at the next bar's open (or the current close
 * with `tradeOnClose`); whole units; orders sized as a fraction (`equityFraction`, backtesting.py's `0 < size < 1`) get
 * `floor(marginAvailable × leverage × fraction / (adjustedPrice + commission(fraction, price) / fraction))` units at
 * fill time; commission `fixed + |size| × price × rate` charged on entry and again on exit; spread on entries only;
 * stop-loss before take-profit when both are inside one bar; open trades left open at the end, or closed at the last
 * bar's open with `finalizeTrades`; statistics from `tradeStats` (backtesting.py's `compute_stats`).
 *
 * Strategies get backtesting.py's `buy()` / `sell()` / `position.close()` and `exclusive_orders` from
 * {@link backtestingPyOrders}.
 *
 * @param options - backtesting.py's `Backtest` arguments; see {@link BacktestingPyOptions}.
 * @returns Options to spread into `runBacktest({ strategy, data, ...preset })`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the option outside backtesting.py's domain.
 * @see https://github.com/kernc/backtesting.py/blob/master/backtesting/backtesting.py (`_Broker`, `Trade`, `Backtest.run`)
 *
 * @example
 * ```ts
 * import { type BarSeries, type Strategy } from '@aitrade/core'
 * import { backtestingPyPreset, runBacktest } from '@aitrade/backtest'
 *
 * declare const data: BarSeries
 * declare const strategy: Strategy
 * const result = await runBacktest({ strategy, data, ...backtestingPyPreset({ commission: 0.002 }) })
 * result.stats.equityFinal
 * ```
 */
export function backtestingPyPreset(options: BacktestingPyOptions = {}): PresetRunOptions {
  const cash = options.cash ?? 10_000
  if (!(cash > 0) || !Number.isFinite(cash)) throw new InvalidArgumentError('cash', 'must be a finite number > 0')
  const [fixed, relative] =
    typeof options.commission === 'number' || options.commission === undefined
      ? [0, options.commission ?? 0]
      : options.commission
  if (!(fixed >= 0) || !Number.isFinite(fixed))
    throw new InvalidArgumentError('commission[0]', 'fixed part must be >= 0')
  if (!(relative >= -0.1 && relative < 0.1))
    throw new InvalidArgumentError('commission', 'relative rate must be in [-0.1, 0.1)')
  const spread = options.spread ?? 0
  if (!(spread >= 0 && spread < 1)) throw new InvalidArgumentError('spread', 'must be in [0, 1)')
  const margin = options.margin ?? 1
  if (!(margin > 0 && margin <= 1)) throw new InvalidArgumentError('margin', 'must be in (0, 1]')
  const statsPnl = options.statsPnl ?? 'gross'
  if (statsPnl !== 'gross' && statsPnl !== 'net') throw new InvalidArgumentError('statsPnl', "must be 'gross' or 'net'")
  const fixedD = new Decimal(fixed)
  const rate = new Decimal(relative)
  const commission: CommissionModel = (f) => fixedD.plus(f.amount.mul(f.price).mul(rate))
  const leverage = new Decimal(1).div(margin)
  const fractionSizer: FractionSizer = (ctx) => {
    // backtesting.py: int(margin_available * leverage * |size| // (adjusted_price + commission(size, price) / |size|))
    const perUnit = ctx.price.plus(fixedD.plus(ctx.fraction.mul(ctx.rawPrice).mul(rate)).div(ctx.fraction))
    const units = Decimal.max(ctx.freeMargin, 0).mul(leverage).mul(ctx.fraction).div(perUnit).floor()
    return units.gt(0) ? units : new Decimal(0)
  }
  return {
    cash,
    commission,
    fractionSizer,
    spread,
    spreadSide: 'entry',
    fillMarketOn: options.tradeOnClose ? 'close' : 'nextOpen',
    mode: options.hedging ? 'hedging' : 'netting',
    pessimistic: true,
    ...(margin < 1
      ? { accountType: 'margin' as const, leverage: 1 / margin, stopOutLevel: 0, marginCallLevel: 0 }
      : { accountType: 'cash' as const, allowShort: true }),
    ...(options.finalizeTrades ? { finalize: true, finalizeAt: 'open' as const } : {}),
    statsPnl,
    ...(options.firstTradingBar !== undefined ? { firstTradingBar: options.firstTradingBar } : {}),
  }
}
