import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'
import { ensureBuiltPackage } from '../../test-support/builtPackage.js'
import { expectCode } from '../../test-support/expectCode.js'
import { loadShared } from '../../test-support/sharedData.js'
import { fractionCommission } from '../commission.js'
import { runBacktest } from '../runBacktest.js'
// @ts-expect-error plain-JS fixture without declarations
import { createSmaCross } from './__fixtures__/smaCross.mjs'
import { optimize } from './optimize.js'
import type { ParamSet } from './parameterSpace.js'
import type { StrategyFactory } from './strategySource.js'

const goog = loadShared('GOOG.csv', 'GOOG')
const factory = createSmaCross as StrategyFactory
const fixture = fileURLToPath(new URL('./__fixtures__/smaCross.mjs', import.meta.url))
const space = { fast: { from: 5, to: 20, step: 5 }, slow: [20, 40, 60] }
const fastLtSlow = (p: ParamSet) => (p.fast as number) < (p.slow as number)
const backtest = { cash: 10_000, commission: fractionCommission('0.002') }

describe('optimize (in-process)', () => {
  it('grid search: every set of the constrained grid, best = the best of individual runBacktest runs', async () => {
    const progress: number[] = []
    const result = await optimize({
      strategy: factory,
      data: goog,
      params: space,
      constraint: fastLtSlow,
      objective: 'sharpeRatio',
      backtest,
      onProgress: (p) => progress.push(p.done),
    })
    // hand-enumerated: fast ∈ {5,10,15,20}, slow ∈ {20,40,60}, fast < slow → 11 sets (20/20 excluded)
    const expected: ParamSet[] = []
    for (const fast of [5, 10, 15, 20]) for (const slow of [20, 40, 60]) if (fast < slow) expected.push({ fast, slow })
    expect(result.runs.map((r) => r.params)).toEqual(expected)
    expect(progress).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    // oracle: each set backtested here directly, the best picked by hand
    let best = { params: {} as ParamSet, sharpe: Number.NEGATIVE_INFINITY }
    for (const params of expected) {
      const r = await runBacktest({ ...backtest, strategy: factory(params), data: goog })
      const run = result.runs.find((x) => x.params.fast === params.fast && x.params.slow === params.slow)
      expect(run?.stats.sharpeRatio).toBe(r.stats.sharpeRatio)
      expect(run?.stats.return).toBe(r.stats.return)
      if (r.stats.sharpeRatio > best.sharpe) best = { params, sharpe: r.stats.sharpeRatio }
    }
    expect(result.best?.params).toEqual(best.params)
    expect(result.best?.objective).toBe(best.sharpe)
    expect(result.objective).toBe('sharpeRatio')
  })

  it('minimizes, and takes a custom objective of the equity curve', async () => {
    const params = { fast: [5, 10], slow: [30, 60] }
    const min = await optimize({
      strategy: factory,
      data: goog,
      params,
      objective: 'maxDrawdown',
      direction: 'minimize',
      backtest,
    })
    const worst = Math.min(...min.runs.map((r) => r.stats.maxDrawdown))
    expect(min.best?.stats.maxDrawdown).toBe(worst)
    // custom: lowest equity reached (computed from the curve by hand)
    const custom = await optimize({
      strategy: factory,
      data: goog,
      params,
      backtest,
      objective: ({ equity }) => Math.min(...equity.equity),
    })
    expect(custom.objective).toBe('custom')
    for (const run of custom.runs) {
      const r = await runBacktest({ ...backtest, strategy: factory(run.params), data: goog })
      expect(run.objective).toBe(Math.min(...r.equity.equity))
    }
    const top = Math.max(...custom.runs.map((r) => r.objective))
    expect(custom.best?.objective).toBe(top)
  })

  it('random search: distinct sets of the grid, reproducible from the seed, the whole grid when asked for more', async () => {
    const params = { fast: { from: 2, to: 20, step: 2 }, slow: { from: 25, to: 100, step: 25 } }
    const a = await optimize({
      strategy: factory,
      data: goog.slice(0, 400),
      params,
      method: 'random',
      samples: 6,
      seed: 7,
      backtest,
    })
    const b = await optimize({
      strategy: factory,
      data: goog.slice(0, 400),
      params,
      method: 'random',
      samples: 6,
      seed: 7,
      backtest,
    })
    expect(a.runs).toHaveLength(6)
    expect(a.runs.map((r) => r.params)).toEqual(b.runs.map((r) => r.params))
    const keys = new Set(a.runs.map((r) => `${r.params.fast}/${r.params.slow}`))
    expect(keys.size).toBe(6)
    for (const r of a.runs) {
      expect([2, 4, 6, 8, 10, 12, 14, 16, 18, 20]).toContain(r.params.fast)
      expect([25, 50, 75, 100]).toContain(r.params.slow)
    }
    const c = await optimize({
      strategy: factory,
      data: goog.slice(0, 400),
      params,
      method: 'random',
      samples: 6,
      seed: 8,
      backtest,
    })
    expect(c.runs.map((r) => r.params)).not.toEqual(a.runs.map((r) => r.params))
    const all = await optimize({
      strategy: factory,
      data: goog.slice(0, 200),
      params: { fast: [3, 5], slow: [10, 20] },
      method: 'random',
      samples: 50,
      backtest,
    })
    expect(all.runs).toHaveLength(4)
  })

  it('resumes from a checkpoint: finished sets are not run again, a cut-off last line is dropped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'opt-ckpt-'))
    try {
      const file = join(dir, 'ckpt.jsonl')
      let calls = 0
      const counting: StrategyFactory = (p) => {
        calls++
        return factory(p)
      }
      const opts = {
        strategy: counting,
        data: goog,
        params: { fast: [5, 10], slow: [20, 40, 60] },
        backtest,
        checkpoint: file,
      }
      const first = await optimize(opts)
      expect(calls).toBe(6)
      expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(7)
      calls = 0
      const again = await optimize(opts)
      expect(calls).toBe(0)
      expect(again.resumed).toBe(6)
      expect(again.runs.map((r) => r.objective)).toEqual(first.runs.map((r) => r.objective))
      expect(again.best?.params).toEqual(first.best?.params)
      // simulate a crash: drop the last two runs and cut the one before in half
      const lines = readFileSync(file, 'utf8').trim().split('\n')
      writeFileSync(file, `${lines.slice(0, 4).join('\n')}\n${(lines[4] as string).slice(0, 30)}`)
      const resumed = await optimize(opts)
      expect(calls).toBe(3)
      expect(resumed.resumed).toBe(3)
      expect(resumed.runs.map((r) => r.stats.return)).toEqual(first.runs.map((r) => r.stats.return))
      expect(readFileSync(file, 'utf8').trim().split('\n')).toHaveLength(7)
      // NaN statistics survive the JSON round trip
      const noTrades = await optimize({ ...opts, params: { fast: [5], slow: [5000] } })
      const back = await optimize({ ...opts, params: { fast: [5], slow: [5000] } })
      expect(noTrades.runs[0]?.stats.winRate).toBeNaN()
      expect(back.resumed).toBe(1)
      expect(back.runs[0]?.stats.winRate).toBeNaN()
      writeFileSync(file, 'not a checkpoint\n')
      await expectCode(optimize(opts), 'DATA_FORMAT', 'line 1')
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('rejects bad options with the option named', async () => {
    const base = { strategy: factory, data: goog, params: space, backtest }
    await expectCode(optimize({ ...base, params: {} }), 'INVALID_ARGUMENT', '"params"')
    await expectCode(
      optimize({ ...base, params: { fast: { from: 5, to: 1, step: 1 } } }),
      'INVALID_ARGUMENT',
      'params.fast.to',
    )
    await expectCode(
      optimize({ ...base, params: { fast: { from: 1, to: 5, step: 0 } } }),
      'INVALID_ARGUMENT',
      'params.fast.step',
    )
    await expectCode(optimize({ ...base, params: { fast: [] } }), 'INVALID_ARGUMENT', 'params.fast')
    await expectCode(optimize({ ...base, params: { fast: [1, Number.NaN] } }), 'INVALID_ARGUMENT', 'params.fast[1]')
    await expectCode(
      optimize({ ...base, objective: 'sharpe' as never }),
      'INVALID_ARGUMENT',
      'unknown statistic "sharpe"',
    )
    await expectCode(optimize({ ...base, direction: 'up' as never }), 'INVALID_ARGUMENT', '"direction"')
    await expectCode(optimize({ ...base, method: 'bayes' as never }), 'INVALID_ARGUMENT', '"method"')
    await expectCode(optimize({ ...base, method: 'random', samples: 0 }), 'INVALID_ARGUMENT', '"samples"')
    await expectCode(optimize({ ...base, workers: -1 }), 'INVALID_ARGUMENT', '"workers"')
    await expectCode(optimize({ ...base, workers: 2 }), 'INVALID_ARGUMENT', 'cannot run on worker threads')
    await expectCode(optimize({ ...base, data: goog.slice(0, 0) }), 'INVALID_ARGUMENT', '"data"')
    await expectCode(optimize({ ...base, strategy: 42 as never }), 'INVALID_ARGUMENT', '"strategy"')
    await expectCode(
      optimize({ ...base, strategy: { module: fixture, export: 'nope' }, workers: 0 }),
      'INVALID_ARGUMENT',
      'no function export "nope"',
    )
    await expectCode(
      optimize({ ...base, strategy: { module: join(tmpdir(), 'missing-strategy.mjs'), export: 'x' }, workers: 0 }),
      'INVALID_ARGUMENT',
      '"strategy.module"',
    )
    await expectCode(
      optimize({ ...base, strategy: { module: fixture, export: 'createSmaCross' }, workers: 1 }),
      'INVALID_ARGUMENT',
      '"backtest.commission"',
    )
  })
})

describe('optimize (worker threads)', () => {
  beforeAll(() => {
    ensureBuiltPackage()
  }, 300_000)

  it('gives the same runs on 2 workers as in-process, with function options built in the worker', async () => {
    const strategy = {
      module: fixture,
      export: 'createSmaCross',
      optionsExport: 'smaCrossOptions',
      setup: { rate: 0.002 },
    }
    const params = { fast: [5, 10, 15], slow: [30, 60] }
    let last = 0
    const parallel = await optimize({
      strategy,
      data: goog,
      params,
      objective: 'return',
      backtest: { cash: 10_000 },
      workers: 2,
      onProgress: (p) => {
        expect(p.done).toBeGreaterThanOrEqual(last)
        last = p.done
      },
    })
    expect(last).toBe(6)
    const serial = await optimize({ strategy: factory, data: goog, params, objective: 'return', backtest })
    expect(parallel.runs.map((r) => r.params)).toEqual(serial.runs.map((r) => r.params))
    expect(parallel.runs.map((r) => r.stats)).toEqual(serial.runs.map((r) => r.stats))
    expect(parallel.best?.params).toEqual(serial.best?.params)
  }, 120_000)

  it('reports a failing run with its parameter set', async () => {
    await expectCode(
      optimize({
        strategy: { module: fixture, export: 'createBroken' },
        data: goog,
        params: { fast: [1] },
        workers: 1,
      }),
      'INVALID_STATE',
      'the run of {"fast":1} failed on a worker: broken strategy',
    )
  }, 60_000)
})
