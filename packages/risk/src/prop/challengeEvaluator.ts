import { Decimal, EpochMsSchema, InvalidArgumentError, parseWith, toDecimal } from '@aitrade/core'
import type { PropFirmPhaseName, PropFirmPresetName } from '../presets/propFirmPreset.js'
import { presetRules } from '../presets/propFirmPresets.js'
import { RecurringWindow } from '../time/recurringWindow.js'
import { type TradingDay, TradingDayClock } from '../time/tradingDayClock.js'
import { MS_PER_DAY } from '../time/zonedClock.js'
import { type ChallengeRules, ChallengeRulesSchema, type ParsedChallengeRules } from './challengeRules.js'

/** State of an evaluation: still running, passed (every objective met), or failed (a hard rule was breached). */
export type ChallengeStatus = 'active' | 'passed' | 'failed'

/** Names of the rules that produce {@link ChallengeViolation}s. */
export type ChallengeRuleName =
  | 'maxDailyLoss'
  | 'maxLoss'
  | 'maxLots'
  | 'weekendHolding'
  | 'flatBy'
  | 'newsTrading'
  | 'newsHolding'

/** One breach of a rule. */
export interface ChallengeViolation {
  /** The rule breached. */
  readonly rule: ChallengeRuleName
  /** Snapshot time of the breach, epoch ms UTC. */
  readonly time: number
  /** The limit in force: an equity floor (account currency) or a lot limit (lots; 0 for holding rules). */
  readonly limit: Decimal
  /** The value that breached it: equity (account currency) or open lots. */
  readonly value: Decimal
  /** `fail` ended the evaluation; `pause` stopped trading until the next trading day; `warn` only recorded it. */
  readonly effect: 'fail' | 'pause' | 'warn'
}

/** A balance/equity snapshot fed to {@link ChallengeEvaluator.update}. */
export interface ChallengeSnapshot {
  /** Snapshot time, epoch ms UTC; non-decreasing across calls. */
  time: number
  /** Balance (closed P&L, fees, swaps included), account currency. */
  balance: Decimal.Value
  /** Equity = balance + floating P&L, account currency. */
  equity: Decimal.Value
  /** `true` when a trade was opened since the previous snapshot: the trading day counts as a trading day. */
  traded?: boolean
  /** Total open lots (contracts) now; needed by the `maxLots`, weekend, flat-by and news holding rules. */
  openLots?: Decimal.Value
}

/** Equity floors in force now (`null` when the rule is not configured), account currency. */
export interface ChallengeLimits {
  /** Equity below which the daily loss rule is breached today. */
  readonly dailyLossFloor: Decimal | null
  /** Equity below which the maximum loss rule is breached. */
  readonly maxLossFloor: Decimal | null
}

/** Progress towards the objectives. */
export interface ChallengeProgress {
  /** balance (or equity, per `profitTarget.basis`) − initial balance, account currency. */
  readonly profit: Decimal
  /** The target amount, account currency, or `null` without a target. */
  readonly profitTarget: Decimal | null
  /** Trading days counted so far (see {@link ChallengeRules.minTradingDays}). */
  readonly tradingDays: number
  /** Best day's profit / total profit, or `null` while total profit ≤ 0. */
  readonly bestDayShare: number | null
  /** Whether the consistency rule is met now (`true` without one). */
  readonly consistencySatisfied: boolean
}

/** Payout eligibility of a funded phase (see {@link ChallengeRules.payout}). */
export interface PayoutStatus {
  /** Whether a payout may be requested now. */
  readonly eligible: boolean
  /** Trader's share of profit, fraction. */
  readonly profitSplit: number
  /** Trader's share of the current profit when eligible, else 0; account currency. */
  readonly traderShare: Decimal
  /** Unmet conditions, e.g. `minTradingDays`, `consistency`. */
  readonly unmet: readonly string[]
}

/** Options of {@link ChallengeEvaluator.fromPreset}. */
export interface FromPresetOptions {
  /** Account size (initial balance), account currency; fixed-size firms accept only their listed sizes. */
  accountSize: number
  /** Phase to evaluate. Default: the preset's first phase. */
  phase?: PropFirmPhaseName
  /** News calendar (epoch ms) for presets with news rules (The5%ers High Stakes). */
  newsEvents?: readonly { time: number; label?: string }[]
}

const ZERO = new Decimal(0)

/**
 * Evaluates a prop-firm challenge (or any account with loss limits) from balance/equity snapshots, with the rules
 * as the firms define them: daily loss against a day anchor that resets at a local time in an IANA zone
 * (DST-correct), static or trailing maximum loss with an optional lock, profit target, minimum trading days,
 * consistency, max lots, weekend/flat-by/news holding rules and payout eligibility.
 *
 * Feed it snapshots in time order with {@link ChallengeEvaluator.update}: every equity tick for exact intraday
 * floors, or at least one per bar. Trading activity is reported with `traded: true` on a snapshot or with
 * {@link ChallengeEvaluator.recordTrade}; only days with activity count as trading days. A trading day's start
 * balance (and equity) is the last snapshot before the reset; on the first day it is the initial balance. Once
 * the status is `passed` or `failed` it no longer changes and further snapshots are ignored.
 *
 * @see https://academy.ftmo.com/lesson/maximum-daily-loss (day anchor = balance at midnight CE(S)T)
 * @see https://ftmo.com/au/?p=1671 (end-of-day trailing maximum loss)
 *
 * @example
 * ```ts
 * import { ChallengeEvaluator } from '@aitrade/risk'
 *
 * const ev = ChallengeEvaluator.fromPreset('ftmo-2step', { accountSize: 100_000 })
 * ev.update({ time: Date.UTC(2024, 0, 2, 9), balance: 100_000, equity: 98_000, traded: true })
 * ev.limits.dailyLossFloor?.toString() // '95000'
 * ev.update({ time: Date.UTC(2024, 0, 2, 10), balance: 100_000, equity: 94_999 })
 * ev.status // 'failed'
 * ```
 */
export class ChallengeEvaluator {
  /** The rules as given (after validation). */
  readonly rules: Readonly<ChallengeRules>
  private readonly cfg: ParsedChallengeRules
  private readonly initial: Decimal
  private readonly clock: TradingDayClock
  private readonly weekend: RecurringWindow | undefined
  private readonly flat: RecurringWindow | undefined
  private readonly newsStarts: Float64Array
  private readonly newsEnds: Float64Array
  private readonly lockLevel: Decimal | undefined
  private readonly violationKeys = new Set<string>()
  private readonly dayProfits = new Map<number, Decimal>()
  private readonly tradedDays = new Set<number>()
  private readonly lateDays = new Set<number>()
  private readonly list: ChallengeViolation[] = []
  private day: TradingDay | undefined
  private firstTime: number | undefined
  private lastTime = Number.NEGATIVE_INFINITY
  private lastBalance: Decimal
  private lastEquity: Decimal
  private lastOpenLots: Decimal | undefined
  private dayStartBalance: Decimal
  private dayStartEquity: Decimal
  private peakEquity: Decimal
  private highEodBalance: Decimal
  private lossFloor: Decimal | null
  private pausedFlag = false
  private hardFail = false
  private targetCache: Decimal | undefined
  private dailyFloorKey: Decimal | undefined
  private dailyFloorCache: Decimal | null = null
  private bestClosedDay = ZERO
  private closedTradingDays = 0
  private state: ChallengeStatus = 'active'

  /**
   * @param rules - The rules; see {@link ChallengeRules} for every field and the firm rule it models.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field, e.g.
   *   `rules.maxDailyLoss.fraction` or `rules.timeZone`.
   */
  constructor(rules: ChallengeRules) {
    this.cfg = parseWith(ChallengeRulesSchema, rules, 'rules')
    this.rules = rules
    const c = this.cfg
    this.initial = c.initialBalance
    this.clock = new TradingDayClock(c.timeZone, c.resetTime)
    const zone = this.clock.zone
    this.weekend =
      c.weekendHolding &&
      new RecurringWindow(
        zone,
        c.weekendHolding.start.time,
        c.weekendHolding.end.time,
        c.weekendHolding.start.day,
        c.weekendHolding.end.day,
      )
    this.flat = c.flatBy && new RecurringWindow(zone, c.flatBy.time, c.flatBy.until ?? c.resetTime)
    const news = [...(c.news?.events ?? [])].sort((a, b) => a.time - b.time)
    this.newsStarts = Float64Array.from(news, (e) => e.time - (c.news?.beforeMs ?? 0))
    this.newsEnds = Float64Array.from(news, (e) => e.time + (c.news?.afterMs ?? 0))
    const lock = c.maxLoss?.lockAt
    this.lockLevel =
      lock === undefined ? undefined : lock === 'initialBalance' ? this.initial : this.initial.add(lock.offset)
    this.lastBalance = this.initial
    this.lastEquity = this.initial
    this.dayStartBalance = this.initial
    this.dayStartEquity = this.initial
    this.peakEquity = this.initial
    this.highEodBalance = this.initial
    this.lossFloor = c.maxLoss ? this.initial.sub(this.lossDistance(this.initial)) : null
  }

  /**
   * Creates an evaluator for one phase of a named preset (see the package README for each preset's rules and
   * sources).
   *
   * @param name - Preset name, e.g. `ftmo-2step`.
   * @param options - `accountSize` (account currency) and optional `phase`.
   * @returns A new evaluator.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for an unknown preset, phase or account size.
   *
   * @example
   * ```ts
   * import { ChallengeEvaluator } from '@aitrade/risk'
   *
   * ChallengeEvaluator.fromPreset('topstep-combine', { accountSize: 50_000 }).limits.maxLossFloor?.toString() // '48000'
   * ```
   */
  static fromPreset(name: PropFirmPresetName, options: FromPresetOptions): ChallengeEvaluator {
    return new ChallengeEvaluator(presetRules(name, options))
  }

  /** Current status. */
  get status(): ChallengeStatus {
    return this.state
  }

  /** Every violation so far, oldest first. */
  get violations(): readonly ChallengeViolation[] {
    return this.list
  }

  /** Whether trading is paused until the next trading day (daily loss in `pause` mode). */
  get paused(): boolean {
    return this.pausedFlag
  }

  /** The current trading day: `{ key, start, end }` (epoch ms), or `undefined` before the first update. */
  get tradingDay(): TradingDay | undefined {
    return this.day
  }

  /** Equity floors in force now. */
  get limits(): ChallengeLimits {
    return { dailyLossFloor: this.dailyFloor(), maxLossFloor: this.lossFloor }
  }

  /** Progress towards the objectives. */
  get progress(): ChallengeProgress {
    const c = this.cfg
    const profit = (c.profitTarget?.basis === 'equity' ? this.lastEquity : this.lastBalance).sub(this.initial)
    const total = this.lastBalance.sub(this.initial)
    let best = this.bestClosedDay
    const today = this.lastBalance.sub(this.dayStartBalance)
    if (this.day !== undefined && today.gt(best)) best = today
    const share = total.gt(0) ? best.div(total).toNumber() : null
    const cons = c.consistency
    const consistencySatisfied =
      cons === undefined ||
      (share !== null && (cons.inclusive ? share <= cons.maxBestDayFraction : share < cons.maxBestDayFraction))
    return {
      profit,
      profitTarget: this.targetAmount(),
      tradingDays: this.countTradingDays(),
      bestDayShare: share,
      consistencySatisfied,
    }
  }

  /** Payout eligibility, or `undefined` when the rules have no `payout` terms. */
  get payout(): PayoutStatus | undefined {
    const p = this.cfg.payout
    if (p === undefined) return undefined
    const prog = this.progress
    const profit = this.lastBalance.sub(this.initial)
    const unmet: string[] = []
    if (this.state === 'failed') unmet.push('status')
    if (!profit.gt(0) || (p.minProfit !== undefined && profit.lt(p.minProfit))) unmet.push('minProfit')
    if (this.cfg.minTradingDays !== undefined && prog.tradingDays < this.cfg.minTradingDays.days) {
      unmet.push('minTradingDays')
    }
    if (!prog.consistencySatisfied) unmet.push('consistency')
    if (
      p.firstPayoutAfterDays !== undefined &&
      (this.firstTime === undefined || this.lastTime - this.firstTime < p.firstPayoutAfterDays * MS_PER_DAY)
    ) {
      unmet.push('firstPayoutAfterDays')
    }
    const eligible = unmet.length === 0
    return { eligible, profitSplit: p.profitSplit, traderShare: eligible ? profit.mul(p.profitSplit) : ZERO, unmet }
  }

  /**
   * Records that a trade was opened at `time`: its trading day counts as a trading day, and the news trading rule
   * is checked. Equivalent to `traded: true` on a snapshot.
   *
   * @param time - Trade time, epoch ms UTC.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `time` is not an integer.
   */
  recordTrade(time: number): void {
    parseWith(EpochMsSchema, time, 'time')
    if (this.state !== 'active') return
    const key = this.clock.dayOf(time).key
    if (!this.tradedDays.has(key)) {
      this.tradedDays.add(key)
      if (this.day !== undefined && key < this.day.key) this.lateDays.add(key)
    }
    this.checkNewsTrading(time)
    this.settle()
  }

  /**
   * Feeds one snapshot and re-evaluates every rule.
   *
   * @param snapshot - Time, balance, equity and optional activity; see {@link ChallengeSnapshot}.
   * @returns The status after this snapshot.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming the bad field (`snapshot.time` going
   *   back in time, a non-numeric `snapshot.equity`, …).
   */
  update(snapshot: ChallengeSnapshot): ChallengeStatus {
    const t = snapshot.time
    if (!Number.isSafeInteger(t))
      throw new InvalidArgumentError('snapshot.time', `must be an integer epoch ms, got ${t}`)
    if (t < this.lastTime) {
      throw new InvalidArgumentError('snapshot.time', `must not go back in time (${t} < ${this.lastTime})`)
    }
    const balance = toDecimal(snapshot.balance, 'snapshot.balance')
    const equity = toDecimal(snapshot.equity, 'snapshot.equity')
    const lots = snapshot.openLots === undefined ? undefined : toDecimal(snapshot.openLots, 'snapshot.openLots')
    if (this.state !== 'active') return this.state
    const c = this.cfg

    const d = this.clock.dayOf(t)
    if (this.day === undefined) {
      this.day = d
      this.firstTime = t
      for (const key of this.tradedDays) if (key < d.key) this.lateDays.add(key)
    } else if (d.key !== this.day.key) {
      const closed = this.lastBalance.sub(this.dayStartBalance)
      this.dayProfits.set(this.day.key, closed)
      if (closed.gt(this.bestClosedDay)) this.bestClosedDay = closed
      if (this.tradedDays.has(this.day.key) && this.countsAsTradingDay(closed)) this.closedTradingDays++
      if (this.lastBalance.gt(this.highEodBalance)) this.highEodBalance = this.lastBalance
      if (c.maxLoss?.mode === 'trailingEndOfDay') this.raiseLossFloor(this.highEodBalance)
      this.dayStartBalance = this.lastBalance
      this.dayStartEquity = this.lastEquity
      this.dailyFloorKey = undefined
      this.pausedFlag = false
      this.day = d
    }

    this.checkHolding(t, lots)
    if (snapshot.traded === true) {
      this.tradedDays.add(d.key)
      this.checkNewsTrading(t)
    }
    this.lastTime = t
    this.lastBalance = balance
    this.lastEquity = equity
    this.lastOpenLots = lots

    if (c.maxLoss?.mode === 'trailingIntraday' && equity.gt(this.peakEquity)) {
      this.peakEquity = equity
      this.raiseLossFloor(equity)
    }
    if (c.maxLoss && this.lossFloor !== null && this.below(equity, this.lossFloor, c.maxLoss.breachAtFloor)) {
      this.violate('maxLoss', t, this.lossFloor, equity, 'fail')
    }
    const daily = this.dailyFloor()
    if (c.maxDailyLoss && daily !== null && this.below(equity, daily, c.maxDailyLoss.breachAtFloor)) {
      if (c.maxDailyLoss.mode === 'fail') this.violate('maxDailyLoss', t, daily, equity, 'fail')
      else if (!this.pausedFlag) {
        this.pausedFlag = true
        this.violate('maxDailyLoss', t, daily, equity, 'pause')
      }
    }
    this.settle()
    return this.state
  }

  private settle(): void {
    if (this.state !== 'active') return
    if (this.hardFail) {
      this.state = 'failed'
      return
    }
    const target = this.targetAmount()
    if (target === null) return
    const p = this.progress
    const minDays = this.cfg.minTradingDays?.days ?? 0
    if (p.profit.gte(target) && p.tradingDays >= minDays && p.consistencySatisfied) this.state = 'passed'
  }

  private below(equity: Decimal, floor: Decimal, atFloor: boolean): boolean {
    return atFloor ? equity.lte(floor) : equity.lt(floor)
  }

  private violate(
    rule: ChallengeRuleName,
    time: number,
    limit: Decimal,
    value: Decimal,
    effect: 'fail' | 'pause' | 'warn',
  ) {
    if (effect === 'fail') this.hardFail = true
    this.list.push({ rule, time, limit, value, effect })
  }

  /** Records a holding/news/lots violation at most once per rule and trading day. */
  private violateOnce(rule: ChallengeRuleName, time: number, limit: Decimal, value: Decimal, effect: 'fail' | 'warn') {
    const key = `${rule}:${this.clock.dayOf(time).key}`
    if (this.violationKeys.has(key)) return
    this.violationKeys.add(key)
    this.violate(rule, time, limit, value, effect)
  }

  private amountOf(r: { fraction?: number | undefined; amount?: Decimal | undefined }, base: Decimal): Decimal {
    return r.amount ?? base.mul(r.fraction ?? 0)
  }

  private targetAmount(): Decimal | null {
    const t = this.cfg.profitTarget
    if (t === undefined) return null
    this.targetCache ??= this.amountOf(t, this.initial)
    return this.targetCache
  }

  private lossDistance(high: Decimal): Decimal {
    const m = this.cfg.maxLoss!
    return this.amountOf(m, m.basis === 'peak' ? high : this.initial)
  }

  private raiseLossFloor(high: Decimal): void {
    if (this.lossFloor === null) return
    let cand = high.sub(this.lossDistance(high))
    if (this.lockLevel !== undefined && cand.gt(this.lockLevel)) cand = this.lockLevel
    if (cand.gt(this.lossFloor)) this.lossFloor = cand
  }

  private dailyFloor(): Decimal | null {
    if (this.dailyFloorKey === this.dayStartBalance) return this.dailyFloorCache
    this.dailyFloorKey = this.dayStartBalance
    this.dailyFloorCache = this.computeDailyFloor()
    return this.dailyFloorCache
  }

  private computeDailyFloor(): Decimal | null {
    const r = this.cfg.maxDailyLoss
    if (r === undefined) return null
    const anchor =
      r.anchor === 'balanceOrEquity' ? Decimal.max(this.dayStartBalance, this.dayStartEquity) : this.dayStartBalance
    return anchor.sub(this.amountOf(r, r.basis === 'dayAnchor' ? anchor : this.initial))
  }

  private countsAsTradingDay(profit: Decimal): boolean {
    const min = this.cfg.minTradingDays?.minDailyProfit
    return min === undefined || profit.gte(this.amountOf(min, this.initial))
  }

  /** Closed trading days counted at their roll, plus days traded out of order and the current day. */
  private countTradingDays(): number {
    let n = this.closedTradingDays
    for (const key of this.lateDays) {
      if (this.countsAsTradingDay(this.dayProfits.get(key) ?? ZERO)) n++
    }
    const cur = this.day?.key
    if (
      cur !== undefined &&
      this.tradedDays.has(cur) &&
      this.countsAsTradingDay(this.lastBalance.sub(this.dayStartBalance))
    )
      n++
    return n
  }

  private newsWindowAt(t: number): number {
    const s = this.newsStarts
    for (let i = 0; i < s.length && s[i]! <= t; i++) if (this.newsEnds[i]! >= t) return i
    return -1
  }

  private newsOverlaps(from: number, to: number): boolean {
    const s = this.newsStarts
    for (let i = 0; i < s.length && s[i]! <= to; i++) if (this.newsEnds[i]! >= from) return true
    return false
  }

  private checkNewsTrading(t: number): void {
    const n = this.cfg.news
    if (n === undefined || n.trading === 'allowed') return
    if (this.newsWindowAt(t) >= 0) this.violateOnce('newsTrading', t, ZERO, new Decimal(1), n.mode)
  }

  private checkHolding(t: number, lots: Decimal | undefined): void {
    const c = this.cfg
    const prevOpen = this.lastOpenLots?.gt(0) === true && Number.isFinite(this.lastTime)
    const curOpen = lots?.gt(0) === true
    const held = (w: RecurringWindow) => (prevOpen && w.overlaps(this.lastTime, t)) || (curOpen && w.contains(t))
    const value = lots ?? this.lastOpenLots ?? ZERO
    if (c.maxLots && lots?.gt(c.maxLots.amount)) this.violateOnce('maxLots', t, c.maxLots.amount, value, c.maxLots.mode)
    if (c.weekendHolding && this.weekend && held(this.weekend)) {
      this.violateOnce('weekendHolding', t, ZERO, value, c.weekendHolding.mode)
    }
    if (c.flatBy && this.flat && held(this.flat)) this.violateOnce('flatBy', t, ZERO, value, c.flatBy.mode)
    const n = c.news
    if (n !== undefined && n.holding === 'forbidden') {
      if ((prevOpen && this.newsOverlaps(this.lastTime, t)) || (curOpen && this.newsWindowAt(t) >= 0)) {
        this.violateOnce('newsHolding', t, ZERO, value, n.mode)
      }
    }
  }
}
