import { Ledger, type LedgerOptions } from '@aitrade/core'
import type { BacktestEvent } from './runBacktest.js'

/**
 * Rebuilds the books of a backtest from its event log: every `fill` event is applied, in order, to a new core
 * `Ledger`. The result has the same balance, positions and closed trades as the run (carry costs and other balance
 * adjustments are not fills and are not replayed).
 *
 * @param events - The `events` of a {@link BacktestResult} run with `eventLog: true`.
 * @param options - Ledger options: the run's currency, starting cash, position mode and instruments.
 * @returns The rebuilt ledger.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when a logged fill is malformed.
 *
 * @example
 * ```ts
 * import { replayFills, type BacktestResult } from '@aitrade/backtest'
 *
 * declare const result: BacktestResult
 * const ledger = replayFills(result.events ?? [], { currency: 'USD', initialBalance: 10_000 })
 * ledger.balance.eq(result.account.balance) // true
 * ```
 */
export function replayFills(events: readonly BacktestEvent[], options: LedgerOptions): Ledger {
  const ledger = new Ledger(options)
  for (const e of events) {
    if (e.type === 'fill') ledger.applyFill(e.fill as Parameters<Ledger['applyFill']>[0], e.bar)
  }
  return ledger
}
