export { type CliArgs, type OptimizeRange, parseCliArgs, type Semantics, USAGE } from './args.js'
export {
  type CliIo,
  type CliJson,
  type CliRunResult,
  formatChallenge,
  loadData,
  main,
  type RunOptions,
  run,
  symbolFromFileName,
  toJson,
} from './cli.js'
export { type DemoOptions, demo } from './demo.js'
export { formatStats } from './format.js'
export { downloadDailyCandles, loadCsv, sharedDataDir } from './loadData.js'
export { instrumentFor, isCryptoSymbol, semanticsOptions } from './semantics.js'
export {
  BUILT_IN_STRATEGIES,
  type ParamSpec,
  type StrategyDefinition,
  type StrategyEnvironment,
} from './strategies/index.js'
