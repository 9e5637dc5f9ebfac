import { type Decimal, type PreTradeCheck, parseWith } from '@aitrade/core'
import { z } from 'zod'
import { maxOpenPositions } from '../checks/maxOpenPositions.js'
import { maxOpenRisk } from '../checks/maxOpenRisk.js'
import { maxRiskPerTrade } from '../checks/maxRiskPerTrade.js'
import { minRewardRisk } from '../checks/minRewardRisk.js'
import { createRiskGate } from '../checks/riskGate.js'
import { stopLossRequired } from '../checks/stopLossRequired.js'
import { AccountGuard } from '../prop/accountGuard.js'
import type { ChallengeRules } from '../prop/challengeRules.js'

const Fraction = z.number().positive().max(1)
const Schema = z.object({
  riskPerTradeFraction: Fraction,
  maxOpenRiskFraction: Fraction,
  maxDailyLossFraction: Fraction,
  maxDrawdownFraction: Fraction,
  minRewardRisk: z.number().positive().finite(),
  maxOpenPositions: z.number().int().min(0),
})

/** Hard limits of a personal trading account, as configuration. Fractions of equity (`0.02` = 2 %). */
export interface PersonalTraderLimits {
  /** Largest loss at the stop-loss per trade, fraction of equity. */
  readonly riskPerTradeFraction: number
  /** Largest total loss if every stop is hit ("total exposure" as open risk), fraction of equity. */
  readonly maxOpenRiskFraction: number
  /** Largest loss in one trading day, fraction of the day's starting balance; trading pauses until the next day. */
  readonly maxDailyLossFraction: number
  /** Largest drawdown from the equity peak, fraction of the peak; trading halts. */
  readonly maxDrawdownFraction: number
  /** Smallest reward:risk of an order with stop-loss and take-profit. */
  readonly minRewardRisk: number
  /** Most open positions at once. */
  readonly maxOpenPositions: number
}

/**
 * The personal-trader platform's limits as configuration: 2 % risk per trade, 10 % total exposure (open risk to the
 * stops), 5 % daily loss, 20 % maximum drawdown, reward:risk ≥ 1.5, at most 10 open positions. Pass overrides to
 * change any of them; build the gate and guard with {@link createPersonalRisk}.
 *
 * @param overrides - Fields to change.
 * @returns The limits.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad override (e.g. `limits.maxOpenPositions`).
 *
 * @example
 * ```ts
 * import { personalTraderLimits } from '@aitrade/risk'
 *
 * personalTraderLimits().riskPerTradeFraction // 0.02
 * personalTraderLimits({ maxOpenPositions: 5 }).maxOpenPositions // 5
 * ```
 */
export function personalTraderLimits(overrides: Partial<PersonalTraderLimits> = {}): PersonalTraderLimits {
  return parseWith(
    Schema,
    {
      riskPerTradeFraction: 0.02,
      maxOpenRiskFraction: 0.1,
      maxDailyLossFraction: 0.05,
      maxDrawdownFraction: 0.2,
      minRewardRisk: 1.5,
      maxOpenPositions: 10,
      ...overrides,
    },
    'limits',
  )
}

/** Options of {@link createPersonalRisk}. */
export interface PersonalRiskOptions {
  /** Starting balance of the account, account currency. */
  initialBalance: Decimal.Value
  /** IANA zone of the trading day. Default `UTC`. */
  timeZone?: string
  /** Local time `HH:mm` at which the trading day starts. Default `00:00`. */
  resetTime?: string
}

/** What {@link createPersonalRisk} builds. */
export interface PersonalRisk {
  /** Pre-trade gate: guard state, stop-loss required, risk per trade, open risk, reward:risk, open positions. */
  readonly gate: PreTradeCheck
  /** Daily-loss and drawdown monitor; feed it account snapshots. */
  readonly guard: AccountGuard
  /** The guard's rules. */
  readonly guardRules: ChallengeRules
}

/**
 * Builds the pre-trade gate and the account guard for {@link PersonalTraderLimits}. The guard's state is part of
 * the gate: after a daily-loss breach only reducing orders pass until the next trading day; after a drawdown breach
 * only reducing orders pass for good.
 *
 * @param limits - From {@link personalTraderLimits}.
 * @param options - Initial balance and trading-day clock.
 * @returns `{ gate, guard, guardRules }`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming a bad field.
 *
 * @example
 * ```ts
 * import { createPersonalRisk, personalTraderLimits } from '@aitrade/risk'
 *
 * const { gate, guard } = createPersonalRisk(personalTraderLimits(), { initialBalance: 10_000 })
 * gate.name // 'personalTrader'
 * guard.state // 'active'
 * ```
 */
export function createPersonalRisk(limits: PersonalTraderLimits, options: PersonalRiskOptions): PersonalRisk {
  const l = parseWith(Schema, limits, 'limits')
  const guardRules: ChallengeRules = {
    name: 'personal-trader',
    initialBalance: options.initialBalance,
    ...(options.timeZone === undefined ? {} : { timeZone: options.timeZone }),
    ...(options.resetTime === undefined ? {} : { resetTime: options.resetTime }),
    maxDailyLoss: { fraction: l.maxDailyLossFraction, basis: 'dayAnchor', anchor: 'balance', mode: 'pause' },
    maxLoss: { fraction: l.maxDrawdownFraction, basis: 'peak', mode: 'trailingIntraday' },
  }
  const guard = new AccountGuard(guardRules)
  const gate = createRiskGate(
    [
      guard.check,
      stopLossRequired(),
      maxRiskPerTrade({ maxEquityFraction: l.riskPerTradeFraction }),
      maxOpenRisk({ maxEquityFraction: l.maxOpenRiskFraction }),
      minRewardRisk({ minRatio: l.minRewardRisk }),
      maxOpenPositions({ max: l.maxOpenPositions }),
    ],
    'personalTrader',
  )
  return { gate, guard, guardRules }
}
