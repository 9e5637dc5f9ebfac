import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { cli: 'src/cli.ts', demo: 'src/demo.ts', index: 'src/index.ts', optimizeEntry: 'src/optimizeEntry.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  splitting: true,
})
