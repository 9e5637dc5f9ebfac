import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import * as compat from './compat/index.js'
import * as ind from './index.js'

// docs/guides/indicators-reference.md cannot drift: its TA-Lib table must list exactly TA-Lib's functions (the
// `talib` package's own list), and every batch function, streaming class and compat class it names must be a real
// export of the right kind, with the lookback it states for the default options.
const require = createRequire(import.meta.url)
const talib = require('talib') as { functions: { name: string; group: string }[] }
const here = dirname(fileURLToPath(import.meta.url))
const guide = readFileSync(join(here, '..', '..', '..', 'docs', 'guides', 'indicators-reference.md'), 'utf8')

const exported = ind as unknown as Record<string, unknown>
const compatExported = compat as unknown as Record<string, unknown>

/** The rows of the markdown table under `heading` (up to the next `## `), as arrays of trimmed cells. */
function rowsUnder(heading: string): string[][] {
  const start = guide.indexOf(`\n${heading}\n`)
  if (start < 0) throw new Error(`no section ${heading}`)
  const next = guide.indexOf('\n## ', start + heading.length + 2)
  const section = guide.slice(start, next < 0 ? undefined : next)
  return section
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| ---'))
    .map((l) =>
      l
        .slice(2, -2)
        .split(/(?<!\\) \| /)
        .map((c) => c.trim()),
    )
    .filter((cells) => !['TA-Lib', 'indicator', 'class'].includes(cells[0] as string))
}
const code = (cell: string | undefined) => /^`([^`]+)`$/.exec(cell ?? '')?.[1]
const defaultLookback = (cell: string | undefined) => Number(/\(default: (\d+)\)$/.exec(cell ?? '')?.[1])

describe('docs/guides/indicators-reference.md', () => {
  const talibRows = rowsUnder('## TA-Lib functions')
  const talibNames = talib.functions.map((f) => f.name)

  it("lists exactly TA-Lib's functions, each once", () => {
    const listed = talibRows.map((r) => code(r[0]))
    expect([...listed].sort()).toEqual([...talibNames].sort())
  })

  it.each(talibRows.filter((r) => r[2] !== '—').map((r) => [code(r[0]), r] as const))(
    '%s: batch function, its lookback and streaming class are exports',
    (name, row) => {
      const fn = code(row[2]) as string
      const cls = code(row[3]) as string
      expect(typeof exported[fn], `batch ${fn}`).toBe('function')
      expect(cls, 'streaming class is named like the TA-Lib function').toBe(name)
      expect(typeof exported[cls], `class ${cls}`).toBe('function')
      const lookback = exported[`${fn}Lookback`] as (o?: object) => number
      expect(lookback({}), `${fn}Lookback({})`).toBe(defaultLookback(row[7]))
    },
  )

  it('marks only the 19 element-wise math functions as not provided', () => {
    const missing = talibRows.filter((r) => r[2] === '—').map((r) => code(r[0]))
    expect(missing).toHaveLength(19)
    for (const name of missing) {
      expect(talib.functions.find((f) => f.name === name)?.group).toMatch(/^Math (Operators|Transform)$/)
    }
  })

  it('every extra it lists is exported with its lookback and streaming class', () => {
    const rows = rowsUnder('## Beyond TA-Lib')
    expect(rows.length).toBeGreaterThanOrEqual(20)
    for (const row of rows) {
      const fn = code(row[1]) as string
      expect(typeof exported[fn], fn).toBe('function')
      expect((exported[`${fn}Lookback`] as (o?: object) => number)({}), `${fn}Lookback`).toBe(defaultLookback(row[6]))
      if (row[2] !== '—') expect(typeof exported[code(row[2]) as string], `class of ${fn}`).toBe('function')
    }
  })

  it('every compat class and function it lists is exported from @aitrade/indicators/compat, and none is left out', () => {
    const rows = rowsUnder('## Compatibility API')
    const classes = rows.map((r) => code(r[0]) as string)
    for (const row of rows) {
      const cls = code(row[0]) as string
      expect(typeof (compatExported[cls] as { calculate?: unknown })?.calculate, `${cls}.calculate`).toBe('function')
      expect(typeof compatExported[code(row[1]) as string], `function of ${cls}`).toBe('function')
    }
    const exportedClasses = Object.keys(compatExported).filter(
      (k) => /^[A-Z]/.test(k) && typeof (compatExported[k] as { calculate?: unknown }).calculate === 'function',
    )
    expect([...classes].sort()).toEqual(exportedClasses.sort())
  })
})
