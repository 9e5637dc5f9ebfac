import { z } from 'zod'
import { EpochMsSchema, FractionSchema, PositiveDecimalSchema, SideSchema } from './schemas.js'
import { TimeframeSchema } from './timeframe.js'

/**
 * zod schema of a signal status: `pending` (issued, not acted on), `executed`, `rejected` (e.g. by a risk check),
 * `expired`.
 *
 * @example
 * ```ts
 * import { SignalStatusSchema } from '@aitrade/core'
 *
 * SignalStatusSchema.parse('executed') // 'executed'
 * ```
 */
export const SignalStatusSchema = z.enum(['pending', 'executed', 'rejected', 'expired'])
/** Signal status. */
export type SignalStatus = z.infer<typeof SignalStatusSchema>

/**
 * zod schema of a trading {@link Signal} (AI or rule based). Checks that stop-loss and take-profit lie on the
 * correct sides of the entry and that `rewardRisk` matches them when both are given.
 *
 * @example
 * ```ts
 * import { SignalSchema } from '@aitrade/core'
 *
 * const s = SignalSchema.parse({ id: 's1', symbol: 'BTC/USDT', side: 'buy', confidence: 0.72, entry: '60000',
 *   stopLoss: '58800', takeProfit: '62400', timeframe: '1h', reasons: ['ema trend up'], timestamp: 0 })
 * s.rewardRisk // 2
 * ```
 */
export const SignalSchema = z
  .object({
    /** Signal id. */
    id: z.string().min(1),
    /** Instrument symbol. */
    symbol: z.string().min(1),
    /** Direction of the proposed entry. */
    side: SideSchema,
    /** Confidence in [0, 1]. */
    confidence: FractionSchema,
    /** Proposed entry price, quote currency. */
    entry: PositiveDecimalSchema,
    /** Stop-loss price, quote currency. */
    stopLoss: PositiveDecimalSchema.optional(),
    /** Take-profit price, quote currency. */
    takeProfit: PositiveDecimalSchema.optional(),
    /** |takeProfit − entry| / |entry − stopLoss|; computed when omitted and both levels are given. */
    rewardRisk: z.number().nonnegative().optional(),
    /** Timeframe the signal was computed on. */
    timeframe: TimeframeSchema,
    /** Human-readable reasons (indicator readings, patterns). */
    reasons: z.array(z.string()).default([]),
    /** Issue time, epoch ms UTC. */
    timestamp: EpochMsSchema,
    /** Lifecycle status; default `pending`. */
    status: SignalStatusSchema.default('pending'),
  })
  .superRefine((s, ctx) => {
    const dir = s.side === 'buy' ? 1 : -1
    if (s.stopLoss && s.stopLoss.cmp(s.entry) !== -dir) {
      ctx.addIssue({ code: 'custom', path: ['stopLoss'], message: `must be ${dir > 0 ? 'below' : 'above'} entry` })
    }
    if (s.takeProfit && s.takeProfit.cmp(s.entry) !== dir) {
      ctx.addIssue({ code: 'custom', path: ['takeProfit'], message: `must be ${dir > 0 ? 'above' : 'below'} entry` })
    }
  })
  .transform((s) => {
    if (s.rewardRisk !== undefined || !s.stopLoss || !s.takeProfit) return s
    const rr = s.takeProfit.minus(s.entry).abs().div(s.entry.minus(s.stopLoss).abs()).toNumber()
    return { ...s, rewardRisk: rr }
  })
/** A trading signal. Prices are Decimal. */
export type Signal = z.output<typeof SignalSchema>
/** Input accepted by {@link SignalSchema}. */
export type SignalInput = z.input<typeof SignalSchema>
