import { defineProject } from 'vitest/config'

const conditions = ['@aitrade/source']

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { name: 'example-backtest', include: ['src/**/*.test.ts'], environment: 'node', testTimeout: 60_000 },
})
