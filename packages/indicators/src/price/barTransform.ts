import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, OhlcvBar, StreamingIndicator } from '../types.js'

/**
 * Base of the stateless streaming price transforms (`AVGPRICE`, `MEDPRICE`, `TYPPRICE`, `WCLPRICE`):
 * lookback 0, each output a function of the bar alone.
 * @internal
 */
export abstract class BarTransform<K extends keyof OhlcvBar> implements StreamingIndicator<Pick<OhlcvBar, K>, number> {
  /** Always `0`: every bar has an output. */
  readonly lookback = 0
  private updated = false

  protected constructor(private readonly name: string) {}

  /** The transform of one bar. */
  protected abstract compute(bar: Pick<OhlcvBar, K>): number

  /** `true` after the first update. */
  get isReady(): boolean {
    return this.updated
  }

  /**
   * Consumes the next bar.
   * @param bar - The new bar.
   * @returns The transformed price.
   */
  update(bar: Pick<OhlcvBar, K>): number {
    this.updated = true
    return this.compute(bar)
  }

  /**
   * Revises the last bar.
   * @param bar - The revised bar.
   * @returns The transformed price.
   * @throws {@link @aitrade/core!index.InvalidStateError} `INVALID_STATE` before any update.
   */
  replace(bar: Pick<OhlcvBar, K>): number {
    if (!this.updated) throw noBarToReplace(this.name)
    return this.compute(bar)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.updated = false
  }

  /** @returns The JSON-safe state; see {@link IndicatorSnapshot}. */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.name, 1, {}, this, ['updated'])
  }

  /**
   * @param snapshot - A snapshot of the same class.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when the snapshot does not match.
   */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.name, 1, {}, this, ['updated'])
  }
}
