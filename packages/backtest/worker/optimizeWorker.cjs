// Worker script of `optimize()` (a piscina pool; handler `runOptimizeTask`): backtests one parameter set per task.
// Plain JavaScript because Node 20 cannot import TypeScript in a worker thread: it loads this package's built ESM
// output (dist/), so parallel optimization needs `npm run build` first, and the strategy module must be built JS.
// CommonJS on purpose: piscina first require()s the worker file, and Node 20's require() of an ES module that is
// later import()ed again trips an internal assertion; a CommonJS file with a dynamic import() avoids that path.
'use strict'

let backtest

exports.runOptimizeTask = async (task) => {
  backtest ??= import('@aitrade/backtest')
  return (await backtest).runOptimizeTask(task)
}
