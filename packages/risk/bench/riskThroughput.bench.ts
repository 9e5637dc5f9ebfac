// Throughput of the risk layer on a real path: Coinbase BTC/USD hourly closes (20 111 rows, newest-first in the file)
// drive the equity of a 100 000 USD account holding 1 BTC; every bar is one snapshot.
// Run: npm run bench -w @aitrade/risk
// Reference: the same daily-loss bookkeeping written naively, calling Intl.DateTimeFormat.formatToParts on every
// snapshot (what the evaluator avoids by caching the current trading day).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { AccountSchema, Decimal, OrderRequestSchema, parseBarsCsv } from '@aitrade/core'
import { bench, run, summary } from 'mitata'
import { createPersonalRisk, personalTraderLimits } from '../src/presets/personalTraderLimits.js'
import { ChallengeEvaluator } from '../src/prop/challengeEvaluator.js'

const bars = parseBarsCsv(
  readFileSync(fileURLToPath(new URL('../../../../shared/data/Coinbase_BTCUSD_1h.csv', import.meta.url)), 'utf8'),
)
const rows = Array.from(bars.time, (time, i) => ({ time, close: bars.close[i]! }))
const p0 = rows[0]!.close
const snaps = rows.map((r) => ({ time: r.time, balance: 100_000, equity: 100_000 + (r.close - p0) }))

function evaluator(): number {
  const ev = new ChallengeEvaluator({
    initialBalance: 100_000,
    timeZone: 'Europe/Prague',
    maxDailyLoss: { fraction: 0.05 },
    maxLoss: { amount: 1e12, mode: 'trailingIntraday' },
  })
  for (const s of snaps) ev.update(s)
  return ev.violations.length
}

const fmt = new Intl.DateTimeFormat('en-US', {
  timeZone: 'Europe/Prague',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
})
function naive(): number {
  let day = ''
  let anchor = 100_000
  let last = 100_000
  let breaches = 0
  for (const s of snaps) {
    const key = fmt
      .formatToParts(s.time)
      .map((p) => p.value)
      .join('')
    if (key !== day) {
      day = key
      anchor = last
    }
    if (s.equity < anchor - 5_000) breaches++
    last = s.balance
  }
  return breaches
}

const { gate } = createPersonalRisk(personalTraderLimits(), { initialBalance: 100_000 })
const account = AccountSchema.parse({
  currency: 'USD',
  balance: '100000',
  equity: '100000',
  margin: '0',
  freeMargin: '100000',
  marginLevel: 1e9,
  leverage: 1,
  timestamp: 0,
})
const ctx = { time: 0, account, positions: [], openOrders: [], price: new Decimal(100) }
const o = OrderRequestSchema.parse({
  symbol: 'XYZ',
  side: 'buy',
  type: 'market',
  amount: '1500',
  stopLoss: { price: '98' },
  takeProfit: { price: '104' },
})

summary(() => {
  bench(`ChallengeEvaluator.update × ${snaps.length}`, () => evaluator())
  bench(`naive formatToParts per snapshot × ${snaps.length}`, () => naive())
})
bench('personal-trader gate.check (6 checks, resize)', () => gate.check(o, ctx))

await run()
