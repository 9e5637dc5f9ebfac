// Coverage against TA-Lib's own function list (the `talib` package): every TA-Lib 0.6 function except the 19
// element-wise math operators and transforms has a batch function (TA-Lib's name in lower camel case), its
// `…Lookback` and a streaming class named like TA-Lib's function.
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import * as ind from './index.js'

const require = createRequire(import.meta.url)
const talib = require('talib') as { functions: { name: string; group: string }[] }

const ELEMENT_WISE = new Set([
  'ADD',
  'SUB',
  'MULT',
  'DIV',
  'ACOS',
  'ASIN',
  'ATAN',
  'CEIL',
  'COS',
  'COSH',
  'EXP',
  'FLOOR',
])
for (const f of ['LN', 'LOG10', 'SIN', 'SINH', 'SQRT', 'TAN', 'TANH']) ELEMENT_WISE.add(f)
/** Names that cannot follow the rule: `var` is a reserved word. */
const RENAMED: Record<string, string> = { VAR: 'variance' }

const exported = ind as unknown as Record<string, unknown>
const byLowerName = new Map(Object.keys(exported).map((k) => [k.toLowerCase(), k]))

describe('coverage of TA-Lib 0.6', () => {
  const covered = talib.functions.map((f) => f.name).filter((name) => !ELEMENT_WISE.has(name))

  it('is the 142 functions of the issue', () => {
    expect(ELEMENT_WISE.size).toBe(19)
    expect(covered).toHaveLength(142)
  })

  it.each(covered)('%s has a batch function, its lookback and a streaming class', (name) => {
    const fn = RENAMED[name] ?? byLowerName.get(name.replace(/_/g, '').toLowerCase())
    expect(fn, `no export named like ${name}`).toBeDefined()
    expect(typeof exported[fn as string], `${fn}`).toBe('function')
    expect(fn?.[0], `${fn} starts lower case`).toBe(fn?.[0]?.toLowerCase())
    expect(typeof exported[`${fn}Lookback`], `${fn}Lookback`).toBe('function')
    expect(typeof exported[name], `class ${name}`).toBe('function')
  })
})
