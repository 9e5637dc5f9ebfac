import { InvalidArgumentError } from '@aitrade/core'
import { makeSnapshot, noBarToReplace, restoreSnapshot } from '../streamState.js'
import type { IndicatorSnapshot, StreamingIndicator } from '../types.js'
import { fromJsonNumber, toJsonNumber } from '../validate.js'

const FIELDS = ['count', 'prevCount', 'ringSlot', 's', 'prev', 'ringSlotSaved'] as const

/**
 * Base of the streaming classes whose whole mutable state is a `Float64Array` of scalars (`s`) plus
 * optional ring buffers (`rings`) of which one slot, the same in every ring, is written per input.
 * `update` copies `s` to `prev` (and saves the slot about to be overwritten) before stepping, and `replace`
 * restores both, so revising the forming bar costs one small copy and no allocation.
 * Subclasses implement {@link StateStream.step} and, when they keep rings, {@link StateStream.ringSlotFor}.
 * @internal
 */
export abstract class StateStream<In, Out> implements StreamingIndicator<In, Out> {
  abstract readonly lookback: number
  /** Number of inputs consumed (the forming bar included). */
  protected count = 0
  private prevCount = 0
  protected readonly s: Float64Array
  private readonly prev: Float64Array
  private readonly initial: Float64Array
  protected readonly rings: Float64Array[]
  private readonly ringSlotSaved: Float64Array
  private ringSlot = -1

  protected constructor(
    /** Class name stored in snapshots. */
    private readonly indicatorName: string,
    /** Options as given to the constructor, validated (stored in snapshots). */
    protected readonly options: Readonly<Record<string, unknown>>,
    initialState: ArrayLike<number>,
    ringSizes: readonly number[] = [],
  ) {
    this.initial = Float64Array.from(initialState)
    this.s = Float64Array.from(initialState)
    this.prev = Float64Array.from(initialState)
    this.rings = ringSizes.map((n) => new Float64Array(n))
    this.ringSlotSaved = new Float64Array(ringSizes.length)
  }

  /** Advances the state by one input; `this.count` already includes it. */
  protected abstract step(input: In): Out

  /** Ring slot the step for input number `count` (1-based) writes in every ring, or -1 when it writes none. */
  protected ringSlotFor(_count: number): number {
    return -1
  }

  /** `true` once more than `lookback` inputs were consumed. */
  get isReady(): boolean {
    return this.count > this.lookback
  }

  /** Consumes the next input; returns the newest output. */
  update(input: In): Out {
    const s = this.s
    const prev = this.prev
    for (let j = 0; j < s.length; j++) prev[j] = s[j] as number
    this.prevCount = this.count
    this.count++
    this.ringSlot = this.ringSlotFor(this.count)
    if (this.ringSlot >= 0) {
      for (let r = 0; r < this.rings.length; r++)
        this.ringSlotSaved[r] = (this.rings[r] as Float64Array)[this.ringSlot] as number
    }
    return this.step(input)
  }

  /** Revises the last input consumed; throws `INVALID_STATE` before any update. */
  replace(input: In): Out {
    if (this.count === 0) throw noBarToReplace(this.indicatorName)
    const s = this.s
    const prev = this.prev
    for (let j = 0; j < s.length; j++) s[j] = prev[j] as number
    this.count = this.prevCount + 1
    if (this.ringSlot >= 0) {
      for (let r = 0; r < this.rings.length; r++)
        (this.rings[r] as Float64Array)[this.ringSlot] = this.ringSlotSaved[r] as number
    }
    return this.step(input)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.s.set(this.initial)
    this.prev.set(this.initial)
    for (const r of this.rings) r.fill(0)
    this.count = 0
    this.prevCount = 0
    this.ringSlot = -1
  }

  /** JSON-safe state (scalars, saved copies and rings). */
  snapshot(): IndicatorSnapshot {
    const snap = makeSnapshot(this.indicatorName, 1, this.options, this, FIELDS)
    const rings = this.rings.map((r) => Array.from(r, toJsonNumber))
    return { ...snap, state: { ...(snap.state as Record<string, unknown>), rings } }
  }

  /** Restores a `snapshot()` of the same class and options; validates before writing. */
  restore(snapshot: IndicatorSnapshot): void {
    const rings = (snapshot?.state as { rings?: unknown } | null | undefined)?.rings
    const ok =
      Array.isArray(rings) &&
      rings.length === this.rings.length &&
      rings.every(
        (r, i) =>
          Array.isArray(r) &&
          r.length === (this.rings[i] as Float64Array).length &&
          r.every((x) => x === null || typeof x === 'number'),
      )
    if (!ok) throw new InvalidArgumentError('snapshot.state.rings', 'is missing or has the wrong shape')
    restoreSnapshot(snapshot, this.indicatorName, 1, this.options, this, FIELDS)
    ;(rings as (number | null)[][]).forEach((r, i) => {
      const dst = this.rings[i] as Float64Array
      for (let j = 0; j < r.length; j++) dst[j] = fromJsonNumber(r[j])
    })
  }
}
