import { isAbsolute, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { InvalidArgumentError, type Strategy } from '@aitrade/core'
import type { RunBacktestOptions } from '../runBacktest.js'
import type { ParamSet } from './parameterSpace.js'

/**
 * Builds a fresh strategy for one parameter set. `setup` is {@link StrategyModule.setup} (undefined for a factory
 * passed directly).
 */
export type StrategyFactory = (params: ParamSet, setup?: unknown) => Strategy

/**
 * A strategy named by module path and export name, so a worker thread can rebuild it (functions cannot cross
 * threads). The module must be runnable JavaScript in the worker (`.js`/`.mjs`/`.cjs`, i.e. built code: Node 20
 * cannot import TypeScript in a worker).
 */
export interface StrategyModule {
  /** Path (absolute, or relative to the working directory) or `file:` URL of the module. */
  readonly module: string
  /** Name of the export that is a {@link StrategyFactory}. */
  readonly export: string
  /**
   * Name of an optional export `(params, setup) => Partial<RunBacktestOptions>` evaluated in the worker, for the
   * backtest options that are functions and so cannot be sent to a worker (commission and slippage models, sizers,
   * pre-trade checks). Its result overrides the plain options.
   */
  readonly optionsExport?: string
  /** A structured-cloneable value handed to both exports as their second argument (e.g. the symbol and timeframe). */
  readonly setup?: unknown
}

/** A strategy given directly as a factory (in-process runs only) or as a {@link StrategyModule} (any runs). */
export type StrategySource = StrategyFactory | StrategyModule

/** The backtest options an optimization passes to every run: all of {@link RunBacktestOptions} but the strategy, data and progress. */
export type OptimizeBacktestOptions = Omit<RunBacktestOptions, 'strategy' | 'data' | 'onProgress' | 'progressEvery'>

/** A strategy and the extra run options of one parameter set. */
export interface BuiltStrategy {
  readonly strategy: Strategy
  readonly options: Partial<RunBacktestOptions>
}

/** Validates a {@link StrategyModule} and returns it with the module as an absolute `file:` URL. */
export function normalizeStrategyModule(spec: StrategyModule, argument = 'strategy'): StrategyModule {
  if (typeof spec.module !== 'string' || spec.module === '')
    throw new InvalidArgumentError(`${argument}.module`, 'must be a module path or file: URL')
  if (typeof spec.export !== 'string' || spec.export === '')
    throw new InvalidArgumentError(`${argument}.export`, 'must name the factory export')
  if (spec.optionsExport !== undefined && (typeof spec.optionsExport !== 'string' || spec.optionsExport === ''))
    throw new InvalidArgumentError(`${argument}.optionsExport`, 'must name an export when given')
  const url = spec.module.startsWith('file:')
    ? spec.module
    : pathToFileURL(isAbsolute(spec.module) ? spec.module : resolve(spec.module)).href
  return { ...spec, module: url }
}

/**
 * Loads a strategy source once and returns a builder of `{ strategy, options }` per parameter set.
 *
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `strategy`, `strategy.module`,
 *   `strategy.export` or `strategy.optionsExport` when the source is not usable.
 */
export async function loadStrategySource(
  source: StrategySource,
  argument = 'strategy',
): Promise<(params: ParamSet) => BuiltStrategy> {
  if (typeof source === 'function')
    return (params) => ({ strategy: checkStrategy(source(params), argument), options: {} })
  if (typeof source !== 'object' || source === null)
    throw new InvalidArgumentError(argument, 'must be a strategy factory function or { module, export }')
  const spec = normalizeStrategyModule(source, argument)
  let mod: Record<string, unknown>
  try {
    mod = (await import(spec.module)) as Record<string, unknown>
  } catch (e) {
    throw new InvalidArgumentError(`${argument}.module`, `cannot import ${spec.module}: ${(e as Error).message}`, {
      cause: e,
    })
  }
  const factory = mod[spec.export]
  if (typeof factory !== 'function')
    throw new InvalidArgumentError(`${argument}.export`, `${spec.module} has no function export "${spec.export}"`)
  const optionsFn = spec.optionsExport === undefined ? undefined : mod[spec.optionsExport]
  if (spec.optionsExport !== undefined && typeof optionsFn !== 'function')
    throw new InvalidArgumentError(
      `${argument}.optionsExport`,
      `${spec.module} has no function export "${spec.optionsExport}"`,
    )
  return (params) => ({
    strategy: checkStrategy((factory as StrategyFactory)(params, spec.setup), argument),
    options:
      optionsFn === undefined
        ? {}
        : ((optionsFn as (p: ParamSet, s: unknown) => Partial<RunBacktestOptions>)(params, spec.setup) ?? {}),
  })
}

function checkStrategy(s: unknown, argument: string): Strategy {
  if (typeof s !== 'object' || s === null)
    throw new InvalidArgumentError(argument, `the factory returned ${String(s)}, not a Strategy object`)
  return s as Strategy
}
