import type { OptimizeBacktestOptions, ParamSet } from '@aitrade/backtest'
import { InvalidArgumentError, type Strategy } from '@aitrade/core'
import type { Semantics } from './args.js'
import { semanticsOptions } from './semantics.js'
import { BUILT_IN_STRATEGIES, type StrategyDefinition, type StrategyEnvironment } from './strategies/index.js'

/**
 * What a worker thread needs to rebuild a built-in strategy and its backtest options: structured-cloneable, sent once
 * as `StrategyModule.setup`.
 */
export interface OptimizeSetup {
  /** Built-in strategy name. */
  readonly strategy: string
  /** The parameters not being optimized (from `--param` or the defaults). */
  readonly fixed: Readonly<Record<string, number>>
  /** The strategy's environment. */
  readonly env: StrategyEnvironment
  /** The run's semantics and account. */
  readonly semantics: Semantics
  readonly cash: number
  readonly commission: number
}

function definitionOf(setup: OptimizeSetup): StrategyDefinition {
  const def = BUILT_IN_STRATEGIES.get(setup.strategy)
  if (!def) throw new InvalidArgumentError('setup.strategy', `unknown built-in strategy "${setup.strategy}"`)
  return def
}

/** The full parameter set of one run: the fixed parameters overridden by the optimized ones. */
export function mergeParams(fixed: Readonly<Record<string, number>>, params: ParamSet): Record<string, number> {
  const out: Record<string, number> = { ...fixed }
  for (const [k, v] of Object.entries(params)) out[k] = Number(v)
  return out
}

/** `StrategyModule.export`: builds the strategy of one parameter set (runs in a worker thread). */
export function createStrategy(params: ParamSet, setup: unknown): Strategy {
  const s = setup as OptimizeSetup
  return definitionOf(s).create(mergeParams(s.fixed, params), s.env)
}

/**
 * `StrategyModule.optionsExport`: the backtest options of one parameter set — they hold functions (commission model),
 * so each worker builds its own.
 */
export function createOptions(params: ParamSet, setup: unknown): OptimizeBacktestOptions {
  const s = setup as OptimizeSetup
  const def = definitionOf(s)
  return semanticsOptions(s.semantics, {
    cash: s.cash,
    commission: s.commission,
    symbol: s.env.symbol,
    firstTradingBar: def.warmup?.(mergeParams(s.fixed, params)) ?? 0,
  })
}
