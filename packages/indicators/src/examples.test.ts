import { rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { tsdocExamples, typeCheckBlocks, writeModules } from '../../../test-support/typeCheck.js'

// Every TSDoc @example of the package must compile and run: each block is written to a temporary module that
// imports from '@aitrade/indicators' or '@aitrade/indicators/compat' (resolved to src/ through the @aitrade/source
// condition), type-checked with the repository's compiler options (so excess properties, wrong option names and
// wrong input shapes fail), then executed, so an example that throws fails too.
const here = dirname(fileURLToPath(import.meta.url))
const tmp = join(here, '..', 'test-support', '.examples-tmp')
const blocks = tsdocExamples(here)

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('TSDoc examples', () => {
  it('every export file has its examples extracted', () => {
    expect(blocks.length).toBeGreaterThan(500)
  })

  it('every example type-checks', () => {
    expect(typeCheckBlocks(blocks, tmp, { noUnusedLocals: false })).toEqual([])
  }, 120_000)

  it.each(blocks.map((b) => [b.name, b] as const))('%s runs', async (_name, b) => {
    await import(writeModules([b], tmp, '.run')[0]!)
  })
})
