/**
 * `@aitrade/core/node` — Node-only helpers (file system loaders).
 *
 * @packageDocumentation
 */
export { readBarsCsv } from './readBarsCsv.js'
export { readBarsCsvMulti } from './readBarsCsvMulti.js'
