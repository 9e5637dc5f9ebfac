import { readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { markdownBlocks, repoRoot, typeCheckBlocks, writeModules } from '../../../test-support/typeCheck.js'

// The README's quick start must be the exact program that runs: its ```ts block is written to a module, type-checked
// with the repository's compiler options, run from the repository root, and its printed statistics compared with a
// reference computed here by hand from the CSV rows.
const here = dirname(fileURLToPath(import.meta.url))
const root = repoRoot
const tmp = join(here, '..', '.readme-tmp')
const readme = readFileSync(join(root, 'README.md'), 'utf8')
const section = readme.slice(readme.indexOf('## Quick start'))
const block = markdownBlocks(section, 'quickStart')[0]!
const snippet = block.code

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** TA-Lib's RSI: Wilder's smoothing seeded with the simple average of the first `period` changes. */
function rsi(close: readonly number[], period: number): number[] {
  const out = close.map(() => Number.NaN)
  let gain = 0
  let loss = 0
  for (let i = 1; i < close.length; i++) {
    const d = close[i]! - close[i - 1]!
    if (i <= period) {
      gain += Math.max(d, 0) / period
      loss += Math.max(-d, 0) / period
    } else {
      gain = (gain * (period - 1) + Math.max(d, 0)) / period
      loss = (loss * (period - 1) + Math.max(-d, 0)) / period
    }
    if (i >= period) out[i] = gain + loss === 0 ? 0 : (100 * gain) / (gain + loss)
  }
  return out
}

function sma(close: readonly number[], period: number): number[] {
  return close.map((_, i) =>
    i < period - 1 ? Number.NaN : close.slice(i - period + 1, i + 1).reduce((a, b) => a + b, 0) / period,
  )
}

describe('README quick start', () => {
  it('is 15 lines or fewer', () => {
    expect(snippet.split('\n').length).toBeLessThanOrEqual(15)
  })

  it('type-checks', () => {
    expect(typeCheckBlocks([block], tmp)).toEqual([])
  }, 60_000)

  it('runs from the repository root and prints the statistics of the hand-computed trades', async () => {
    const file = writeModules([block], tmp, '.run')[0]!
    const log = vi.spyOn(console, 'log').mockImplementation(() => {})
    const cwd = process.cwd()
    process.chdir(root)
    let printed: unknown[][]
    try {
      await import(file)
    } finally {
      printed = [...log.mock.calls]
      process.chdir(cwd)
      log.mockRestore()
    }
    expect(printed).toHaveLength(1)
    const stats = printed[0]![0] as Record<string, number>

    // Reference: signals on each close, market orders filled at the next open, 10 shares, no fees, the open position
    // closed at the last close.
    const rows = readFileSync(join(root, '..', 'shared', 'data', 'GOOG.csv'), 'utf8')
      .trim()
      .split('\n')
      .slice(1)
    const open = rows.map((r) => Number(r.split(',')[1]))
    const close = rows.map((r) => Number(r.split(',')[4]))
    const trend = sma(close, 100)
    const momentum = rsi(close, 14)
    let held = false
    let entry = 0
    const pnl: number[] = []
    for (let i = 0; i + 1 < close.length; i++) {
      if (!held && close[i]! > trend[i]! && momentum[i]! < 45) {
        held = true
        entry = open[i + 1]!
      } else if (held && momentum[i]! > 70) {
        held = false
        pnl.push(10 * (open[i + 1]! - entry))
      }
    }
    if (held) pnl.push(10 * (close.at(-1)! - entry))

    expect(pnl.length).toBeGreaterThan(3)
    expect(stats.tradeCount).toBe(pnl.length)
    expect(stats.equityFinal).toBeCloseTo(10_000 + pnl.reduce((a, b) => a + b, 0), 6)
    expect(stats.winRate).toBeCloseTo(pnl.filter((p) => p > 0).length / pnl.length, 12)
  })
})
