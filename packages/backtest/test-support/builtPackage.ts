// Test support: worker threads load the package's built output (and its dependencies'). The repository's test command
// builds first; when a test file runs alone on a fresh checkout, build the chain here.
import { execFileSync, execSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'

/** Builds `@aitrade/backtest` and its dependencies unless their built output already serves the optimizer. */
export function ensureBuiltPackage(): void {
  const cwd = fileURLToPath(new URL('..', import.meta.url))
  const probe = `import('@aitrade/backtest').then((m) => process.exit(typeof m.runOptimizeTask === 'function' ? 0 : 1), () => process.exit(1))`
  try {
    execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd, stdio: 'ignore' })
  } catch {
    execSync('npx turbo run build --filter=@aitrade/backtest...', { cwd, stdio: 'ignore' })
  }
}
