// Test support shared by the packages' and examples' documentation tests: TSDoc @example blocks and markdown code
// blocks are written to modules and type-checked with the repository's compiler options.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

/** The repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..')

/** One code block: a file-name-safe name and its TypeScript. */
export interface CodeBlock {
  readonly name: string
  readonly code: string
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory()
      ? sources(join(dir, e.name))
      : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts')
        ? [join(dir, e.name)]
        : [],
  )
}

/** Every ```ts block of the TSDoc `@example`s of the `.ts` files (tests excluded) under `srcDir`. */
export function tsdocExamples(srcDir: string): CodeBlock[] {
  const blocks: CodeBlock[] = []
  for (const file of sources(srcDir)) {
    const text = readFileSync(file, 'utf8')
    const re = /@example\s*\n\s*\*\s*```ts\n([\s\S]*?)\n\s*\*\s*```/g
    let m: RegExpExecArray | null
    let n = 0
    while ((m = re.exec(text)) !== null) {
      const code = m[1]!
        .split('\n')
        .map((l) => l.replace(/^\s*\* ?/, ''))
        .join('\n')
      blocks.push({ name: `${file.slice(srcDir.length + 1).replace(/[/.]/g, '_')}_${n++}`, code })
    }
  }
  return blocks
}

/** Every ```ts block of a markdown text, named `<prefix>_<n>`. */
export function markdownBlocks(markdown: string, prefix: string): CodeBlock[] {
  const blocks: CodeBlock[] = []
  const re = /^```ts\n([\s\S]*?)\n```/gm
  let m: RegExpExecArray | null
  while ((m = re.exec(markdown)) !== null) blocks.push({ name: `${prefix}_${blocks.length}`, code: m[1]! })
  return blocks
}

/**
 * Type-checks `files` with the repository's compiler options (tsconfig.base.json, Node types) and returns the
 * diagnostics of those files only, as `file:line: message` lines (empty when they compile).
 */
export function typeCheck(files: readonly string[], options: ts.CompilerOptions = {}): string[] {
  const base = ts.readConfigFile(join(repoRoot, 'tsconfig.base.json'), ts.sys.readFile).config
  const { options: repo } = ts.convertCompilerOptionsFromJson(base.compilerOptions, repoRoot)
  const program = ts.createProgram([...files], { ...repo, noEmit: true, types: ['node'], ...options })
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file !== undefined && files.includes(d.file.fileName))
    .map((d) => {
      const { line } = d.file!.getLineAndCharacterOfPosition(d.start ?? 0)
      return `${d.file!.fileName.split('/').pop()}:${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`
    })
}

/** Writes each block to `<dir>/<name><suffix>.ts` as a module (`export {}` appended) and returns the paths. */
export function writeModules(blocks: readonly CodeBlock[], dir: string, suffix = ''): string[] {
  mkdirSync(dir, { recursive: true })
  return blocks.map((b) => {
    const file = join(dir, `${b.name}${suffix}.ts`)
    writeFileSync(file, `${b.code}\nexport {}\n`)
    return file
  })
}

/** Writes the blocks as modules in `dir` and type-checks them; see {@link typeCheck}. */
export function typeCheckBlocks(blocks: readonly CodeBlock[], dir: string, options: ts.CompilerOptions = {}): string[] {
  return typeCheck(writeModules(blocks, dir), options)
}
