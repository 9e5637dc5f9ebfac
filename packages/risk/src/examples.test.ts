import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { tsdocExamples, typeCheckBlocks, writeModules } from '../../../test-support/typeCheck.js'

// Every TSDoc @example of the package must compile and run: each block is written to a temporary module that
// imports from '@aitrade/risk' (resolved to src/ through the @aitrade/source condition), type-checked with the
// repository's compiler options, then executed with every `expression // literal` line asserted.
const here = dirname(fileURLToPath(import.meta.url))
const tmp = join(here, '..', 'test-support', '.examples-tmp')
const blocks = tsdocExamples(here)

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('TSDoc examples', () => {
  it('there are examples', () => {
    expect(blocks.length).toBeGreaterThan(30)
  })

  it('every example type-checks', () => {
    expect(typeCheckBlocks(blocks, tmp, { noUnusedLocals: false })).toEqual([])
  }, 60_000)

  it.each(blocks.map((b) => [b.name, b] as const))('%s runs', async (_name, b) => {
    const checked = b.code
      .split('\n')
      .map((l) => {
        const m =
          /^(?!\s*(?:const|let|import)\b)(\S.*?)\s*\/\/ ('.*'|-?\d[\d.]*|true|false|null|\[.*\]|\{.*\})\s*$/.exec(l)
        return m ? `;(globalThis as any).__exampleCheck(${m[1]}, ${m[2]})` : l
      })
      .join('\n')
    ;(globalThis as Record<string, unknown>).__exampleCheck = (actual: unknown, expected: unknown) =>
      expect(actual).toEqual(expected)
    await import(writeModules([{ name: b.name, code: checked }], tmp, '.run')[0]!)
  })
})
