import { InvalidArgumentError } from '@aitrade/core'
import { rollAnnualVolatility } from '../metrics/rollAnnualVolatility.js'
import { rollSharpeRatio } from '../metrics/rollSharpeRatio.js'
import { drawdownTable } from '../stats/drawdownTable.js'
import { monthlyReturnsTable } from '../stats/monthlyReturnsTable.js'
import { lastPerBucket, periodCalendar } from '../stats/resample.js'
import { returnDistribution } from '../stats/returnDistribution.js'
import {
  type EquityCurve,
  type NumberLike,
  type TradeStats,
  type TradeStatsTrade,
  tradeStats,
} from '../stats/tradeStats.js'
import { underwater } from '../stats/underwater.js'
import { date, duration, escapeHtml, jsonForScript, num, pct, scriptForHtml } from './html.js'
import { TEARSHEET_SCRIPT } from './tearsheetScript.js'

/** A trade as the tearsheet lists and marks it: the {@link TradeStatsTrade} fields plus descriptive ones. */
export interface TearsheetTrade extends TradeStatsTrade {
  /** Instrument symbol, shown in the trade list. */
  readonly symbol?: string | undefined
  /** `long` or `short`; decides the marker shape and colour. Default `long`. */
  readonly side?: 'long' | 'short' | undefined
  /** Size in lots or units (> 0). */
  readonly amount?: NumberLike | undefined
  /** Entry price, quote currency. */
  readonly entryPrice?: NumberLike | undefined
  /** Exit price, quote currency. */
  readonly exitPrice?: NumberLike | undefined
}

/** OHLC columns of the traded instrument (core's `BarSeries` satisfies it). */
export interface TearsheetBars {
  /** Bar open times, epoch ms UTC, strictly ascending. */
  readonly time: ArrayLike<number>
  /** Open prices. */
  readonly open: ArrayLike<number>
  /** High prices. */
  readonly high: ArrayLike<number>
  /** Low prices. */
  readonly low: ArrayLike<number>
  /** Close prices. */
  readonly close: ArrayLike<number>
}

/** A benchmark drawn against the equity curve (see {@link TearsheetInput.benchmark}). */
export interface TearsheetBenchmark {
  /** Legend label (plain text; escaped). Default `'Benchmark'`. */
  readonly name?: string
  /** Times, epoch ms UTC, strictly ascending. */
  readonly time: ArrayLike<number>
  /** Value at each time (price or index level, any unit: the series is rescaled to the starting equity). */
  readonly value: ArrayLike<number>
}

/** What {@link renderTearsheet} reports on. */
export interface TearsheetInput {
  /** Report title (plain text; escaped). */
  title: string
  /** Equity per bar; see {@link EquityCurve}. */
  equity: EquityCurve
  /** Closed trades, listed and marked on the price chart. */
  trades: readonly TearsheetTrade[]
  /** Prices of the traded instrument for the candlestick chart (and buy & hold when they align with `equity`). */
  bars?: TearsheetBars
  /**
   * Benchmark value series (any price or index level) drawn against the equity curve, rescaled to start at the
   * starting equity. Default: buy & hold of `bars.close`, when `bars` is given.
   */
  benchmark?: TearsheetBenchmark
  /** Precomputed statistics; computed with {@link tradeStats} (prices = `bars.close` when aligned) when omitted. */
  stats?: TradeStats
}

/** Options of {@link renderTearsheet}. */
export interface RenderTearsheetOptions {
  /**
   * Source text of lightweight-charts' standalone build (`dist/lightweight-charts.standalone.production.js`, v5),
   * inlined so the report opens offline. In Node, `renderTearsheetFile` / `readChartLibrary` from
   * `@aitrade/analytics/node` supply it; in a browser, fetch or bundle the file as text.
   */
  chartLibrary: string
  /**
   * Window of the rolling Sharpe ratio and volatility, in return periods (days for intraday and daily bars). Default
   * `126` (six months of trading days, pyfolio's default).
   */
  rollingWindow?: number
  /** Number of drawdown periods in the table. Default `5` (pyfolio's tearsheet). */
  topDrawdowns?: number
}

const SEC = 1000

function toNum(x: NumberLike | undefined): number {
  return x === undefined ? Number.NaN : typeof x === 'number' ? x : x.toNumber()
}

function metricRows(s: TradeStats): [string, string][] {
  return [
    ['Start', date(s.start)],
    ['End', date(s.end)],
    ['Duration', duration(s.duration)],
    ['Exposure time', pct(s.exposureTime)],
    ['Equity final', num(s.equityFinal)],
    ['Equity peak', num(s.equityPeak)],
    ['Fees', num(s.fees)],
    ['Return', pct(s.return)],
    ['Buy & hold return', pct(s.buyAndHoldReturn)],
    ['Annual return', pct(s.annualReturn)],
    ['Annual volatility', pct(s.annualVolatility)],
    ['CAGR', pct(s.cagr)],
    ['Sharpe ratio', num(s.sharpeRatio)],
    ['Sortino ratio', num(s.sortinoRatio)],
    ['Calmar ratio', num(s.calmarRatio)],
    ['Alpha', pct(s.alpha)],
    ['Beta', num(s.beta, 3)],
    ['Max. drawdown', pct(s.maxDrawdown)],
    ['Avg. drawdown', pct(s.avgDrawdown)],
    ['Max. drawdown duration', duration(s.maxDrawdownDuration)],
    ['Avg. drawdown duration', duration(s.avgDrawdownDuration)],
    ['Trades', String(s.tradeCount)],
    ['Win rate', pct(s.winRate)],
    ['Best trade', pct(s.bestTrade)],
    ['Worst trade', pct(s.worstTrade)],
    ['Avg. trade', pct(s.avgTrade)],
    ['Max. trade duration', duration(s.maxTradeDuration)],
    ['Avg. trade duration', duration(s.avgTradeDuration)],
    ['Profit factor', num(s.profitFactor)],
    ['Expectancy', pct(s.expectancy)],
    ['SQN', num(s.sqn)],
    ['Kelly criterion', num(s.kellyCriterion, 4)],
  ]
}

function heatColor(r: number, scale: number): string {
  if (!Number.isFinite(r) || scale === 0) return 'transparent'
  const a = Math.min(1, Math.abs(r) / scale) * 0.85 + 0.05
  return r >= 0 ? `rgba(22,163,74,${a.toFixed(3)})` : `rgba(220,38,38,${a.toFixed(3)})`
}

function heatmapHtml(returns: Float64Array, times: Float64Array): string {
  if (returns.length === 0) return '<p class="empty">Not enough data.</p>'
  const t = monthlyReturnsTable(returns, times)
  let scale = 0
  for (const row of t.months) for (const v of row) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v))
  const head = [
    'Year',
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
    'Year total',
  ]
  const rows = t.years.map((y, i) => {
    const cells = Array.from(t.months[i] as Float64Array, (v) => {
      return `<td style="background:${heatColor(v, scale)}">${Number.isFinite(v) ? (v * 100).toFixed(1) : ''}</td>`
    }).join('')
    const total = t.yearly[i] as number
    return `<tr><th>${y}</th>${cells}<td class="total">${pct(total, 1)}</td></tr>`
  })
  return `<table class="heatmap"><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.join('')}</tbody></table>`
}

function histogramSvg(returns: Float64Array): string {
  if (returns.length === 0) return '<p class="empty">Not enough data.</p>'
  const h = returnDistribution(returns, { bins: 40 })
  const w = 560
  const ht = 220
  const pad = { l: 40, r: 10, t: 10, b: 30 }
  let maxCount = 1
  for (const c of h.counts) maxCount = Math.max(maxCount, c)
  const first = h.edges[0] as number
  const last = h.edges[h.edges.length - 1] as number
  const x = (v: number) => pad.l + ((v - first) / (last - first)) * (w - pad.l - pad.r)
  const y = (c: number) => ht - pad.b - (c / maxCount) * (ht - pad.t - pad.b)
  const bars = Array.from(h.counts, (c, i) => {
    const x0 = x(h.edges[i] as number)
    const x1 = x(h.edges[i + 1] as number)
    const mid = ((h.edges[i] as number) + (h.edges[i + 1] as number)) / 2
    const fill = mid >= 0 ? '#16a34a' : '#dc2626'
    return `<rect x="${x0.toFixed(1)}" y="${y(c).toFixed(1)}" width="${Math.max(0.5, x1 - x0 - 1).toFixed(1)}" height="${(ht - pad.b - y(c)).toFixed(1)}" fill="${fill}" fill-opacity="0.75"><title>${pct(h.edges[i] as number)} … ${pct(h.edges[i + 1] as number)}: ${c}</title></rect>`
  }).join('')
  // Tick labels at the ends, zero and the half-ways, skipping any that would crowd the previous one.
  const candidates = [first, first / 2, 0, last / 2, last].filter((v) => v >= first && v <= last)
  const kept: number[] = []
  for (const v of candidates) {
    if (kept.length === 0 || x(v) - x(kept[kept.length - 1] as number) >= 60) kept.push(v)
  }
  const ticks = kept
    .map((v) => {
      const anchor = v === first ? 'start' : v === last ? 'end' : 'middle'
      return `<text x="${x(v).toFixed(1)}" y="${ht - 10}" text-anchor="${anchor}">${pct(v, 1)}</text>`
    })
    .join('')
  const zero =
    first < 0 && last > 0 ? `<line x1="${x(0)}" x2="${x(0)}" y1="${pad.t}" y2="${ht - pad.b}" class="zero"/>` : ''
  const yLabel = `<text x="${pad.l - 6}" y="${pad.t + 8}" text-anchor="end">${maxCount}</text><text x="${pad.l - 6}" y="${ht - pad.b}" text-anchor="end">0</text>`
  return `<svg class="histogram" viewBox="0 0 ${w} ${ht}" role="img" aria-label="Distribution of period returns">${bars}${zero}<line x1="${pad.l}" x2="${w - pad.r}" y1="${ht - pad.b}" y2="${ht - pad.b}" class="axis"/>${ticks}${yLabel}</svg>`
}

function drawdownTableHtml(equity: ArrayLike<number>, time: ArrayLike<number>, top: number): string {
  const rows = drawdownTable(equity, time, { top }).filter((r) => r.netDrawdown > 0)
  if (rows.length === 0) return '<p class="empty">No drawdown.</p>'
  const body = rows
    .map(
      (r, i) =>
        `<tr><td>${i + 1}</td><td>${pct(r.netDrawdown)}</td><td>${date(r.peakTime)}</td><td>${date(r.valleyTime)}</td><td>${Number.isNaN(r.recoveryTime) ? 'not recovered' : date(r.recoveryTime)}</td><td>${duration(r.duration)}</td></tr>`,
    )
    .join('')
  return `<table class="data"><thead><tr><th>#</th><th>Net drawdown</th><th>Peak</th><th>Valley</th><th>Recovery</th><th>Duration</th></tr></thead><tbody>${body}</tbody></table>`
}

function tradeListHtml(trades: readonly TearsheetTrade[]): string {
  if (trades.length === 0) return '<p class="empty">No trades.</p>'
  const body = trades
    .map((t, i) => {
      const pnl = toNum(t.pnl)
      const cls = pnl > 0 ? 'win' : pnl < 0 ? 'loss' : ''
      return `<tr><td>${i + 1}</td><td class="sym" title="${escapeHtml(t.symbol ?? '')}">${escapeHtml(t.symbol ?? '')}</td><td>${escapeHtml(t.side ?? 'long')}</td><td>${num(toNum(t.amount), 4)}</td><td>${date(t.entryTimestamp)}</td><td>${num(toNum(t.entryPrice))}</td><td>${date(t.exitTimestamp)}</td><td>${num(toNum(t.exitPrice))}</td><td class="${cls}">${num(pnl)}</td><td class="${cls}">${pct(t.pnlFraction)}</td><td>${num(toNum(t.fees))}</td><td>${duration(t.exitTimestamp - t.entryTimestamp)}</td></tr>`
    })
    .join('')
  return `<table class="data trades"><thead><tr><th>#</th><th>Symbol</th><th>Side</th><th>Amount</th><th>Entry time</th><th>Entry price</th><th>Exit time</th><th>Exit price</th><th>PnL</th><th>Return</th><th>Fees</th><th>Duration</th></tr></thead><tbody>${body}</tbody></table>`
}

function checkBars(bars: TearsheetBars): void {
  const n = bars.time.length
  for (const k of ['open', 'high', 'low', 'close'] as const) {
    if (bars[k].length !== n)
      throw new InvalidArgumentError('bars', `bars.${k} has ${bars[k].length} values, expected ${n}`)
  }
  for (let i = 1; i < n; i++) {
    if (!((bars.time[i] as number) > (bars.time[i - 1] as number))) {
      throw new InvalidArgumentError('bars', `bars.time[${i}] is not after bars.time[${i - 1}]`)
    }
  }
}

function priceData(bars: TearsheetBars, trades: readonly TearsheetTrade[], aligned: boolean) {
  const n = bars.time.length
  const candles = []
  for (let i = 0; i < n; i++) {
    candles.push({
      time: (bars.time[i] as number) / SEC,
      open: bars.open[i] as number,
      high: bars.high[i] as number,
      low: bars.low[i] as number,
      close: bars.close[i] as number,
    })
  }
  const markers: { time: number; position: string; color: string; shape: string; text: string }[] = []
  const at = (bar: number | undefined, t: number) =>
    (aligned && bar !== undefined ? (bars.time[bar] as number) : t) / SEC
  // Labels only while they stay readable; beyond that the shapes and colours carry the information.
  const labelled = trades.length <= 30
  for (const t of trades) {
    const short = t.side === 'short'
    markers.push({
      time: at(t.entryBar, t.entryTimestamp),
      position: short ? 'aboveBar' : 'belowBar',
      color: short ? '#dc2626' : '#16a34a',
      shape: short ? 'arrowDown' : 'arrowUp',
      text: labelled ? (short ? 'Short' : 'Buy') : '',
    })
    const pnl = toNum(t.pnl)
    markers.push({
      time: at(t.exitBar, t.exitTimestamp),
      position: short ? 'belowBar' : 'aboveBar',
      color: pnl >= 0 ? '#2563eb' : '#f59e0b',
      shape: 'circle',
      text: labelled ? `Exit ${pct(t.pnlFraction, 1)}` : '',
    })
  }
  markers.sort((a, b) => a.time - b.time)
  return { candles, markers }
}

const CSS = `
*{box-sizing:border-box}body{margin:0;background:#f8fafc;color:#0f172a;font:13px/1.45 -apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,Helvetica,Arial,sans-serif}
main{max-width:1200px;margin:0 auto;padding:24px}header h1{margin:0 0 4px;font-size:22px}header p{margin:0;color:#64748b}
section{background:#fff;border:1px solid #e2e8f0;border-radius:8px;padding:16px;margin-top:16px}h2{font-size:15px;margin:0 0 12px}
.metrics{display:grid;grid-template-columns:repeat(auto-fill,minmax(170px,1fr));gap:8px}
.metric{border:1px solid #f1f5f9;border-radius:6px;padding:6px 10px}.metric span{display:block;color:#64748b;font-size:11px}.metric b{font-size:15px;font-variant-numeric:tabular-nums}
.chart{height:320px;position:relative}.chart.small{height:200px}.grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}
table{border-collapse:collapse;width:100%;font-variant-numeric:tabular-nums}th,td{padding:4px 6px;text-align:right;border-bottom:1px solid #f1f5f9;white-space:nowrap}th{color:#475569;font-weight:600}
table.heatmap td{text-align:center;font-size:12px}table.heatmap td.total{font-weight:600;background:#f8fafc}
.scroll{max-height:480px;overflow:auto}td.sym{max-width:140px;overflow:hidden;text-overflow:ellipsis}.win{color:#15803d}.loss{color:#b91c1c}.empty{color:#64748b}
svg.histogram{width:100%;height:auto;font-size:10px;fill:#475569}svg .axis{stroke:#cbd5e1}svg .zero{stroke:#0f172a;stroke-dasharray:3 3}
footer{color:#94a3b8;font-size:11px;margin:16px 0}
@media (max-width:800px){.grid2{grid-template-columns:1fr}}`

/**
 * Renders a self-contained HTML tearsheet of a backtest or a live account: headline statistics
 * ({@link tradeStats}), a candlestick chart of the prices with every trade's entry and exit marked, the equity curve
 * against a benchmark, the underwater (drawdown) curve, the rolling Sharpe ratio and annualised volatility, a monthly returns heatmap with
 * yearly totals, a histogram of period returns, the worst drawdown periods and the trade list.
 *
 * The file needs no network: the charting library (TradingView lightweight-charts, Apache-2.0, its licence header
 * kept) is inlined from `options.chartLibrary`, the data is embedded as JSON, and a Content-Security-Policy forbids
 * any fetch. Every string from the input (title, symbols, benchmark name) is HTML-escaped.
 *
 * Period returns feed the heatmap, histogram and the rolling Sharpe ratio and volatility (empyrical
 * `roll_sharpe_ratio` / `roll_annual_volatility`), with backtesting.py's choice of period and annualisation: the last
 * equity of each UTC day (252 periods a year, 365 when the bars include weekends), or of each week, month or year for
 * bars 7, 31 or 365 days apart (52, 12, 1).
 *
 * @param input - Equity, trades, optional bars, benchmark and statistics; see {@link TearsheetInput}.
 * @param options - The chart library source and layout options; see {@link RenderTearsheetOptions}.
 * @returns The complete HTML document as a string (UTF-8 text).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` when `chartLibrary` is empty, `bars` or the
 *   benchmark have ragged or unsorted columns, `rollingWindow`/`topDrawdowns` is not an integer `>= 1`, or the equity or
 *   trades are rejected by {@link tradeStats}.
 *
 * @example
 * ```ts
 * import { renderTearsheet } from '@aitrade/analytics'
 * import { readChartLibrary } from '@aitrade/analytics/node'
 *
 * const day = 86_400_000
 * const html = renderTearsheet(
 *   { title: 'Demo', equity: { time: [0, day, 2 * day], equity: [100, 104, 103] }, trades: [] },
 *   { chartLibrary: readChartLibrary() },
 * )
 * html.startsWith('<!doctype html>') // true
 * ```
 * @see pyfolio `create_returns_tear_sheet` and quantstats `reports.html` (the sections);
 *   https://tradingview.github.io/lightweight-charts/ (the charts).
 */
export function renderTearsheet(input: TearsheetInput, options: RenderTearsheetOptions): string {
  if (typeof options.chartLibrary !== 'string' || options.chartLibrary.trim() === '') {
    throw new InvalidArgumentError('chartLibrary', 'must be the source text of the lightweight-charts standalone build')
  }
  const rollWindow = options.rollingWindow ?? 126
  if (!Number.isInteger(rollWindow) || rollWindow < 1) {
    throw new InvalidArgumentError('rollingWindow', `must be an integer >= 1, got ${rollWindow}`)
  }
  const top = options.topDrawdowns ?? 5
  if (!Number.isInteger(top) || top < 1)
    throw new InvalidArgumentError('topDrawdowns', `must be an integer >= 1, got ${top}`)
  const { time, equity } = input.equity
  const bars = input.bars
  if (bars !== undefined) checkBars(bars)
  const aligned =
    bars !== undefined &&
    bars.time.length === time.length &&
    (bars.time[0] as number) === (time[0] as number) &&
    (bars.time[time.length - 1] as number) === (time[time.length - 1] as number)
  const stats =
    input.stats ?? tradeStats(input.trades, input.equity, aligned && bars !== undefined ? { prices: bars.close } : {})
  const n = time.length

  // Period returns (daily, or weekly/monthly/yearly for bars that far apart) for the heatmap, histogram and rolling
  // metrics, annualised as backtesting.py does.
  const { rule, periodsPerYear } = periodCalendar(time)
  const sampled = lastPerBucket(time, equity, rule)
  const dn = sampled.values.length
  const periodReturns = new Float64Array(Math.max(0, dn - 1))
  const periodTimes = new Float64Array(Math.max(0, dn - 1))
  for (let i = 1; i < dn; i++) {
    periodReturns[i - 1] = (sampled.values[i] as number) / (sampled.values[i - 1] as number) - 1
    periodTimes[i - 1] = sampled.time[i] as number
  }
  const rolling: { time: number; value: number }[] = []
  const rollingVol: { time: number; value: number }[] = []
  if (periodReturns.length >= rollWindow) {
    const roll = { window: rollWindow, annualization: periodsPerYear }
    const rs = rollSharpeRatio(periodReturns, roll)
    const rv = rollAnnualVolatility(periodReturns, roll)
    for (let i = 0; i < rs.length; i++) {
      const t = (periodTimes[i + rollWindow - 1] as number) / SEC
      if (Number.isFinite(rs[i] as number)) rolling.push({ time: t, value: rs[i] as number })
      if (Number.isFinite(rv[i] as number)) rollingVol.push({ time: t, value: (rv[i] as number) * 100 })
    }
  }

  const uw = underwater(equity)
  const equityData = []
  const underwaterData = []
  for (let i = 0; i < n; i++) {
    equityData.push({ time: (time[i] as number) / SEC, value: equity[i] as number })
    underwaterData.push({ time: (time[i] as number) / SEC, value: (uw[i] as number) * 100 })
  }
  const benchmarkSource =
    input.benchmark ?? (bars !== undefined ? { name: 'Buy & hold', time: bars.time, value: bars.close } : undefined)
  let benchmark: { name: string; data: { time: number; value: number }[] } | undefined
  if (benchmarkSource !== undefined) {
    const bt = benchmarkSource.time
    const bv = benchmarkSource.value
    if (bt.length !== bv.length) {
      throw new InvalidArgumentError('benchmark', `time (${bt.length}) and value (${bv.length}) lengths differ`)
    }
    // rescale to the starting equity at the first benchmark point at or after the first equity bar
    let k = 0
    while (k < bt.length && (bt[k] as number) < (time[0] as number)) k++
    const base = bv[k] as number
    const data = []
    for (let i = k; i < bt.length; i++) {
      if (i > k && !((bt[i] as number) > (bt[i - 1] as number))) {
        throw new InvalidArgumentError('benchmark', `time[${i}] is not after time[${i - 1}]`)
      }
      const v = ((bv[i] as number) / base) * (equity[0] as number)
      if (Number.isFinite(v)) data.push({ time: (bt[i] as number) / SEC, value: v })
    }
    benchmark = { name: benchmarkSource.name ?? 'Benchmark', data }
  }
  const periodName = rule === 'D' ? 'daily' : rule === 'W' ? 'weekly' : rule === 'M' ? 'monthly' : 'yearly'
  const unit = rule === 'D' ? 'd' : rule === 'W' ? 'w' : rule === 'M' ? 'mo' : 'y'
  const intraday = n > 1 && (time[n - 1] as number) - (time[0] as number) < (n - 1) * 86_400_000 * 0.9
  const data = {
    intraday,
    price: bars !== undefined ? priceData(bars, input.trades, aligned) : undefined,
    equity: equityData,
    benchmark,
    underwater: underwaterData,
    rollingSharpe: rolling,
    rollingSharpeTitle: `Sharpe (${rollWindow} ${unit})`,
    rollingVolatility: rollingVol,
    rollingVolatilityTitle: `Volatility (${rollWindow} ${unit})`,
    equityPrecision: Math.abs(equity[0] as number) >= 1000 ? 0 : 2,
  }

  const title = escapeHtml(input.title)
  const metrics = metricRows(stats)
    .map(([k, v]) => `<div class="metric"><span>${k}</span><b>${v}</b></div>`)
    .join('')
  const priceSection =
    bars !== undefined ? `<section><h2>Price and trades</h2><div class="chart" id="chart-price"></div></section>` : ''
  const rollingSection =
    rolling.length > 0
      ? `<div class="chart small" id="chart-sharpe"></div>`
      : `<p class="empty">Fewer than ${rollWindow} period returns: no rolling Sharpe.</p>`
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; img-src data:">
<title>${title}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header><h1>${title}</h1><p>${date(stats.start)} → ${date(stats.end)} · ${n} bars · ${stats.tradeCount} trades</p></header>
<section><h2>Statistics</h2><div class="metrics">${metrics}</div></section>
${priceSection}
<section><h2>Equity${benchmark ? ` vs ${escapeHtml(benchmark.name)}` : ''}</h2><div class="chart" id="chart-equity"></div></section>
<section class="grid2"><div><h2>Underwater (drawdown)</h2><div class="chart small" id="chart-underwater"></div></div><div><h2>Rolling Sharpe ratio and volatility</h2>${rollingSection}</div></section>
<section><h2>Monthly returns (%)</h2>${heatmapHtml(periodReturns, periodTimes)}</section>
<section class="grid2"><div><h2>Return distribution (${periodName})</h2>${histogramSvg(periodReturns)}</div><div><h2>Worst drawdowns</h2>${drawdownTableHtml(equity, time, top)}</div></section>
<section><h2>Trades</h2><div class="scroll">${tradeListHtml(input.trades)}</div></section>
<footer>Generated by @aitrade/analytics. Statistics follow backtesting.py 0.6 (see the tradeStats docs); drawdowns follow pyfolio. Charts: TradingView Lightweight Charts™ (Apache-2.0).</footer>
</main>
<script type="application/json" id="tearsheet-data">${jsonForScript(data)}</script>
<script>${scriptForHtml(options.chartLibrary)}</script>
<script>${TEARSHEET_SCRIPT}</script>
</body>
</html>
`
}
