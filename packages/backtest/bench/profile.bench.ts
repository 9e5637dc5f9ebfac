// Profiling entry (no table): three runs of the engine loop over the 1M-bar SMA(10/20) crossover of backtest.bench.ts
// (or the empty strategy with PROFILE_EMPTY=1), printing wall and CPU time. For `node --cpu-prof`, `--trace-gc` or the
// sampling heap profiler:
//   npx tsup --config bench/tsup.config.ts && node --cpu-prof --cpu-prof-dir=/tmp/prof bench/.out/profile.js
import { BarSeriesFeed, Engine, type Strategy } from '@aitrade/core'
import { SimulatedBroker } from '../src/simulatedBroker.js'
import { crossover, syntheticBars } from './synthetic.js'

const bars = syntheticBars(1_000_000, 42, 'SYN', 60_000)
for (let r = 0; r < 3; r++) {
  const broker = new SimulatedBroker({ cash: 1e9 })
  broker.reserveCurve(bars.length)
  const strategy: Strategy = process.env.PROFILE_EMPTY ? { onBar() {} } : crossover(10, 20)
  const t0 = performance.now()
  const c0 = process.cpuUsage()
  await new Engine({ strategy, feed: new BarSeriesFeed(bars), broker }).run()
  const cpu = process.cpuUsage(c0)
  const wall = performance.now() - t0
  console.log(
    `${wall.toFixed(0)} ms wall, ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms CPU (all threads), ${broker.ledger.trades.length} trades`,
  )
}
