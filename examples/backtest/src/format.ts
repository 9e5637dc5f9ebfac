import type { TradeStats } from '@aitrade/analytics'

const DAY = 86_400_000

/** How each `tradeStats` field is printed: label as backtesting.py prints it, and a formatter. */
const ROWS: readonly [keyof TradeStats, string, (x: number) => string][] = [
  ['start', 'Start', date],
  ['end', 'End', date],
  ['duration', 'Duration', days],
  ['exposureTime', 'Exposure Time [%]', pct],
  ['equityFinal', 'Equity Final [$]', money],
  ['equityPeak', 'Equity Peak [$]', money],
  ['fees', 'Commissions [$]', money],
  ['return', 'Return [%]', pct],
  ['buyAndHoldReturn', 'Buy & Hold Return [%]', pct],
  ['annualReturn', 'Return (Ann.) [%]', pct],
  ['annualVolatility', 'Volatility (Ann.) [%]', pct],
  ['cagr', 'CAGR [%]', pct],
  ['sharpeRatio', 'Sharpe Ratio', fixed(2)],
  ['sortinoRatio', 'Sortino Ratio', fixed(2)],
  ['calmarRatio', 'Calmar Ratio', fixed(2)],
  ['alpha', 'Alpha [%]', pct],
  ['beta', 'Beta', fixed(2)],
  ['maxDrawdown', 'Max. Drawdown [%]', pct],
  ['avgDrawdown', 'Avg. Drawdown [%]', pct],
  ['maxDrawdownDuration', 'Max. Drawdown Duration', days],
  ['avgDrawdownDuration', 'Avg. Drawdown Duration', days],
  ['tradeCount', '# Trades', (x) => String(x)],
  ['winRate', 'Win Rate [%]', pct],
  ['bestTrade', 'Best Trade [%]', pct],
  ['worstTrade', 'Worst Trade [%]', pct],
  ['avgTrade', 'Avg. Trade [%]', pct],
  ['maxTradeDuration', 'Max. Trade Duration', days],
  ['avgTradeDuration', 'Avg. Trade Duration', days],
  ['profitFactor', 'Profit Factor', fixed(2)],
  ['expectancy', 'Expectancy [%]', pct],
  ['sqn', 'SQN', fixed(2)],
  ['kellyCriterion', 'Kelly Criterion', fixed(4)],
]

function date(ms: number): string {
  return Number.isFinite(ms) ? new Date(ms).toISOString().replace('T', ' ').slice(0, 19) : 'NaN'
}
function days(ms: number): string {
  return Number.isFinite(ms) ? `${Math.round(ms / DAY)} days` : 'NaN'
}
function pct(x: number): string {
  return Number.isFinite(x) ? (x * 100).toFixed(2) : String(x)
}
function money(x: number): string {
  return Number.isFinite(x) ? x.toFixed(2) : String(x)
}
function fixed(d: number): (x: number) => string {
  return (x) => (Number.isFinite(x) ? x.toFixed(d) : String(x))
}

/**
 * The statistics as a two-column table in backtesting.py's layout (labels and units as it prints them: percents for
 * the `[%]` rows, days for durations) so that both outputs can be compared line by line.
 */
export function formatStats(stats: TradeStats, title?: string): string {
  const lines = ROWS.map(([key, label, f]) => [label, f(stats[key] as number)] as const)
  const w = Math.max(...lines.map(([l, v]) => l.length + v.length)) + 4
  const body = lines.map(([l, v]) => l + ' '.repeat(w - l.length - v.length) + v)
  return (title ? [title, '-'.repeat(w), ...body] : body).join('\n')
}
