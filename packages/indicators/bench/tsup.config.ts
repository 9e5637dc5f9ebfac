import { defineConfig } from 'tsup'

// Builds the benchmarks into bench/.out, one script per group (`npm run bench` runs them one after the other, each
// in its own process). @aitrade/core is bundled from its source (the `@aitrade/source` condition), so the benchmark
// needs no prior build; the peers (technicalindicators, trading-signals, talib) stay external: their real packages.
export default defineConfig({
  entry: {
    'indicators.bench': 'bench/indicators.bench.ts',
    'extra.bench': 'bench/extra.bench.ts',
    'compat.bench': 'bench/compat.bench.ts',
    'candlePatterns.bench': 'bench/candlePatterns.bench.ts',
  },
  outDir: 'bench/.out',
  format: ['esm'],
  platform: 'node',
  target: 'es2022',
  silent: true,
  noExternal: ['@aitrade/core'],
  external: ['mitata'],
  esbuildOptions(options) {
    options.conditions = ['@aitrade/source']
  },
})
