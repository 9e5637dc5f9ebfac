import { defineConfig } from 'tsup'

// Builds the benchmark into bench/.out. @aitrade/core is bundled from its source (the `@aitrade/source` condition),
// so the benchmark needs no prior build; the peers (technicalindicators, trading-signals, talib) stay external.
export default defineConfig({
  entry: { 'indicators.bench': 'bench/indicators.bench.ts' },
  outDir: 'bench/.out',
  format: ['esm'],
  platform: 'node',
  target: 'es2022',
  silent: true,
  noExternal: ['@aitrade/core'],
  esbuildOptions(options) {
    options.conditions = ['@aitrade/source']
  },
})
