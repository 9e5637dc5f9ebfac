import { z } from 'zod'
import { Decimal } from './decimal.js'

/**
 * zod schema of a ledger number: accepts a decimal string, a finite number or a {@link Decimal}; outputs a
 * finite {@link Decimal}. Use decimal strings on the wire for exactness.
 *
 * @example
 * ```ts
 * import { DecimalSchema } from '@aitrade/core'
 *
 * DecimalSchema.parse('1.25').toString() // '1.25'
 * ```
 */
export const DecimalSchema: z.ZodType<Decimal, Decimal.Value> = z
  .union([z.string(), z.number(), z.custom<Decimal>((v) => Decimal.isDecimal(v), 'expected a Decimal')])
  .transform((v, ctx) => {
    let d: Decimal
    try {
      d = new Decimal(v)
    } catch {
      ctx.addIssue({ code: 'custom', message: `not a decimal number: ${String(v)}` })
      return z.NEVER
    }
    if (!d.isFinite()) {
      ctx.addIssue({ code: 'custom', message: `must be finite, got ${String(v)}` })
      return z.NEVER
    }
    return d
  })

/**
 * zod schema of a non-negative {@link DecimalSchema} value (prices, amounts, fees).
 *
 * @example
 * ```ts
 * import { NonNegativeDecimalSchema } from '@aitrade/core'
 *
 * NonNegativeDecimalSchema.safeParse('-1').success // false
 * ```
 */
export const NonNegativeDecimalSchema: z.ZodType<Decimal, Decimal.Value> = DecimalSchema.refine(
  (d) => !d.isNegative(),
  {
    message: 'must be >= 0',
  },
)

/**
 * zod schema of a strictly positive {@link DecimalSchema} value (tick sizes, lot steps, order amounts).
 *
 * @example
 * ```ts
 * import { PositiveDecimalSchema } from '@aitrade/core'
 *
 * PositiveDecimalSchema.safeParse('0').success // false
 * ```
 */
export const PositiveDecimalSchema: z.ZodType<Decimal, Decimal.Value> = DecimalSchema.refine((d) => d.gt(0), {
  message: 'must be > 0',
})

/**
 * zod schema of a time: integer milliseconds since the Unix epoch, UTC.
 *
 * @example
 * ```ts
 * import { EpochMsSchema } from '@aitrade/core'
 *
 * EpochMsSchema.parse(Date.UTC(2024, 0, 1)) // 1704067200000
 * ```
 */
export const EpochMsSchema = z.number().int().finite()

/**
 * zod schema of a fraction in `[0, 1]` (`0.01` = 1 %).
 *
 * @example
 * ```ts
 * import { FractionSchema } from '@aitrade/core'
 *
 * FractionSchema.safeParse(1.5).success // false
 * ```
 */
export const FractionSchema = z.number().min(0).max(1)

/**
 * zod schema of an order side (ccxt): `'buy' | 'sell'`.
 *
 * @example
 * ```ts
 * import { SideSchema } from '@aitrade/core'
 *
 * SideSchema.parse('buy') // 'buy'
 * ```
 */
export const SideSchema = z.enum(['buy', 'sell'])

/** Order side, ccxt's unified name: `'buy' | 'sell'`. */
export type Side = z.infer<typeof SideSchema>
