import { InvalidArgumentError } from '@aitrade/core'
import { fractionCommission } from '../commission.js'
import type { PresetRunOptions } from './backtestingPyPreset.js'

/** Options of {@link backtraderPreset}: backtrader's `BackBroker` parameters for stock-like instruments. */
export interface BacktraderOptions {
  /** `cash`: starting cash, default 10 000. Must be > 0. */
  cash?: number
  /**
   * `setcommission(commission=…)` of a stock-like instrument with `percabs=True`: fraction of each fill's value
   * (`0.001` = 0.1 %), charged on every fill. Default 0 (backtrader's default broker charges nothing).
   */
  commission?: number
  /** `coc` (cheat-on-close): market orders fill at the close of the bar they were submitted on. Default `false`. */
  cheatOnClose?: boolean
}

/**
 * backtrader semantics (`BackBroker` with a stock-like `CommInfoBase`) for {@link runBacktest}: market orders fill at
 * the next bar's open (or the submission bar's close with `cheatOnClose`); short selling allowed; an order whose cost
 * does not fit the cash is refused (backtrader's `Margin` status); percentage commission on every fill; the portfolio
 * value is cash plus positions marked at the close. Strategies size their orders themselves (backtrader's default
 * `FixedSize` sizer buys 1 unit).
 *
 * @param options - See {@link BacktraderOptions}.
 * @returns Options to spread into `runBacktest({ strategy, data, ...preset })`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `cash` or `commission` is out of range.
 * @see https://github.com/mementum/backtrader/blob/master/backtrader/brokers/bbroker.py (`BackBroker`)
 *
 * @example
 * ```ts
 * import { type BarSeries, type Strategy } from '@aitrade/core'
 * import { backtraderPreset, runBacktest } from '@aitrade/backtest'
 *
 * declare const data: BarSeries
 * declare const strategy: Strategy
 * const result = await runBacktest({ strategy, data, ...backtraderPreset({ cash: 10_000 }) })
 * result.account.equity.toFixed(2)
 * ```
 */
export function backtraderPreset(options: BacktraderOptions = {}): PresetRunOptions {
  const cash = options.cash ?? 10_000
  if (!(cash > 0) || !Number.isFinite(cash)) throw new InvalidArgumentError('cash', 'must be a finite number > 0')
  const rate = options.commission ?? 0
  if (!(rate >= 0 && rate < 1)) throw new InvalidArgumentError('commission', 'must be in [0, 1)')
  return {
    cash,
    commission: fractionCommission(rate),
    fillMarketOn: options.cheatOnClose ? 'close' : 'nextOpen',
    accountType: 'cash',
    allowShort: true,
    mode: 'netting',
  }
}
