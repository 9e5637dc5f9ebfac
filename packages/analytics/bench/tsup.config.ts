import { defineConfig } from 'tsup'

// Bundles the benchmark with the workspace packages taken from source (the `@aitrade/source` condition), so
// `npm run bench` needs no prior build.
export default defineConfig({
  entry: { 'metrics.bench': 'bench/metrics.bench.ts' },
  outDir: 'bench/.out',
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  noExternal: [/^@aitrade\//],
  esbuildOptions(options) {
    options.conditions = ['@aitrade/source']
  },
  silent: true,
})
