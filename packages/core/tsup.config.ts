import { defineConfig } from 'tsup'

export default defineConfig({
  entry: { index: 'src/index.ts', 'node/index': 'src/node/index.ts' },
  format: ['esm', 'cjs'],
  // `npm run demo` builds JavaScript only (AITRADE_JS_ONLY=1); the declarations are for publishing and package lint.
  dts: process.env.AITRADE_JS_ONLY !== '1',
  sourcemap: true,
  clean: true,
  target: 'es2022',
  treeshake: true,
  splitting: true,
})
