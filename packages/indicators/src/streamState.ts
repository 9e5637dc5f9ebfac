import { InvalidArgumentError, InvalidStateError } from '@aitrade/core'
import type { IndicatorSnapshot, StreamingIndicator } from './types.js'
import { fromJsonNumber, toJsonNumber } from './validate.js'

// Shared snapshot/restore plumbing for the streaming classes. A class lists the names of its state
// fields; each field is a number (NaN/±Infinity stored as null), a boolean, a Float64Array or Int32Array
// (stored as an array, same length required on restore), or a nested StreamingIndicator (stored as its
// own snapshot). Not exported from the package entry.

type Fields = Record<string, unknown>

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
            ? Array.isArray(v) && v.length === cur.length && v.every((x) => x === null || typeof x === 'number')
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
  }
}

/**
 * The error `replace()` throws before any `update()`: there is no forming bar to revise.
 * @internal
 */
export function noBarToReplace(indicator: string): InvalidStateError {
  return new InvalidStateError(`${indicator}.replace() called before any update(): there is no forming bar to revise`)
}
