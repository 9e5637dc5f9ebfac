import { InvalidArgumentError, InvalidStateError } from '@aitrade/core'
import type { IndicatorSnapshot, StreamingIndicator } from './types.js'
import { fromJsonNumber, toJsonNumber } from './validate.js'

// Shared snapshot/restore plumbing for the streaming classes. A class lists the names of its state
// fields; each field is a number (NaN/±Infinity stored as null), a boolean, a Float64Array or Int32Array
// (stored as an array, same length required on restore), an array of Float64Arrays (ring buffers, stored as
// an array of arrays), or a nested StreamingIndicator (stored as its own snapshot). `StateStream` is the base
// of the classes whose whole state is one Float64Array of scalars plus rings. Not exported from the package entry.

type Fields = Record<string, unknown>

function isRingList(v: unknown): v is Float64Array[] {
  return Array.isArray(v) && v.every((r) => r instanceof Float64Array)
}

function isJsonNumbers(v: unknown, length: number): v is (number | null)[] {
  return Array.isArray(v) && v.length === length && v.every((x) => x === null || typeof x === 'number')
}

function isStreaming(v: unknown): v is StreamingIndicator<unknown, unknown> {
  return typeof v === 'object' && v !== null && typeof (v as { snapshot?: unknown }).snapshot === 'function'
}

/**
 * Builds the JSON-safe snapshot of `owner` from its listed state fields.
 * @internal
 */
export function makeSnapshot(
  indicator: string,
  version: number,
  options: Readonly<Record<string, unknown>>,
  owner: object,
  fields: readonly string[],
): IndicatorSnapshot {
  const src = owner as Fields
  const state: Record<string, unknown> = {}
  for (const f of fields) {
    const v = src[f]
    if (typeof v === 'number') state[f] = toJsonNumber(v)
    else if (typeof v === 'boolean') state[f] = v
    else if (v instanceof Float64Array) state[f] = Array.from(v, toJsonNumber)
    else if (v instanceof Int32Array) state[f] = Array.from(v)
    else if (isRingList(v)) state[f] = v.map((r) => Array.from(r, toJsonNumber))
    else if (isStreaming(v)) state[f] = v.snapshot()
    else if (v === null) state[f] = null
    else throw new InvalidStateError(`${indicator}: state field "${f}" cannot be snapshotted`)
  }
  return { indicator, version, options: { ...options }, state }
}

/**
 * Restores the listed state fields of `owner` from `snapshot`, after checking that it was taken from the
 * same indicator class, format version and options. Validates every field before writing any.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `snapshot…` on any mismatch.
 * @internal
 */
export function restoreSnapshot(
  snapshot: IndicatorSnapshot,
  indicator: string,
  version: number,
  options: Readonly<Record<string, unknown>>,
  owner: object,
  fields: readonly string[],
): void {
  if (snapshot === null || typeof snapshot !== 'object') throw new InvalidArgumentError('snapshot', 'must be an object')
  if (snapshot.indicator !== indicator) {
    throw new InvalidArgumentError('snapshot.indicator', `is "${String(snapshot.indicator)}", expected "${indicator}"`)
  }
  if (snapshot.version !== version) {
    throw new InvalidArgumentError('snapshot.version', `is ${String(snapshot.version)}, expected ${version}`)
  }
  if (JSON.stringify(snapshot.options) !== JSON.stringify(options)) {
    throw new InvalidArgumentError(
      'snapshot.options',
      `${JSON.stringify(snapshot.options)} differ from this indicator's ${JSON.stringify(options)}`,
    )
  }
  const state = snapshot.state as Fields | null
  if (state === null || typeof state !== 'object') throw new InvalidArgumentError('snapshot.state', 'must be an object')
  const dst = owner as Fields
  for (const f of fields) {
    const cur = dst[f]
    const v = state[f]
    const ok =
      typeof cur === 'number'
        ? v === null || typeof v === 'number'
        : typeof cur === 'boolean'
          ? typeof v === 'boolean'
          : cur instanceof Float64Array || cur instanceof Int32Array
            ? isJsonNumbers(v, cur.length)
            : isRingList(cur)
              ? Array.isArray(v) && v.length === cur.length && cur.every((r, i) => isJsonNumbers(v[i], r.length))
              : isStreaming(cur)
                ? typeof v === 'object' && v !== null
                : cur === null && v === null
    if (!ok) throw new InvalidArgumentError(`snapshot.state.${f}`, 'is missing or has the wrong type or length')
  }
  // nested indicators first: they validate their own state and may still throw
  for (const f of fields) {
    const cur = dst[f]
    if (isStreaming(cur)) cur.restore(state[f] as IndicatorSnapshot)
  }
  for (const f of fields) {
    const cur = dst[f]
    const v = state[f]
    if (typeof cur === 'number') dst[f] = fromJsonNumber(v as number | null)
    else if (typeof cur === 'boolean') dst[f] = v
    else if (cur instanceof Float64Array) cur.set((v as (number | null)[]).map(fromJsonNumber))
    else if (cur instanceof Int32Array) cur.set(v as number[])
    else if (isRingList(cur)) {
      for (let r = 0; r < cur.length; r++) cur[r]!.set((v as (number | null)[][])[r]!.map(fromJsonNumber))
    }
  }
}

/**
 * The error `replace()` throws before any `update()`: there is no forming bar to revise.
 * @internal
 */
export function noBarToReplace(indicator: string): InvalidStateError {
  return new InvalidStateError(`${indicator}.replace() called before any update(): there is no forming bar to revise`)
}

const STATE_FIELDS = ['count', 'prevCount', 'ringSlot', 's', 'prev', 'ringSlotSaved', 'rings'] as const

/**
 * The bookkeeping of a {@link StateStream}: one class for every subclass, so the shared `update`/`replace` code
 * reads its fields monomorphically however many kinds of stream a program runs.
 */
class StreamBook {
  /** Number of inputs consumed (the forming bar included). */
  count = 0
  prevCount = 0
  /** Ring slot written by the last input, or -1. */
  ringSlot = -1
  readonly s: Float64Array
  readonly prev: Float64Array
  readonly initial: Float64Array
  readonly rings: Float64Array[]
  readonly ringSlotSaved: Float64Array
  /** Rings' common length (0 without rings). */
  readonly ringLength: number
  /** Input number (1-based) that writes slot 0; earlier inputs write no slot. */
  readonly ringLag: number

  constructor(initialState: ArrayLike<number>, ringLength: number, ringCount: number, ringLag: number) {
    this.initial = Float64Array.from(initialState)
    this.s = Float64Array.from(initialState)
    this.prev = Float64Array.from(initialState)
    this.rings = Array.from({ length: ringCount }, () => new Float64Array(ringLength))
    this.ringSlotSaved = new Float64Array(ringCount)
    this.ringLength = ringLength
    this.ringLag = ringLag
  }

  /** Before the next input: keep what `replace` must restore. */
  advance(): void {
    const s = this.s
    const prev = this.prev
    for (let j = 0; j < s.length; j++) prev[j] = s[j] as number
    this.prevCount = this.count
    const count = ++this.count
    const slot = this.ringLength === 0 || count < this.ringLag ? -1 : (count - this.ringLag) % this.ringLength
    this.ringSlot = slot
    if (slot >= 0) {
      for (let r = 0; r < this.rings.length; r++)
        this.ringSlotSaved[r] = (this.rings[r] as Float64Array)[slot] as number
    }
  }

  /** Back to the state before the last input (which stays counted). */
  rollBack(): void {
    const s = this.s
    const prev = this.prev
    for (let j = 0; j < s.length; j++) s[j] = prev[j] as number
    this.count = this.prevCount + 1
    const slot = this.ringSlot
    if (slot >= 0) {
      for (let r = 0; r < this.rings.length; r++)
        (this.rings[r] as Float64Array)[slot] = this.ringSlotSaved[r] as number
    }
  }

  reset(): void {
    this.s.set(this.initial)
    this.prev.set(this.initial)
    for (const r of this.rings) r.fill(0)
    this.count = 0
    this.prevCount = 0
    this.ringSlot = -1
  }
}

/**
 * Base of the streaming classes whose whole mutable state is a `Float64Array` of scalars (`s`) plus
 * optional ring buffers (`rings`, all `ringLength` long) of which one slot, the same in every ring, is written per
 * input: slot `(count − ringLag) mod ringLength` for input number `count` (none before input `ringLag`).
 * `update` copies `s` to `prev` (and saves the slot about to be overwritten) before stepping, and `replace`
 * restores both, so revising the forming bar costs one small copy and no allocation.
 * Subclasses implement {@link StateStream.step}.
 * @internal
 */
export abstract class StateStream<In, Out> implements StreamingIndicator<In, Out> {
  abstract readonly lookback: number
  private readonly book: StreamBook
  /** The scalar state (the same array as the book's). */
  protected readonly s: Float64Array
  /** The ring buffers (the same arrays as the book's). */
  protected readonly rings: Float64Array[]

  protected constructor(
    /** Class name stored in snapshots. */
    private readonly indicatorName: string,
    /** Options as given to the constructor, validated (stored in snapshots). */
    protected readonly options: Readonly<Record<string, unknown>>,
    initialState: ArrayLike<number>,
    rings: { readonly count: number; readonly length: number; readonly lag?: number } = { count: 0, length: 0 },
  ) {
    this.book = new StreamBook(initialState, rings.length, rings.count, rings.lag ?? 1)
    this.s = this.book.s
    this.rings = this.book.rings
  }

  /** Advances the state by one input; `this.count` already includes it. */
  protected abstract step(input: In): Out

  /** Number of inputs consumed (the forming bar included). */
  protected get count(): number {
    return this.book.count
  }

  /** `true` once more than `lookback` inputs were consumed. */
  get isReady(): boolean {
    return this.book.count > this.lookback
  }

  /** Consumes the next input; returns the newest output. */
  update(input: In): Out {
    this.book.advance()
    return this.step(input)
  }

  /** Revises the last input consumed; throws `INVALID_STATE` before any update. */
  replace(input: In): Out {
    const book = this.book
    if (book.count === 0) throw noBarToReplace(this.indicatorName)
    book.rollBack()
    return this.step(input)
  }

  /** Back to the freshly constructed state. */
  reset(): void {
    this.book.reset()
  }

  /** JSON-safe state (scalars, saved copies and rings). */
  snapshot(): IndicatorSnapshot {
    return makeSnapshot(this.indicatorName, 1, this.options, this.book, STATE_FIELDS)
  }

  /** Restores a `snapshot()` of the same class and options; validates before writing. */
  restore(snapshot: IndicatorSnapshot): void {
    restoreSnapshot(snapshot, this.indicatorName, 1, this.options, this.book, STATE_FIELDS)
  }
}
