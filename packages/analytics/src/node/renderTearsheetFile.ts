import { writeFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { type RenderTearsheetOptions, renderTearsheet, type TearsheetInput } from '../report/renderTearsheet.js'
import { readChartLibrary } from './readChartLibrary.js'

/**
 * Renders the tearsheet of {@link @aitrade/analytics!index.renderTearsheet} with the installed lightweight-charts build
 * inlined, and writes it to `path` as UTF-8 HTML that opens offline in any browser. Node only.
 *
 * @param path - Output file path (created or overwritten); relative paths resolve against `process.cwd()`.
 * @param input - What to report; see {@link @aitrade/analytics!index.TearsheetInput}.
 * @param options - Layout options of `renderTearsheet` (the chart library is supplied here).
 * @returns The absolute path written.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for input `renderTearsheet` rejects; Node's
 *   file-system errors (`ENOENT`, `EACCES`) when the file cannot be written.
 *
 * @example
 * ```ts
 * import { renderTearsheetFile } from '@aitrade/analytics/node'
 *
 * const day = 86_400_000
 * const file = await renderTearsheetFile('report.html', {
 *   title: 'Demo',
 *   equity: { time: [0, day, 2 * day], equity: [100, 104, 103] },
 *   trades: [],
 * })
 * console.log(`open ${file}`)
 * ```
 * @see {@link @aitrade/analytics!index.renderTearsheet}
 */
export async function renderTearsheetFile(
  path: string,
  input: TearsheetInput,
  options: Omit<RenderTearsheetOptions, 'chartLibrary'> = {},
): Promise<string> {
  const html = renderTearsheet(input, { ...options, chartLibrary: readChartLibrary() })
  const absolute = resolve(path)
  await writeFile(absolute, html, 'utf8')
  return absolute
}
