import { type Decimal, DecimalSchema, EpochMsSchema, PositiveDecimalSchema } from '@aitrade/core'
import { z } from 'zod'
import { TimeZoneSchema, WallTimeSchema } from '../time/zonedClock.js'

const Fraction = z.number().positive().max(1)

const AmountOrFraction = <T extends z.ZodRawShape>(shape: T) =>
  z
    .object({ fraction: Fraction.optional(), amount: PositiveDecimalSchema.optional(), ...shape })
    .refine((r: { fraction?: unknown; amount?: unknown }) => (r.fraction === undefined) !== (r.amount === undefined), {
      message: 'give exactly one of fraction, amount',
      path: ['fraction'],
    })

const Effect = z.enum(['fail', 'warn'])

const WeeklyPoint = z.object({ day: z.number().int().min(0).max(6), time: WallTimeSchema })

/** zod schema of {@link ChallengeRules}; parsed with `parseWith(…, 'rules')`. @internal */
export const ChallengeRulesSchema = z.object({
  name: z.string().min(1).optional(),
  initialBalance: PositiveDecimalSchema,
  timeZone: TimeZoneSchema.default('UTC'),
  resetTime: WallTimeSchema.default(0),
  profitTarget: AmountOrFraction({ basis: z.enum(['balance', 'equity']).default('balance') }).optional(),
  maxDailyLoss: AmountOrFraction({
    basis: z.enum(['initialBalance', 'dayAnchor']).default('initialBalance'),
    anchor: z.enum(['balance', 'balanceOrEquity']).default('balance'),
    mode: z.enum(['fail', 'pause']).default('fail'),
    breachAtFloor: z.boolean().default(false),
  }).optional(),
  maxLoss: AmountOrFraction({
    basis: z.enum(['initialBalance', 'peak']).default('initialBalance'),
    mode: z.enum(['static', 'trailingIntraday', 'trailingEndOfDay']).default('static'),
    lockAt: z.union([z.literal('initialBalance'), z.object({ offset: DecimalSchema })]).optional(),
    breachAtFloor: z.boolean().default(false),
  }).optional(),
  minTradingDays: z
    .object({
      days: z.number().int().positive(),
      minDailyProfit: AmountOrFraction({}).optional(),
    })
    .optional(),
  consistency: z.object({ maxBestDayFraction: Fraction, inclusive: z.boolean().default(true) }).optional(),
  maxLots: z.object({ amount: PositiveDecimalSchema, mode: Effect.default('fail') }).optional(),
  weekendHolding: z
    .object({
      start: WeeklyPoint,
      end: WeeklyPoint,
      mode: Effect.default('fail'),
    })
    .optional(),
  flatBy: z.object({ time: WallTimeSchema, until: WallTimeSchema.optional(), mode: Effect.default('fail') }).optional(),
  news: z
    .object({
      events: z.array(z.object({ time: EpochMsSchema, label: z.string().optional() })),
      beforeMs: z.number().int().min(0).default(0),
      afterMs: z.number().int().min(0).default(0),
      trading: z.enum(['allowed', 'forbidden']).default('allowed'),
      holding: z.enum(['allowed', 'forbidden']).default('allowed'),
      mode: Effect.default('fail'),
    })
    .optional(),
  payout: z
    .object({
      profitSplit: Fraction,
      minProfit: PositiveDecimalSchema.optional(),
      firstPayoutAfterDays: z.number().int().min(0).optional(),
    })
    .optional(),
})

/** Parsed {@link ChallengeRules}. @internal */
export type ParsedChallengeRules = z.output<typeof ChallengeRulesSchema>

/** An amount either as a fraction of a base (`fraction`, e.g. `0.05` = 5 %) or in account currency (`amount`). */
export type AmountOrFractionInput = { fraction: number; amount?: never } | { amount: Decimal.Value; fraction?: never }

/** A weekday and local wall-clock time: `{ day: 5, time: '23:00' }` = Friday 23:00 (0 = Sunday). */
export interface WeeklyTime {
  /** Local weekday, 0 = Sunday … 6 = Saturday. */
  day: number
  /** Local wall-clock time `HH:mm`. */
  time: string
}

/**
 * Rules of a prop-firm challenge phase or of a personal account guard. Amounts are in account currency, fractions
 * are of the initial balance unless `basis` says otherwise, times are epoch ms, zones are IANA names. Every rule is
 * optional except `initialBalance`.
 */
export interface ChallengeRules {
  /** Label, e.g. `ftmo-2step/challenge`. */
  name?: string
  /** Initial balance (FTMO: "Initial Simulated Capital"), account currency, > 0. */
  initialBalance: Decimal.Value
  /** IANA zone of the trading day (FTMO `Europe/Prague`, Topstep `America/Chicago`). Default `UTC`. */
  timeZone?: string
  /** Local wall-clock time `HH:mm` at which a trading day starts (FTMO `00:00`, Topstep `17:00`). Default `00:00`. */
  resetTime?: string
  /**
   * Profit target: passing requires `balance − initialBalance ≥ target` (or equity with `basis: 'equity'`);
   * `fraction` is of the initial balance (FTMO challenge `0.1`).
   */
  profitTarget?: AmountOrFractionInput & { basis?: 'balance' | 'equity' }
  /**
   * Maximum daily loss. Floor = day anchor − limit; equity (floating P&L included) must stay above it.
   * - `fraction`/`amount`: the limit, `fraction` of the initial balance (`basis: 'initialBalance'`, FTMO) or of the
   *   day's anchor (`basis: 'dayAnchor'`, The5%ers);
   * - `anchor`: `balance` = balance at the day's start (FTMO, FundedNext, Topstep) or `balanceOrEquity` = the higher
   *   of balance and equity at the day's start (The5%ers); on the first day the anchor is the initial balance;
   * - `mode`: `fail` ends the account (FTMO) or `pause` only stops trading until the next day (Topstep "soft breach");
   * - `breachAtFloor`: equity equal to the floor already breaches (Topstep "hit or exceed"). Default `false`.
   */
  maxDailyLoss?: AmountOrFractionInput & {
    basis?: 'initialBalance' | 'dayAnchor'
    anchor?: 'balance' | 'balanceOrEquity'
    mode?: 'fail' | 'pause'
    breachAtFloor?: boolean
  }
  /**
   * Maximum loss; breach always fails the account.
   * - `mode: 'static'` — floor = initial − limit (FTMO 2-Step, FundedNext, The5%ers);
   * - `mode: 'trailingIntraday'` — floor = highest equity so far (unrealized included) − limit (Apex);
   * - `mode: 'trailingEndOfDay'` — floor = highest end-of-day balance (at least the initial balance) − limit,
   *   recomputed at each day boundary (FTMO 1-Step, Topstep);
   * - `basis: 'peak'` makes `fraction` a fraction of the peak instead of the initial balance (a classic 20 % drawdown);
   * - `lockAt`: the trailing floor stops at the initial balance (`'initialBalance'`, Topstep) or at initial + `offset`
   *   (Apex PA: `{ offset: 100 }`);
   * - the floor of a trailing rule never moves down.
   */
  maxLoss?: AmountOrFractionInput & {
    basis?: 'initialBalance' | 'peak'
    mode?: 'static' | 'trailingIntraday' | 'trailingEndOfDay'
    lockAt?: 'initialBalance' | { offset: Decimal.Value }
    breachAtFloor?: boolean
  }
  /**
   * Minimum trading days: days (in the rule's time zone and reset) on which a trade was recorded. With
   * `minDailyProfit` (a fraction of the initial balance or an amount), only days whose balance grew by at least that
   * much count (The5%ers "profitable days": ≥ 0.5 % of the initial balance).
   */
  minTradingDays?: { days: number; minDailyProfit?: AmountOrFractionInput }
  /**
   * Consistency: the best day's profit (balance change of one trading day) as a share of total profit
   * (`balance − initialBalance`) must be ≤ `maxBestDayFraction` (`inclusive: true`, FTMO Best Day Rule 50 %) or
   * strictly below it (`inclusive: false`, Topstep "below 40 %"). Unmet consistency blocks passing, never fails.
   */
  consistency?: { maxBestDayFraction: number; inclusive?: boolean }
  /** Largest open position in lots (contracts); reported open lots above it are a violation. */
  maxLots?: { amount: Decimal.Value; mode?: 'fail' | 'warn' }
  /** Holding positions from `start` to `end` (local weekday/time in `timeZone`) is a violation. */
  weekendHolding?: { start: WeeklyTime; end: WeeklyTime; mode?: 'fail' | 'warn' }
  /**
   * Positions must be flat from local `time` until `until` (default: the reset time) every day (Apex 16:59 ET,
   * Topstep 15:10 CT).
   */
  flatBy?: { time: string; until?: string; mode?: 'fail' | 'warn' }
  /**
   * News rules: around each event (`[time − beforeMs, time + afterMs]`), trading and/or holding positions may be
   * forbidden (The5%ers High Stakes: no execution 2 min before to 2 min after high-impact news).
   */
  news?: {
    events: readonly { time: number; label?: string }[]
    beforeMs?: number
    afterMs?: number
    trading?: 'allowed' | 'forbidden'
    holding?: 'allowed' | 'forbidden'
    mode?: 'fail' | 'warn'
  }
  /**
   * Payout terms of a funded phase: trader's `profitSplit` (fraction), the smallest profit that can be withdrawn
   * (`minProfit`), and the days from the first update before the first payout. Payout also requires the phase's
   * `minTradingDays` and `consistency`.
   */
  payout?: { profitSplit: number; minProfit?: Decimal.Value; firstPayoutAfterDays?: number }
}
