import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { launchChromium } from '../../../../test-support/chromium.js'
import { heatmapSvg } from './heatmapSvg.js'
import type { Heatmap } from './optimizationHeatmap.js'

const heatmap: Heatmap = {
  xName: 'fast',
  yName: 'kind <a&b>',
  valueName: 'sharpeRatio',
  xValues: [5, 10, 15],
  yValues: ['sma', 'ema'],
  z: [
    [0.2, 1.4, Number.NaN],
    [-0.6, 0.4, 0.8],
  ],
}

describe('heatmapSvg', () => {
  it('renders in Chromium as valid SVG: viridis ends at min/max, grey where no value, escaped text', {
    timeout: 90_000,
  }, async () => {
    const svg = heatmapSvg(heatmap, { title: 'Sharpe <ratio>' })
    const dir = mkdtempSync(join(tmpdir(), 'aitrade-heatmap-'))
    const file = join(dir, 'heatmap.svg')
    writeFileSync(file, svg)
    const browser = await launchChromium()
    try {
      const page = await browser.newPage()
      await page.goto(pathToFileURL(file).href)
      const info = await page.evaluate<{
        parseError: boolean
        cells: Record<string, string>
        texts: string[]
      }>(`(() => {
        const cells = {}
        for (const r of document.querySelectorAll('rect')) {
          const t = r.querySelector('title')
          if (t) cells[t.textContent] = r.getAttribute('fill')
        }
        return {
          parseError: document.querySelector('parsererror') !== null,
          cells,
          texts: [...document.querySelectorAll('text')].map((t) => t.textContent),
        }
      })()`)
      await page.screenshot({ path: join(dir, 'heatmap.png') })
      expect(info.parseError).toBe(false)
      expect(Object.keys(info.cells)).toHaveLength(6)
      // matplotlib viridis: 0 → #440154, 1 → #fde725; the middle stop (0.5) is #21918c
      expect(info.cells['fast=10, kind <a&b>=sma: 1.4']).toBe('#fde725')
      expect(info.cells['fast=5, kind <a&b>=ema: -0.6']).toBe('#440154')
      expect(info.cells['fast=10, kind <a&b>=ema: 0.4']).toBe('#21918c')
      expect(info.cells['fast=15, kind <a&b>=sma: no run']).toBe('#e5e5e5')
      expect(info.texts).toContain('Sharpe <ratio>')
      expect(info.texts).toContain('kind <a&b>')
    } finally {
      await browser.close()
    }
  })

  it('rejects a grid that does not match its axes', () => {
    try {
      heatmapSvg({ ...heatmap, z: [[1, 2, 3]] })
      expect.unreachable()
    } catch (e) {
      expect(isAitradeError(e) && e.details.argument).toBe('heatmap')
    }
  })
})
