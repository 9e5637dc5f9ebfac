import { PositiveDecimalSchema } from '@aitrade/core'
import { z } from 'zod'

/** A fraction in (0, ∞) of account equity, e.g. `0.1` = 10 % of equity. @internal */
export const EquityFractionSchema = z.number().positive().finite()

/** An amount > 0 in account currency or lots. @internal */
export const PositiveAmountSchema = PositiveDecimalSchema

/** A check name override. @internal */
export const CheckNameSchema = z.string().min(1).optional()
