import { defineConfig } from 'tsup'

// Bundles the benchmark with the workspace packages from source (the `@aitrade/source` condition), into bench/.out.
export default defineConfig({
  entry: { backtest: 'bench/backtest.bench.ts', profile: 'bench/profile.bench.ts' },
  outDir: 'bench/.out',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  clean: true,
  dts: false,
  sourcemap: true,
  splitting: false,
  noExternal: [/^@aitrade\//],
  esbuildOptions(options) {
    options.conditions = ['@aitrade/source']
  },
})
