import { defineProject } from 'vitest/config'

const conditions = ['@aitrade/source']

export default defineProject({
  resolve: { conditions },
  ssr: { resolve: { conditions } },
  test: { name: 'analytics', include: ['src/**/*.test.ts'], environment: 'node' },
})
