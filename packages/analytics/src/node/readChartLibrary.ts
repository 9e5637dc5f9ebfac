import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

let cached: string | undefined

/**
 * Reads the standalone build of lightweight-charts (`dist/lightweight-charts.standalone.production.js`, a dependency
 * of `@aitrade/analytics`) for {@link @aitrade/analytics!index.renderTearsheet}'s `chartLibrary` option. Node only; the
 * text is read once and cached.
 *
 * @returns The library's JavaScript source (about 200 kB, its Apache-2.0 licence header included).
 * @throws `Error` (Node's `MODULE_NOT_FOUND` / `ENOENT`) when lightweight-charts is not installed.
 *
 * @example
 * ```ts
 * import { readChartLibrary } from '@aitrade/analytics/node'
 *
 * readChartLibrary().includes('LightweightCharts') // true
 * ```
 * @see https://tradingview.github.io/lightweight-charts/docs#from-cdn (the standalone build).
 */
export function readChartLibrary(): string {
  if (cached === undefined) {
    const require = createRequire(import.meta.url)
    // the package's exports map hides dist/, so resolve its package.json and walk from there
    const root = dirname(require.resolve('lightweight-charts/package.json'))
    cached = readFileSync(join(root, 'dist', 'lightweight-charts.standalone.production.js'), 'utf8')
  }
  return cached
}
