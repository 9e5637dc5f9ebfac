import type { Strategy, Timeframe } from '@aitrade/core'

/** One numeric parameter of a built-in strategy (`--param name=value`). */
export interface ParamSpec {
  /** Parameter name as typed on the command line. */
  readonly name: string
  /** `int` accepts integers only. */
  readonly type: 'int' | 'number'
  /** Value when not given. */
  readonly default: number
  /** Smallest allowed value. */
  readonly min: number
  /** Largest allowed value. */
  readonly max: number
  /** One line for `--help`. */
  readonly description: string
}

/** What a strategy factory is told about the run. */
export interface StrategyEnvironment {
  /** Symbol being traded. */
  readonly symbol: string
  /** Whether short positions may be opened. */
  readonly allowShort: boolean
  /** Timeframe of the data (stamped on signals). */
  readonly timeframe: Timeframe
}

/** A built-in strategy: its parameters and a factory. */
export interface StrategyDefinition {
  /** Name used with `--strategy`. */
  readonly name: string
  /** One line for `--help`. */
  readonly description: string
  /** Its parameters. */
  readonly params: readonly ParamSpec[]
  /**
   * Bars before the strategy can first trade (its indicators' TA-Lib lookback): buy & hold is measured from this bar,
   * as backtesting.py measures it from the strategy's first call. Default 0.
   */
  warmup?(params: Readonly<Record<string, number>>): number
  /** Parameter sets that make sense (e.g. `fast < slow`); others are refused on the command line and skipped by optimizations. */
  constraint?(params: Readonly<Record<string, number>>): boolean
  /** Builds a fresh strategy instance (indicators start empty). */
  create(params: Readonly<Record<string, number>>, env: StrategyEnvironment): Strategy
}
