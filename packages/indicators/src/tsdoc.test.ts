import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

// Every function, class and constant exported from the two entries carries TSDoc with a summary, an @example
// (examples.test.ts type-checks and runs them) and an @see naming the source of its formula (a paper, a book, the
// TA-Lib function, or the export whose TSDoc has it).
const here = dirname(fileURLToPath(import.meta.url))
const entries = [join(here, 'index.ts'), join(here, 'compat', 'index.ts')]
const program = ts.createProgram(entries, {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  customConditions: ['@aitrade/source'],
  noEmit: true,
})
const checker = program.getTypeChecker()

interface Documented {
  name: string
  summary: string
  tags: string[]
}
const exported: Documented[] = entries.flatMap((file) => {
  const sf = program.getSourceFile(file)
  const mod = sf && checker.getSymbolAtLocation(sf)
  if (!mod) throw new Error(`cannot read ${file}`)
  return checker
    .getExportsOfModule(mod)
    .map((s) => [s, s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s] as const)
    .filter(([, s]) => s.flags & (ts.SymbolFlags.Function | ts.SymbolFlags.Class | ts.SymbolFlags.Variable))
    .map(([alias, s]) => ({
      name: `${file.slice(here.length + 1)}: ${alias.name}`,
      summary: ts.displayPartsToString(s.getDocumentationComment(checker)).trim(),
      tags: s.getJsDocTags(checker).map((t) => t.name),
    }))
})

describe('TSDoc of every export', () => {
  it('reads both entries', () => {
    expect(exported.length).toBeGreaterThan(500)
  })

  it.each(exported.map((e) => [e.name, e] as const))('%s has a summary, an @example and an @see', (_name, e) => {
    expect(e.summary.length, 'summary').toBeGreaterThan(10)
    expect(e.tags, '@example').toContain('example')
    expect(e.tags, '@see').toContain('see')
  })
})
