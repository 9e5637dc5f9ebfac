/**
 * `@aitrade/analytics/node` — Node-only helpers: read the bundled chart library and write tearsheet files.
 *
 * @packageDocumentation
 */
export { readChartLibrary } from './readChartLibrary.js'
export { renderTearsheetFile } from './renderTearsheetFile.js'
