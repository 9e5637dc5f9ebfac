import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { afterAll, describe, expect, it } from 'vitest'

// Every TSDoc @example of the package must compile and run: each block is written to a temporary module that
// imports from '@aitrade/indicators' or '@aitrade/indicators/compat' (resolved to src/ through the @aitrade/source
// condition), type-checked with the repository's compiler options (so excess properties, wrong option names and
// wrong input shapes fail), then executed, so an example that throws fails too.
const here = dirname(fileURLToPath(import.meta.url))
const tmp = join(here, '..', 'test-support', '.examples-tmp')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  )
}

const blocks: { name: string; code: string }[] = []
for (const file of sources(here)) {
  const text = readFileSync(file, 'utf8')
  const re = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g
  let m: RegExpExecArray | null
  let n = 0
  while ((m = re.exec(text)) !== null) {
    const code = (m[1] as string)
      .split('\n')
      .map((l) => l.replace(/^\s*\* ?/, ''))
      .join('\n')
    blocks.push({ name: `${file.slice(here.length + 1).replace(/[/.]/g, '_')}_${n++}`, code })
  }
}

afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe('TSDoc examples', () => {
  it('every export file has its examples extracted', () => {
    expect(blocks.length).toBeGreaterThan(500)
  })

  it('every example type-checks', () => {
    mkdirSync(tmp, { recursive: true })
    const files = blocks.map((b) => {
      const f = join(tmp, `${b.name}.ts`)
      writeFileSync(f, `${b.code}\nexport {}\n`)
      return f
    })
    const base = ts.readConfigFile(join(here, '..', '..', '..', 'tsconfig.base.json'), ts.sys.readFile).config
    const { options } = ts.convertCompilerOptionsFromJson(base.compilerOptions, here)
    const program = ts.createProgram(files, { ...options, noEmit: true, types: ['node'], noUnusedLocals: false })
    const diags = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || d.file.fileName.includes('.examples-tmp'))
      .map((d) => `${d.file?.fileName.split('/').pop()}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`)
    expect(diags).toEqual([])
  }, 120_000)

  it.each(blocks.map((b) => [b.name, b] as const))('%s runs', async (_name, b) => {
    mkdirSync(tmp, { recursive: true })
    const f = join(tmp, `${b.name}.run.ts`)
    writeFileSync(f, `${b.code}\nexport {}\n`)
    await import(f)
  })
})
