import { readdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { markdownBlocks, repoRoot, typeCheckBlocks } from '../../../test-support/typeCheck.js'

// Every ```ts block of the guides in docs/guides compiles against the packages' public exports: each block is written
// to its own module and type-checked with the repository's compiler options.
const here = dirname(fileURLToPath(import.meta.url))
const guides = join(repoRoot, 'docs', 'guides')
const tmp = join(here, '..', '.guides-tmp')
const blocks = readdirSync(guides)
  .filter((f) => f.endsWith('.md'))
  .flatMap((f) => markdownBlocks(readFileSync(join(guides, f), 'utf8'), f.replace(/\W/g, '_')))

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('guides', () => {
  it('have TypeScript examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7)
  })

  it('every TypeScript block type-checks', () => {
    expect(typeCheckBlocks(blocks, tmp, { noUnusedLocals: false })).toEqual([])
  }, 120_000)
})
