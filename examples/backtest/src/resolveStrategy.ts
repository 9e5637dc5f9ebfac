import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Strategy } from '@aitrade/core'
import type { ParamSpec, StrategyDefinition, StrategyEnvironment } from './strategies/definition.js'
import { BUILT_IN_STRATEGIES } from './strategies/index.js'
import { UsageError } from './usageError.js'

/** A strategy ready to instantiate: its definition and validated parameters. */
export interface ResolvedStrategy {
  readonly definition: StrategyDefinition
  readonly params: Readonly<Record<string, number>>
}

/**
 * Finds a built-in strategy by name, or imports a user module (a `.js`/`.mjs` file) that exports a `Strategy` object,
 * a factory `createStrategy(params, env)`, or a full definition as `default` / `strategy`.
 */
export async function resolveStrategy(
  nameOrPath: string,
  rawParams: Readonly<Record<string, string>>,
): Promise<ResolvedStrategy> {
  const builtIn = BUILT_IN_STRATEGIES.get(nameOrPath)
  const definition = builtIn ?? (await importDefinition(nameOrPath))
  return { definition, params: validateParams(definition, rawParams) }
}

async function importDefinition(path: string): Promise<StrategyDefinition> {
  const looksLikePath = /[/\\.]/.test(path)
  if (!looksLikePath) {
    throw new UsageError(
      `--strategy: unknown strategy "${path}" (built-ins: ${[...BUILT_IN_STRATEGIES.keys()].join(', ')})`,
    )
  }
  const file = resolve(path)
  if (!existsSync(file)) throw new UsageError(`--strategy: file not found: ${path}`)
  let mod: Record<string, unknown>
  try {
    mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>
  } catch (e) {
    throw new UsageError(`--strategy: cannot load ${path}: ${(e as Error).message.split('\n')[0]}`)
  }
  const candidate = mod.default ?? mod.strategy ?? mod.createStrategy
  if (typeof candidate === 'function') {
    const factory = candidate as (params: Record<string, number>, env: StrategyEnvironment) => Strategy
    return {
      name: path,
      description: `user strategy ${path}`,
      params: (mod.params as ParamSpec[] | undefined) ?? [],
      create: factory,
    }
  }
  if (candidate && typeof candidate === 'object') {
    const c = candidate as Partial<StrategyDefinition> & Strategy
    if (typeof c.create === 'function') {
      return {
        name: c.name ?? path,
        description: c.description ?? path,
        params: c.params ?? [],
        create: c.create.bind(c),
      }
    }
    if (typeof c.onBar === 'function' || typeof c.onStart === 'function') {
      return { name: path, description: `user strategy ${path}`, params: [], create: () => c }
    }
  }
  throw new UsageError(
    `--strategy: ${path} exports no Strategy (export default a Strategy object or createStrategy(params))`,
  )
}

/** Checks `--param` values against the strategy's parameter specs; fills in defaults. */
export function validateParams(def: StrategyDefinition, raw: Readonly<Record<string, string>>): Record<string, number> {
  const out: Record<string, number> = {}
  const known = new Map(def.params.map((p) => [p.name, p]))
  for (const name of Object.keys(raw)) {
    if (!known.has(name)) {
      const list = def.params.map((p) => p.name).join(', ') || 'none'
      throw new UsageError(`--param: unknown parameter "${name}" for ${def.name} (known: ${list})`)
    }
  }
  for (const spec of def.params) {
    const text = raw[spec.name]
    out[spec.name] = text === undefined ? spec.default : parseParam(spec, text)
  }
  if (def.constraint && !def.constraint(out)) {
    const shown = Object.entries(out)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')
    throw new UsageError(`--param: ${shown} is not a valid combination for ${def.name}${constraintHint(def)}`)
  }
  return out
}

function constraintHint(def: StrategyDefinition): string {
  const names = def.params.map((p) => p.name)
  return names.includes('fast') && names.includes('slow') ? ' (fast must be < slow)' : ''
}

/** Parses one parameter value against its spec. */
export function parseParam(spec: ParamSpec, text: string): number {
  const x = Number(text)
  const kind = spec.type === 'int' ? 'an integer' : 'a number'
  if (
    text.trim() === '' ||
    !Number.isFinite(x) ||
    (spec.type === 'int' && !Number.isInteger(x)) ||
    x < spec.min ||
    x > spec.max
  ) {
    throw new UsageError(`--param ${spec.name}: expected ${kind} in [${spec.min}, ${spec.max}], got "${text}"`)
  }
  return x
}
