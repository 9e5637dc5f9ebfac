/**
 * Speed of every metric in src/metrics on (a) ten years of real daily returns (ORCL against NVDA, adjusted
 * closes 2005–2014 from ../shared/data) and (b) 1,000,000 seeded synthetic returns. Prints the CPU time per
 * call and, for the rolling metrics, the ratio against recomputing every window with the non-rolling metric
 * (what empyrical's `roll` does), measured on 100,000 returns.
 *
 * Run: `npm run bench -w @aitrade/analytics` (data directory overridable with AITRADE_DATA).
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import * as m from '../src/index.js'

type Series = Float64Array
type Metric = [name: string, run: (r: Series, f: Series, t: Float64Array) => unknown]

function adjCloseByDate(file: string): Map<string, number> {
  const rows = readFileSync(file, 'utf8').trim().split('\n').slice(1)
  const out = new Map<string, number>()
  for (const row of rows) {
    const cells = row.split(',')
    out.set(cells[0]!, Number(cells[5]))
  }
  return out
}

function realDaily(): { r: Series; f: Series; t: Float64Array } {
  const dir = process.env.AITRADE_DATA ?? resolve(process.cwd(), '../../../shared/data')
  const orcl = adjCloseByDate(resolve(dir, 'orcl-1995-2014.txt'))
  const nvda = adjCloseByDate(resolve(dir, 'nvda-1999-2014.txt'))
  const dates = [...orcl.keys()].filter((d) => d >= '2005-01-01' && nvda.has(d)).sort()
  const n = dates.length - 1
  const r = new Float64Array(n)
  const f = new Float64Array(n)
  const t = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    r[i] = orcl.get(dates[i + 1]!)! / orcl.get(dates[i]!)! - 1
    f[i] = nvda.get(dates[i + 1]!)! / nvda.get(dates[i]!)! - 1
    t[i] = Date.parse(`${dates[i + 1]}T00:00:00Z`)
  }
  return { r, f, t }
}

/** Seeded (mulberry32 + Box–Muller) normal returns, correlated with a factor; deterministic. */
function synthetic(n: number): { r: Series; f: Series; t: Float64Array } {
  let seed = 20240501
  const uniform = () => {
    seed = (seed + 0x6d2b79f5) | 0
    let x = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
  const normal = () => Math.sqrt(-2 * Math.log(1 - uniform())) * Math.cos(2 * Math.PI * uniform())
  const r = new Float64Array(n)
  const f = new Float64Array(n)
  const t = new Float64Array(n)
  for (let i = 0; i < n; i++) {
    f[i] = 0.0003 + 0.012 * normal()
    r[i] = 0.0002 + 0.8 * f[i]! + 0.01 * normal()
    t[i] = Date.UTC(1990, 0, 1) + i * 86_400_000
  }
  return { r, f, t }
}

const W = { window: 126 }
const metrics: Metric[] = [
  ['simpleReturns', (r) => m.simpleReturns(r)],
  ['cumReturns', (r) => m.cumReturns(r)],
  ['cumReturnsFinal', (r) => m.cumReturnsFinal(r)],
  ['aggregateReturns (monthly)', (r, _f, t) => m.aggregateReturns(r, t, 'monthly')],
  ['aggregateReturns (weekly)', (r, _f, t) => m.aggregateReturns(r, t, 'weekly')],
  ['maxDrawdown', (r) => m.maxDrawdown(r)],
  ['annualReturn', (r) => m.annualReturn(r)],
  ['cagr', (r) => m.cagr(r)],
  ['annualVolatility', (r) => m.annualVolatility(r)],
  ['sharpeRatio', (r) => m.sharpeRatio(r, { riskFree: 0.0001 })],
  ['sortinoRatio', (r) => m.sortinoRatio(r)],
  ['downsideRisk', (r) => m.downsideRisk(r)],
  ['calmarRatio', (r) => m.calmarRatio(r)],
  ['omegaRatio', (r) => m.omegaRatio(r, { requiredReturn: 0.05 })],
  ['excessSharpe', (r, f) => m.excessSharpe(r, f)],
  ['alpha', (r, f) => m.alpha(r, f)],
  ['beta', (r, f) => m.beta(r, f)],
  ['alphaBeta', (r, f) => m.alphaBeta(r, f)],
  ['upAlphaBeta', (r, f) => m.upAlphaBeta(r, f)],
  ['downAlphaBeta', (r, f) => m.downAlphaBeta(r, f)],
  ['capture', (r, f) => m.capture(r, f)],
  ['upCapture', (r, f) => m.upCapture(r, f)],
  ['downCapture', (r, f) => m.downCapture(r, f)],
  ['upDownCapture', (r, f) => m.upDownCapture(r, f)],
  ['stabilityOfTimeseries', (r) => m.stabilityOfTimeseries(r)],
  ['tailRatio', (r) => m.tailRatio(r)],
  ['valueAtRisk', (r) => m.valueAtRisk(r)],
  ['conditionalValueAtRisk', (r) => m.conditionalValueAtRisk(r)],
  ['betaFragilityHeuristic', (r, f) => m.betaFragilityHeuristic(r, f)],
  ['skew', (r) => m.skew(r)],
  ['kurtosis', (r) => m.kurtosis(r)],
  ['rollMaxDrawdown (126)', (r) => m.rollMaxDrawdown(r, W)],
  ['rollAnnualVolatility (126)', (r) => m.rollAnnualVolatility(r, W)],
  ['rollSharpeRatio (126)', (r) => m.rollSharpeRatio(r, W)],
  ['rollBeta (126)', (r, f) => m.rollBeta(r, f, W)],
  ['rollAlphaBeta (126)', (r, f) => m.rollAlphaBeta(r, f, W)],
  ['rollUpCapture (126)', (r, f) => m.rollUpCapture(r, f, W)],
  ['rollDownCapture (126)', (r, f) => m.rollDownCapture(r, f, W)],
  ['rollUpDownCapture (126)', (r, f) => m.rollUpDownCapture(r, f, W)],
  ['winRate', (r) => m.winRate(r)],
  ['avgWin', (r) => m.avgWin(r)],
  ['avgLoss', (r) => m.avgLoss(r)],
  ['avgReturn', (r) => m.avgReturn(r)],
  ['payoffRatio', (r) => m.payoffRatio(r)],
  ['profitFactor', (r) => m.profitFactor(r)],
  ['kellyCriterion', (r) => m.kellyCriterion(r)],
  ['riskOfRuin', (r) => m.riskOfRuin(r)],
  ['consecutiveWins', (r) => m.consecutiveWins(r)],
  ['consecutiveLosses', (r) => m.consecutiveLosses(r)],
  ['exposure', (r) => m.exposure(r)],
  ['ulcerIndex', (r) => m.ulcerIndex(r)],
  ['ulcerPerformanceIndex', (r) => m.ulcerPerformanceIndex(r)],
  ['recoveryFactor', (r) => m.recoveryFactor(r)],
  ['gainToPainRatio', (r) => m.gainToPainRatio(r)],
  ['commonSenseRatio', (r) => m.commonSenseRatio(r)],
  ['cpcIndex', (r) => m.cpcIndex(r)],
  ['expectedReturn', (r) => m.expectedReturn(r)],
  ['informationRatio', (r, f) => m.informationRatio(r, f)],
  ['treynorRatio', (r, f) => m.treynorRatio(r, f)],
  ['rSquared', (r, f) => m.rSquared(r, f)],
  ['parametricValueAtRisk', (r) => m.parametricValueAtRisk(r)],
  ['parametricConditionalValueAtRisk', (r) => m.parametricConditionalValueAtRisk(r)],
  ['modifiedValueAtRisk', (r) => m.modifiedValueAtRisk(r)],
]

/**
 * CPU time in ms per call of `fn` (`process.cpuUsage`, user + system), the best of 5 batches, each batch long
 * enough (≥ 20 ms) for the microsecond clock. CPU time rather than wall time because these machines are
 * shared: other jobs stretch wall time but not the CPU time this process spends.
 */
function time(fn: () => unknown): number {
  fn()
  let reps = 1
  for (;;) {
    const t0 = performance.now()
    for (let i = 0; i < reps; i++) fn()
    if (performance.now() - t0 >= 20 || reps >= 1 << 16) break
    reps *= 4
  }
  let best = Number.POSITIVE_INFINITY
  for (let batch = 0; batch < 5; batch++) {
    const c0 = process.cpuUsage()
    for (let i = 0; i < reps; i++) fn()
    const c = process.cpuUsage(c0)
    best = Math.min(best, (c.user + c.system) / 1000 / reps)
  }
  return best
}

const daily = realDaily()
const big = synthetic(1_000_000)
console.log(`10 years daily: ${daily.r.length} returns (ORCL vs NVDA); large: ${big.r.length} synthetic returns\n`)
console.log('| metric | 10y daily (µs) | 1M returns (ms) | < 50 ms |')
console.log('|---|---:|---:|:---:|')
let slow = 0
for (const [name, run] of metrics) {
  const small = time(() => run(daily.r, daily.f, daily.t)) * 1000
  const large = time(() => run(big.r, big.f, big.t))
  if (large >= 50) slow++
  console.log(`| ${name} | ${small.toFixed(1)} | ${large.toFixed(2)} | ${large < 50 ? 'yes' : 'NO'} |`)
}
console.log(`\n${metrics.length - slow} of ${metrics.length} metrics under 50 ms on 1M returns.`)

// Rolling metrics against per-window recomputation (empyrical's `roll` / strided approach), 100k returns.
const mid = synthetic(100_000)
const perWindow = (fn: (r: Series, f: Series) => number) => (r: Series, f: Series) => {
  const out = new Float64Array(r.length - W.window + 1)
  for (let i = 0; i < out.length; i++) out[i] = fn(r.subarray(i, i + W.window), f.subarray(i, i + W.window))
  return out
}
const peers: [string, (r: Series, f: Series) => unknown, (r: Series, f: Series) => unknown][] = [
  ['rollMaxDrawdown', (r) => m.rollMaxDrawdown(r, W), perWindow((r) => m.maxDrawdown(r))],
  ['rollSharpeRatio', (r) => m.rollSharpeRatio(r, W), perWindow((r) => m.sharpeRatio(r))],
  ['rollBeta', (r, f) => m.rollBeta(r, f, W), perWindow((r, f) => m.beta(r, f))],
  ['rollUpCapture', (r, f) => m.rollUpCapture(r, f, W), perWindow((r, f) => m.upCapture(r, f))],
]
console.log('\n| rolling metric, 100k returns, window 126 | O(n) (ms) | per-window (ms) | speed-up |')
console.log('|---|---:|---:|---:|')
for (const [name, fast, naive] of peers) {
  const a = time(() => fast(mid.r, mid.f))
  const b = time(() => naive(mid.r, mid.f))
  console.log(`| ${name} | ${a.toFixed(2)} | ${b.toFixed(1)} | ${(b / a).toFixed(0)}× |`)
}
