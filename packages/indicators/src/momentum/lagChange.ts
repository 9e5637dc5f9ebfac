import { StateStream } from '../streamState.js'
import { checkPeriod, checkSeries, outputBuffer } from '../validate.js'

/**
 * The change of a price against the price `period` bars earlier, as TA-Lib's MOM/ROC family writes it
 * (`0` instead of a division by a zero earlier price).
 * @internal
 */
export type LagChangeKind = 'mom' | 'roc' | 'rocp' | 'rocr' | 'rocr100'

function change(kind: LagChangeKind, v: number, old: number): number {
  if (kind === 'mom') return v - old
  if (old === 0) return 0
  switch (kind) {
    case 'roc':
      return (v / old - 1) * 100
    case 'rocp':
      return (v - old) / old
    case 'rocr':
      return v / old
    default:
      return (v / old) * 100
  }
}

/** Batch kernel of MOM/ROC/ROCP/ROCR/ROCR100: lookback `period` (integer ≥ 1, default 10). @internal */
export function lagChangeBatch(
  kind: LagChangeKind,
  values: ArrayLike<number>,
  periodOption: number | undefined,
  outOption: Float64Array | undefined,
): Float64Array {
  const period = checkPeriod('period', periodOption ?? 10, 1)
  const n = checkSeries('values', values)
  const out = outputBuffer(n, outOption)
  const lb = Math.min(period, n)
  out.fill(Number.NaN, 0, lb)
  if (kind === 'mom') {
    for (let i = period; i < n; i++) out[i] = (values[i] as number) - (values[i - period] as number)
  } else {
    for (let i = period; i < n; i++) out[i] = change(kind, values[i] as number, values[i - period] as number)
  }
  return out
}

/** Streaming kernel of MOM/ROC/ROCP/ROCR/ROCR100: a ring of the last `period` inputs. @internal */
export abstract class LagChangeStream extends StateStream<number, number> {
  readonly lookback: number
  private readonly period: number

  protected constructor(
    name: string,
    private readonly kind: LagChangeKind,
    periodOption: number | undefined,
  ) {
    const period = checkPeriod('period', periodOption ?? 10, 1)
    super(name, { period }, [], { count: 1, length: period })
    this.period = period
    this.lookback = period
  }

  protected step(value: number): number {
    const ring = this.rings[0] as Float64Array
    const slot = (this.count - 1) % this.period
    const old = ring[slot] as number
    ring[slot] = value
    return this.count > this.period ? change(this.kind, value, old) : Number.NaN
  }
}
