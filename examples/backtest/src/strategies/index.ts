import { bbandsBreakout } from './bbandsBreakout.js'
import type { StrategyDefinition } from './definition.js'
import { macdTrend } from './macdTrend.js'
import { rsiReversion } from './rsiReversion.js'
import { signalScore } from './signalScore.js'
import { smaCross, smaCrossLong } from './smaCross.js'

/** The built-in strategies by name. */
export const BUILT_IN_STRATEGIES: ReadonlyMap<string, StrategyDefinition> = new Map(
  [smaCross, smaCrossLong, rsiReversion, bbandsBreakout, macdTrend, signalScore].map((d) => [d.name, d]),
)

export type { ParamSpec, StrategyDefinition, StrategyEnvironment } from './definition.js'
