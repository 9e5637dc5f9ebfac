import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'

// Every ```ts block of the guides in docs/guides compiles against the packages' public exports: each block is written
// to its own module and type-checked with the repository's compiler options.
const here = dirname(fileURLToPath(import.meta.url))
const root = join(here, '..', '..', '..')
const guides = join(root, 'docs', 'guides')
const tmp = join(here, '..', '.guides-tmp')

const blocks: { name: string; code: string }[] = []
for (const file of readdirSync(guides).filter((f) => f.endsWith('.md'))) {
  const text = readFileSync(join(guides, file), 'utf8')
  const re = /^```ts\n([\s\S]*?)\n```/gm
  let m: RegExpExecArray | null
  let n = 0
  while ((m = re.exec(text)) !== null) blocks.push({ name: `${file.replace(/\W/g, '_')}_${n++}`, code: m[1]! })
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('guides', () => {
  it('have TypeScript examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(7)
  })

  it('every TypeScript block type-checks', () => {
    mkdirSync(tmp, { recursive: true })
    const files = blocks.map((b) => {
      const f = join(tmp, `${b.name}.ts`)
      writeFileSync(f, `${b.code}\nexport {}\n`)
      return f
    })
    const base = ts.readConfigFile(join(root, 'tsconfig.base.json'), ts.sys.readFile).config
    const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions, root)
    const program = ts.createProgram(files, { ...options, noEmit: true, types: ['node'], noUnusedLocals: false })
    const diags = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file !== undefined && files.includes(d.file.fileName))
      .map((d) => {
        const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0)
        return `${d.file!.fileName.split('/').pop()}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
      })
    expect(diags).toEqual([])
  }, 120_000)
})
