import { Decimal, type Instrument, InvalidArgumentError, toDecimal } from '@aitrade/core'

/** Lot rounding and clamping shared by every sizing function. Explicit fields override the instrument's. */
export interface SizeRounding {
  /** Instrument whose `lotStep`, `minAmount`, `maxAmount` (and `contractSize`, where used) apply. */
  instrument?: Instrument
  /** Lot step; the result is rounded down to a multiple. Default: instrument's, else no rounding. */
  lotStep?: Decimal.Value
  /** Smallest tradable amount, lots; a smaller result becomes 0. Default: instrument's, else 0. */
  minAmount?: Decimal.Value
  /** Largest amount, lots; a larger result is clamped to it (rounded down to the lot step). */
  maxAmount?: Decimal.Value
}

/** Parses a value that must be > 0. @internal */
export function positive(value: Decimal.Value, argument: string): Decimal {
  const d = toDecimal(value, argument)
  if (!d.gt(0)) throw new InvalidArgumentError(argument, `must be > 0, got ${String(value)}`)
  return d
}

/** Parses a fraction in (0, 1]. @internal */
export function fractionIn01(value: Decimal.Value, argument: string): Decimal {
  const d = toDecimal(value, argument)
  if (!d.gt(0) || d.gt(1)) throw new InvalidArgumentError(argument, `must be in (0, 1], got ${String(value)}`)
  return d
}

/** Contract size: explicit, else the instrument's, else 1. @internal */
export function contractSizeFrom(contractSize: Decimal.Value | undefined, r: SizeRounding): Decimal {
  if (contractSize !== undefined) return positive(contractSize, 'contractSize')
  return r.instrument?.contractSize ?? new Decimal(1)
}

/**
 * Rounds a raw size down to the lot step and clamps it: above `maxAmount` → `maxAmount` (rounded down), below
 * `minAmount` → 0, negative → 0. @internal
 */
export function finalizeSize(raw: Decimal, r: SizeRounding): Decimal {
  const step = r.lotStep !== undefined ? positive(r.lotStep, 'lotStep') : r.instrument?.lotStep
  const min =
    r.minAmount !== undefined ? toDecimal(r.minAmount, 'minAmount') : (r.instrument?.minAmount ?? new Decimal(0))
  const max = r.maxAmount !== undefined ? positive(r.maxAmount, 'maxAmount') : r.instrument?.maxAmount
  let x = raw.gt(0) ? raw : new Decimal(0)
  if (max !== undefined && x.gt(max)) x = max
  if (step !== undefined) x = x.div(step).floor().mul(step)
  if (x.lt(min) || x.isZero()) return new Decimal(0)
  return x
}
