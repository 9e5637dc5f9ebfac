import { parseArgs } from 'node:util'
import { PROP_FIRM_PRESET_NAMES } from '@aitrade/risk'
import { UsageError } from './usageError.js'

/** The semantics a run follows. */
export type Semantics = 'aitrade' | 'backtesting.py' | 'backtrader'

/** One `--optimize name=from:to:step` range. */
export interface OptimizeRange {
  readonly name: string
  readonly from: number
  readonly to: number
  readonly step: number
}

/** Parsed command line of `aitrade-backtest`. */
export interface CliArgs {
  readonly data: string | undefined
  readonly symbol: string | undefined
  readonly strategy: string
  readonly params: Readonly<Record<string, string>>
  readonly cash: number
  readonly commission: number
  readonly semantics: Semantics
  readonly risk: string | undefined
  readonly optimize: readonly OptimizeRange[]
  /** `tradeStats` field the optimizer and walk-forward maximize; default `sqn` (backtesting.py's default). */
  readonly maximize: string
  readonly walkForward: { readonly inSample: number; readonly outOfSample: number } | undefined
  readonly json: string | undefined
  readonly report: string | undefined
  readonly help: boolean
}

/** Usage text printed by `--help`. */
export const USAGE = `Usage: aitrade-backtest [--data <csv>] [--symbol GOOG] --strategy <name | path to module>
    [--param name=value …] [--cash 10000] [--commission 0.002] [--semantics aitrade|backtesting.py|backtrader]
    [--risk <preset name | rules.json>] [--optimize name=from:to:step …] [--maximize sqn]
    [--walk-forward in=<bars>,out=<bars>]
    [--json out.json] [--report out.html]

  --data          bars in any layout the core loaders detect; default GOOG.csv from ../shared/data, else daily
                  BTC/USDT candles downloaded once through ccxt (cached in ~/.cache/aitrade)
  --symbol        symbol of the data (default from the file name: Coinbase_BTCUSD_1h.csv → BTC/USD)
  --strategy      a built-in name (below) or a .js/.mjs module exporting createStrategy(params, env) or a Strategy
  --param         a strategy parameter, repeatable
  --cash          starting cash in the quote currency; --commission: fraction of each fill's notional
  --semantics     aitrade (default): margin account at leverage 1, next-open fills, whole units for stocks and
                  1e-8 steps for crypto, open trades closed at the end; backtesting.py / backtrader: that engine's rules
  --risk          a prop-firm preset (${PROP_FIRM_PRESET_NAMES.join(', ')}) scaled to --cash, or a rules file
  --optimize      grid range of a parameter, repeatable; runs on worker threads and keeps the best set
  --maximize      tradeStats field the optimizer and walk-forward maximize (sqn, sharpeRatio, return, …)
  --walk-forward  rolling windows: optimize on "in" bars, test on the next "out" bars, stitch the tests
  --json          write { stats, trades, equity, challenge? }; --report: write the HTML tearsheet`

const SEMANTICS: readonly Semantics[] = ['aitrade', 'backtesting.py', 'backtrader']

function number(flag: string, text: string, check: (x: number) => boolean, domain: string): number {
  const x = Number(text)
  if (text.trim() === '' || !Number.isFinite(x) || !check(x))
    throw new UsageError(`--${flag}: expected ${domain}, got "${text}"`)
  return x
}

/**
 * Parses and validates the command line.
 *
 * @param argv - Arguments after the program name.
 * @throws {@link UsageError} naming the flag and what is wrong.
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let v: ReturnType<typeof parse>
  try {
    v = parse(argv)
  } catch (e) {
    throw new UsageError((e as Error).message.split('\n')[0]!.replace(/^Unknown option/, 'unknown option'))
  }
  const o = v.values
  const help = o.help === true
  if (!help && o.strategy === undefined) throw new UsageError('--strategy is required (e.g. --strategy sma-cross)')
  if (v.positionals.length > 0) throw new UsageError(`unexpected argument "${v.positionals[0]}"`)
  const params: Record<string, string> = {}
  for (const p of o.param ?? []) {
    const m = /^([A-Za-z_][\w]*)=(.+)$/.exec(p)
    if (!m) throw new UsageError(`--param: expected name=value, got "${p}"`)
    params[m[1]!] = m[2]!
  }
  const semantics = (o.semantics ?? 'aitrade') as Semantics
  if (!SEMANTICS.includes(semantics))
    throw new UsageError(`--semantics: expected one of ${SEMANTICS.join(', ')}, got "${o.semantics}"`)
  const optimize = (o.optimize ?? []).map((spec) => {
    const m = /^([A-Za-z_][\w]*)=([^:]+):([^:]+):([^:]+)$/.exec(spec)
    if (!m) throw new UsageError(`--optimize: expected name=from:to:step, got "${spec}"`)
    const from = number('optimize', m[2]!, () => true, 'a number')
    const to = number('optimize', m[3]!, (x) => x >= from, `a number >= ${from}`)
    const step = number('optimize', m[4]!, (x) => x > 0, 'a step > 0')
    return { name: m[1]!, from, to, step }
  })
  let walkForward: CliArgs['walkForward']
  if (o['walk-forward'] !== undefined) {
    const m = /^in=(\d+),out=(\d+)$/.exec(o['walk-forward'])
    if (!m) throw new UsageError(`--walk-forward: expected in=<bars>,out=<bars>, got "${o['walk-forward']}"`)
    walkForward = { inSample: Number(m[1]), outOfSample: Number(m[2]) }
    if (walkForward.inSample < 2 || walkForward.outOfSample < 1)
      throw new UsageError('--walk-forward: in must be >= 2 and out >= 1 bars')
  }
  return {
    data: o.data,
    symbol: o.symbol,
    strategy: o.strategy ?? '',
    params,
    cash: number('cash', o.cash ?? '10000', (x) => x > 0, 'a positive amount'),
    commission: number('commission', o.commission ?? '0', (x) => x >= 0 && x < 1, 'a fraction in [0, 1)'),
    semantics,
    risk: o.risk,
    optimize,
    maximize: o.maximize ?? 'sqn',
    walkForward,
    json: o.json,
    report: o.report,
    help,
  }
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      data: { type: 'string' },
      symbol: { type: 'string' },
      strategy: { type: 'string' },
      param: { type: 'string', multiple: true },
      cash: { type: 'string' },
      commission: { type: 'string' },
      semantics: { type: 'string' },
      risk: { type: 'string' },
      optimize: { type: 'string', multiple: true },
      maximize: { type: 'string' },
      'walk-forward': { type: 'string' },
      json: { type: 'string' },
      report: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
}
