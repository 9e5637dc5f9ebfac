import { InvalidArgumentError } from '@aitrade/core'
import type { Heatmap } from './optimizationHeatmap.js'

/** Options of {@link heatmapSvg}. */
export interface HeatmapSvgOptions {
  /** Title above the map; default `"<valueName> by <xName> and <yName>"`. */
  title?: string
  /** How values print in cells, the colour bar and tooltips; default 3 significant digits. Use e.g. `v => (v * 100).toFixed(1) + ' %'` for fractions. */
  format?: (value: number) => string
  /** Maximum width of the cell area, px; default 640. */
  maxWidth?: number
  /** Maximum height of the cell area, px; default 480. */
  maxHeight?: number
}

/** matplotlib's viridis at 0, 0.25, 0.5, 0.75, 1 (perceptually uniform, readable in grey and by colour-blind readers). */
const VIRIDIS: readonly (readonly [number, number, number])[] = [
  [0x44, 0x01, 0x54],
  [0x3b, 0x52, 0x8b],
  [0x21, 0x91, 0x8c],
  [0x5e, 0xc9, 0x62],
  [0xfd, 0xe7, 0x25],
]

function color(t: number): [string, boolean] {
  const u = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1)
  const i = Math.min(VIRIDIS.length - 2, Math.floor(u))
  const f = u - i
  const a = VIRIDIS[i] as readonly number[]
  const b = VIRIDIS[i + 1] as readonly number[]
  const c = a.map((v, k) => Math.round(v + ((b[k] as number) - v) * f))
  const hex = `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`
  // Relative luminance decides the label colour.
  const lum = 0.2126 * (c[0] as number) + 0.7152 * (c[1] as number) + 0.0722 * (c[2] as number)
  return [hex, lum > 140]
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
}

function defaultFormat(v: number): string {
  return Number.isFinite(v) ? String(Number(v.toPrecision(3))) : String(v)
}

/**
 * Renders a {@link Heatmap} as a standalone SVG document (viridis colour scale, smallest `y` at the bottom, a colour
 * bar, the value in each cell when cells are large enough, a tooltip per cell, grey cells where there is no value),
 * ready to write to a `.svg` file or inline into an HTML report.
 *
 * @param heatmap - The grid from {@link optimizationHeatmap}.
 * @param options - Title, number format and size limits; see {@link HeatmapSvgOptions}.
 * @returns An SVG document as a string (`<svg xmlns=…>…</svg>`).
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` naming `heatmap` when `z` does not match the
 *   axes, or `maxWidth`/`maxHeight` when not > 0.
 *
 * @example
 * ```ts
 * import { heatmapSvg, type Heatmap } from '@aitrade/backtest'
 *
 * const h: Heatmap = { xName: 'fast', yName: 'slow', valueName: 'sharpeRatio', xValues: [5, 10], yValues: [20, 30], z: [[0.4, 0.6], [0.5, 0.7]] }
 * const svg = heatmapSvg(h, { title: 'Sharpe ratio' })
 * ```
 * @see matplotlib's viridis colormap (van der Walt, Smith, https://bids.github.io/colormap/).
 */
export function heatmapSvg(heatmap: Heatmap, options: HeatmapSvgOptions = {}): string {
  const { xValues, yValues, z } = heatmap
  if (z.length !== yValues.length || z.some((row) => row.length !== xValues.length))
    throw new InvalidArgumentError('heatmap', `z must be ${yValues.length} rows of ${xValues.length} values`)
  const maxW = options.maxWidth ?? 640
  const maxH = options.maxHeight ?? 480
  if (!(maxW > 0)) throw new InvalidArgumentError('maxWidth', 'must be > 0')
  if (!(maxH > 0)) throw new InvalidArgumentError('maxHeight', 'must be > 0')
  const fmt = options.format ?? defaultFormat
  const nx = Math.max(1, xValues.length)
  const ny = Math.max(1, yValues.length)
  const cw = Math.max(4, Math.min(64, Math.floor(maxW / nx)))
  const ch = Math.max(4, Math.min(40, Math.floor(maxH / ny)))
  const left = 78
  const top = 44
  const gridW = cw * nx
  const gridH = ch * ny
  const width = left + gridW + 110
  const height = top + gridH + 56
  let lo = Number.POSITIVE_INFINITY
  let hi = Number.NEGATIVE_INFINITY
  for (const row of z)
    for (const v of row)
      if (Number.isFinite(v)) {
        lo = Math.min(lo, v)
        hi = Math.max(hi, v)
      }
  const span = hi > lo ? hi - lo : 1
  const showText = cw >= 40 && ch >= 16
  const title = options.title ?? `${heatmap.valueName} by ${heatmap.xName} and ${heatmap.yName}`
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif" font-size="11">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${left + gridW / 2}" y="24" text-anchor="middle" font-size="14" font-weight="600">${esc(title)}</text>`,
  )
  for (let yi = 0; yi < yValues.length; yi++) {
    const py = top + (ny - 1 - yi) * ch
    for (let xi = 0; xi < xValues.length; xi++) {
      const v = z[yi]?.[xi] as number
      const px = left + xi * cw
      const tip = `${heatmap.xName}=${String(xValues[xi])}, ${heatmap.yName}=${String(yValues[yi])}: ${Number.isFinite(v) ? fmt(v) : 'no run'}`
      if (!Number.isFinite(v)) {
        out.push(
          `<rect x="${px}" y="${py}" width="${cw}" height="${ch}" fill="#e5e5e5"><title>${esc(tip)}</title></rect>`,
        )
        continue
      }
      const [fill, light] = color((v - lo) / span)
      out.push(
        `<rect x="${px}" y="${py}" width="${cw}" height="${ch}" fill="${fill}"><title>${esc(tip)}</title></rect>`,
      )
      if (showText)
        out.push(
          `<text x="${px + cw / 2}" y="${py + ch / 2 + 4}" text-anchor="middle" fill="${light ? '#111' : '#fff'}" pointer-events="none">${esc(fmt(v))}</text>`,
        )
    }
  }
  out.push(`<rect x="${left}" y="${top}" width="${gridW}" height="${gridH}" fill="none" stroke="#888"/>`)
  // Tick labels, thinned so they never overlap.
  const xEvery = Math.max(1, Math.ceil(34 / cw))
  for (let xi = 0; xi < xValues.length; xi += xEvery)
    out.push(
      `<text x="${left + xi * cw + cw / 2}" y="${top + gridH + 15}" text-anchor="middle">${esc(String(xValues[xi]))}</text>`,
    )
  const yEvery = Math.max(1, Math.ceil(14 / ch))
  for (let yi = 0; yi < yValues.length; yi += yEvery)
    out.push(
      `<text x="${left - 6}" y="${top + (ny - 1 - yi) * ch + ch / 2 + 4}" text-anchor="end">${esc(String(yValues[yi]))}</text>`,
    )
  out.push(
    `<text x="${left + gridW / 2}" y="${top + gridH + 38}" text-anchor="middle" font-size="12" font-weight="600">${esc(heatmap.xName)}</text>`,
    `<text transform="translate(${left - 52} ${top + gridH / 2}) rotate(-90)" text-anchor="middle" font-size="12" font-weight="600">${esc(heatmap.yName)}</text>`,
  )
  // Colour bar.
  const bx = left + gridW + 24
  const bh = Math.max(60, Math.min(gridH, 240))
  out.push(
    '<defs><linearGradient id="heatmap-scale" x1="0" y1="1" x2="0" y2="0">',
    ...VIRIDIS.map((c, i) => `<stop offset="${i / (VIRIDIS.length - 1)}" stop-color="rgb(${c.join(',')})"/>`),
    '</linearGradient></defs>',
    `<rect x="${bx}" y="${top}" width="14" height="${bh}" fill="url(#heatmap-scale)" stroke="#888"/>`,
  )
  if (Number.isFinite(lo)) {
    out.push(
      `<text x="${bx + 20}" y="${top + 9}">${esc(fmt(hi))}</text>`,
      `<text x="${bx + 20}" y="${top + bh / 2 + 4}">${esc(fmt((lo + hi) / 2))}</text>`,
      `<text x="${bx + 20}" y="${top + bh}">${esc(fmt(lo))}</text>`,
    )
  }
  out.push(`<text x="${bx}" y="${top + bh + 18}" font-size="10" fill="#555">${esc(heatmap.valueName)}</text>`, '</svg>')
  return out.join('\n')
}
