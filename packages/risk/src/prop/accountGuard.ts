import { InvalidStateError } from '@aitrade/core'
import { EventEmitter } from 'eventemitter3'
import { type TradingState, type TradingStateCheck, tradingState } from '../checks/tradingState.js'
import type { TradingDay } from '../time/tradingDayClock.js'
import {
  ChallengeEvaluator,
  type ChallengeLimits,
  type ChallengeSnapshot,
  type ChallengeViolation,
} from './challengeEvaluator.js'
import type { ChallengeRules } from './challengeRules.js'

/** Typed events of an {@link AccountGuard} (eventemitter3). */
export interface AccountGuardEvents {
  /** A rule was breached (emitted once per breach, the first time equity crosses the floor). */
  breach: (violation: ChallengeViolation) => void
  /** The trading state changed. */
  stateChange: (state: TradingState, previous: TradingState) => void
  /** A new trading day started (`start`/`end` epoch ms). */
  dayStart: (day: TradingDay) => void
}

/**
 * Continuous loss monitor for live bots and backtests: feeds balance/equity snapshots to a
 * {@link ChallengeEvaluator} (rules without a profit target) and turns breaches into a trading state and events.
 * A breach of a `fail` rule (max loss, daily loss in `fail` mode) halts trading for good; a daily-loss breach in `pause` mode halts it until the next trading day. Plug
 * {@link AccountGuard.check} into a risk gate so that a halted account can still close positions but not open new ones.
 *
 * @example
 * ```ts
 * import { AccountGuard } from '@aitrade/risk'
 *
 * const guard = new AccountGuard({
 *   initialBalance: 10_000, timeZone: 'America/New_York', resetTime: '17:00',
 *   maxDailyLoss: { fraction: 0.05, basis: 'dayAnchor', mode: 'pause' },
 *   maxLoss: { fraction: 0.2, basis: 'peak', mode: 'trailingIntraday' },
 * })
 * guard.on('breach', (v) => console.log(v.rule, v.limit.toString()))
 * guard.update({ time: Date.UTC(2024, 0, 2, 15), balance: 10_000, equity: 9_400 }) // 'halted' (daily loss)
 * ```
 */
export class AccountGuard extends EventEmitter<AccountGuardEvents> {
  /** Pre-trade check reflecting the guard's state; add it to your risk gate. */
  readonly check: TradingStateCheck
  private readonly ev: ChallengeEvaluator
  private failed = false

  /**
   * @param rules - Loss rules; a `profitTarget` is ignored (a guard never "passes").
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field.
   */
  constructor(rules: ChallengeRules) {
    super()
    const { profitTarget: _ignored, ...rest } = rules
    this.ev = new ChallengeEvaluator(rest)
    this.check = tradingState('active', 'accountGuard')
  }

  /** The trading state in force. */
  get state(): TradingState {
    return this.check.state
  }

  /** Every breach so far. */
  get violations(): readonly ChallengeViolation[] {
    return this.ev.violations
  }

  /** Equity floors in force now, account currency. */
  get limits(): ChallengeLimits {
    return this.ev.limits
  }

  /**
   * Feeds one snapshot; emits `dayStart`, `breach` and `stateChange` as they happen.
   *
   * @param snapshot - See {@link ChallengeSnapshot}.
   * @returns The trading state after the snapshot.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field.
   */
  update(snapshot: ChallengeSnapshot): TradingState {
    const before = this.ev.violations.length
    const dayBefore = this.ev.tradingDay?.key
    this.ev.update(snapshot)
    const day = this.ev.tradingDay
    if (day !== undefined && dayBefore !== undefined && day.key !== dayBefore) {
      this.emit('dayStart', day)
      if (!this.failed && this.check.state === 'halted' && !this.ev.paused) this.setState('active', 'new trading day')
    }
    const list = this.ev.violations
    for (let i = before; i < list.length; i++) {
      const v = list[i]!
      this.emit('breach', v)
      if (v.effect === 'fail') {
        this.failed = true
        this.setState('halted', v.rule)
      } else if (v.effect === 'pause') this.setState('halted', `${v.rule} (until the next trading day)`)
    }
    return this.check.state
  }

  /**
   * Sets the state by hand, e.g. `reducing` ahead of an event or after a paused day was reviewed.
   *
   * @param state - New state.
   * @param reason - Free text reported in rejections.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` when a `fail` rule was breached: the account stays
   *   halted; create a new guard to start over.
   */
  resume(state: TradingState = 'active', reason = 'manual'): void {
    if (this.failed && state !== 'halted') {
      throw new InvalidStateError('account guard: a fail rule was breached; create a new guard to start over')
    }
    this.setState(state, reason)
  }

  private setState(state: TradingState, reason: string): void {
    const prev = this.check.state
    this.check.setState(state, reason)
    if (prev !== state) this.emit('stateChange', state, prev)
  }
}
