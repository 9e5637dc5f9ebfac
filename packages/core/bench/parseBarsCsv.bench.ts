// Loader speed on the largest shared file (Coinbase_BTCUSD_1h.csv, 20 111 rows, 1.4 MB, newest-first).
// Run: npm run bench -w @aitrade/core
// No CSV library is a dependency, so the reference is the naive split/Number/Date.parse baseline that a
// user would otherwise write (no validation, no date forms beyond ISO).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { bench, run, summary } from 'mitata'
import { parseBarsCsv } from '../src/csv/parseBarsCsv.js'

const path = fileURLToPath(new URL('../../../../shared/data/Coinbase_BTCUSD_1h.csv', import.meta.url))
const text = readFileSync(path, 'utf8')
const eurusd = readFileSync(fileURLToPath(new URL('../../../../shared/data/EURUSD.csv', import.meta.url)), 'utf8')

function naive(csv: string): number {
  const lines = csv.split('\n')
  let sum = 0
  for (let i = 1; i < lines.length; i++) {
    const f = lines[i]!.split(',')
    if (f.length < 6) continue
    sum += Date.parse(f[0]!) + Number(f[1]) + Number(f[2]) + Number(f[3]) + Number(f[4]) + Number(f[5])
  }
  return sum
}

summary(() => {
  bench('parseBarsCsv Coinbase_BTCUSD_1h.csv (20 111 rows)', () => parseBarsCsv(text))
  bench('parseBarsCsv EURUSD.csv (5 000 rows)', () => parseBarsCsv(eurusd))
  bench('naive split + Date.parse EURUSD.csv (no checks)', () => naive(eurusd))
})

await run()
