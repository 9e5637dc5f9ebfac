import { InvalidArgumentError } from '@aitrade/core'
import { SplitMix64 } from './splitMix64.js'

/** One parameter value: numbers from ranges, or any listed number, string or boolean. */
export type ParamValue = number | string | boolean

/** One parameter set, by parameter name (e.g. `{ fast: 10, slow: 20 }`). */
export type ParamSet = Readonly<Record<string, ParamValue>>

/** An inclusive arithmetic range of numbers: `from, from + step, …` up to `to` (included when it lands on the grid). */
export interface ParamRange {
  /** First value. */
  readonly from: number
  /** Last value allowed (inclusive); `>= from`. */
  readonly to: number
  /** Increment, `> 0`. */
  readonly step: number
}

/** The values one parameter takes: a {@link ParamRange} or an explicit non-empty list. */
export type ParamDomain = ParamRange | readonly ParamValue[]

/** The search space: each parameter's domain, by name. The grid is their Cartesian product, first name outermost. */
export type ParamSpace = Readonly<Record<string, ParamDomain>>

/** A predicate on a parameter set; sets for which it returns `false` are skipped (e.g. `p => p.fast < p.slow`). */
export type ParamConstraint = (params: ParamSet) => boolean

/** The values of every parameter of a space, expanded (see {@link expandParamSpace}). */
export interface ExpandedParamSpace {
  /** Parameter names, in the space's key order. */
  readonly names: readonly string[]
  /** The values of each parameter, index-aligned with `names`. */
  readonly values: readonly (readonly ParamValue[])[]
  /** Number of parameter sets in the full grid (product of the value counts). */
  readonly size: number
}

/** Ranges longer than this are almost certainly a mistake (a step in the wrong unit). */
const MAX_RANGE_VALUES = 1_000_000

function rangeValues(name: string, r: ParamRange): number[] {
  for (const key of ['from', 'to', 'step'] as const) {
    if (typeof r[key] !== 'number' || !Number.isFinite(r[key]))
      throw new InvalidArgumentError(`params.${name}.${key}`, `must be a finite number, got ${String(r[key])}`)
  }
  if (!(r.step > 0)) throw new InvalidArgumentError(`params.${name}.step`, `must be > 0, got ${r.step}`)
  if (r.to < r.from) throw new InvalidArgumentError(`params.${name}.to`, `must be >= from (${r.from}), got ${r.to}`)
  // A relative tolerance keeps `to` when float steps (0.1, 0.2, …) land a hair beyond it.
  const count = Math.floor((r.to - r.from) / r.step + 1e-9) + 1
  if (count > MAX_RANGE_VALUES)
    throw new InvalidArgumentError(`params.${name}`, `has ${count} values, more than ${MAX_RANGE_VALUES}`)
  const out = new Array<number>(count)
  // Rounded to 12 decimals so 0.1 + 2 × 0.1 is 0.3, not 0.30000000000000004.
  for (let k = 0; k < count; k++) out[k] = Math.round((r.from + k * r.step) * 1e12) / 1e12
  return out
}

/**
 * Expands a parameter space into each parameter's list of values and validates it.
 *
 * @param space - Parameter domains by name; see {@link ParamSpace}.
 * @returns The names, their values and the grid size.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `params.<name>` (or its `from`, `to`,
 *   `step`) when the space is empty, a list is empty or holds a value that is not a finite number, string or
 *   boolean, or a range is not finite, has `step <= 0` or `to < from`.
 *
 * @example
 * ```ts
 * import { expandParamSpace } from '@aitrade/backtest'
 *
 * expandParamSpace({ fast: { from: 5, to: 15, step: 5 }, kind: ['sma', 'ema'] })
 * // { names: ['fast', 'kind'], values: [[5, 10, 15], ['sma', 'ema']], size: 6 }
 * ```
 */
export function expandParamSpace(space: ParamSpace): ExpandedParamSpace {
  if (typeof space !== 'object' || space === null)
    throw new InvalidArgumentError('params', 'must be an object of parameter domains')
  const names = Object.keys(space)
  if (names.length === 0) throw new InvalidArgumentError('params', 'must name at least one parameter')
  const values = names.map((name) => {
    const d = space[name]
    if (Array.isArray(d)) {
      if (d.length === 0) throw new InvalidArgumentError(`params.${name}`, 'is an empty list')
      d.forEach((v, i) => {
        const ok = (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'string' || typeof v === 'boolean'
        if (!ok)
          throw new InvalidArgumentError(
            `params.${name}[${i}]`,
            `must be a finite number, a string or a boolean, got ${String(v)}`,
          )
      })
      return d as readonly ParamValue[]
    }
    if (typeof d !== 'object' || d === null)
      throw new InvalidArgumentError(`params.${name}`, 'must be a { from, to, step } range or a list of values')
    return rangeValues(name, d as ParamRange)
  })
  const size = values.reduce((a, v) => a * v.length, 1)
  return { names, values, size }
}

/** The parameter set at flat grid index `index` (first name outermost, last name fastest). */
function paramsAt(space: ExpandedParamSpace, index: number): ParamSet {
  const out: Record<string, ParamValue> = {}
  let rest = index
  for (let p = space.names.length - 1; p >= 0; p--) {
    const vals = space.values[p] as readonly ParamValue[]
    out[space.names[p] as string] = vals[rest % vals.length] as ParamValue
    rest = Math.floor(rest / vals.length)
  }
  // Keep the space's key order in the object.
  const ordered: Record<string, ParamValue> = {}
  for (const name of space.names) ordered[name] = out[name] as ParamValue
  return ordered
}

function accept(constraint: ParamConstraint | undefined, params: ParamSet): boolean {
  if (constraint === undefined) return true
  return constraint(params) === true
}

/**
 * Every parameter set of the grid that satisfies the constraint, in grid order (first parameter outermost).
 *
 * @param space - Parameter domains; see {@link ParamSpace}.
 * @param constraint - Optional predicate; sets for which it does not return `true` are left out.
 * @returns The parameter sets.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` as {@link expandParamSpace}, or naming
 *   `params` when the grid has more than 10 000 000 sets (use random search).
 *
 * @example
 * ```ts
 * import { gridParams } from '@aitrade/backtest'
 *
 * gridParams({ fast: [5, 10], slow: [10, 20] }, (p) => (p.fast as number) < (p.slow as number))
 * // [{ fast: 5, slow: 10 }, { fast: 5, slow: 20 }, { fast: 10, slow: 20 }]
 * ```
 */
export function gridParams(space: ParamSpace, constraint?: ParamConstraint): ParamSet[] {
  const s = expandParamSpace(space)
  if (s.size > 10_000_000)
    throw new InvalidArgumentError('params', `the grid has ${s.size} sets, more than 10 000 000; use random search`)
  const out: ParamSet[] = []
  for (let i = 0; i < s.size; i++) {
    const p = paramsAt(s, i)
    if (accept(constraint, p)) out.push(p)
  }
  return out
}

/**
 * Up to `samples` distinct parameter sets drawn uniformly from the grid with a seeded {@link SplitMix64}, skipping
 * sets that fail the constraint, in draw order. Draws stop after `samples` sets, after the whole grid, or after
 * `50 × samples + 1000` draws (a constraint that rejects almost everything), whichever comes first.
 *
 * @param space - Parameter domains; see {@link ParamSpace}.
 * @param samples - Number of sets wanted, a positive integer.
 * @param seed - PRNG seed (non-negative safe integer); the same seed gives the same sets.
 * @param constraint - Optional predicate; see {@link ParamConstraint}.
 * @returns The sampled parameter sets (fewer than `samples` when the grid or the constraint allows fewer).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `samples` or `seed`, or as
 *   {@link expandParamSpace}.
 *
 * @example
 * ```ts
 * import { randomParams } from '@aitrade/backtest'
 *
 * randomParams({ fast: { from: 2, to: 50, step: 1 }, slow: { from: 10, to: 200, step: 5 } }, 20, 42)
 * ```
 */
export function randomParams(
  space: ParamSpace,
  samples: number,
  seed: number,
  constraint?: ParamConstraint,
): ParamSet[] {
  if (!Number.isSafeInteger(samples) || samples < 1)
    throw new InvalidArgumentError('samples', `must be a positive integer, got ${samples}`)
  const s = expandParamSpace(space)
  const rng = new SplitMix64(seed)
  const seen = new Set<number>()
  const out: ParamSet[] = []
  const maxDraws = 50 * samples + 1000
  for (let draw = 0; draw < maxDraws && out.length < samples && seen.size < s.size; draw++) {
    const index = rng.nextInt(s.size)
    if (seen.has(index)) continue
    seen.add(index)
    const p = paramsAt(s, index)
    if (accept(constraint, p)) out.push(p)
  }
  return out
}

/**
 * A canonical string key of a parameter set (JSON with the keys sorted), used to match runs across checkpoints.
 *
 * @param params - A parameter set.
 * @returns The key.
 */
export function paramKey(params: ParamSet): string {
  return JSON.stringify(
    Object.keys(params)
      .sort()
      .map((k) => [k, params[k]]),
  )
}
