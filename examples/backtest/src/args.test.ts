import { describe, expect, it } from 'vitest'
import { parseCliArgs } from './args.js'
import { UsageError } from './usageError.js'

describe('parseCliArgs', () => {
  it('parses every flag', () => {
    const a = parseCliArgs([
      '--data',
      'x.csv',
      '--symbol',
      'GOOG',
      '--strategy',
      'sma-cross',
      '--param',
      'fast=5',
      '--param',
      'slow=30',
      '--cash',
      '5000',
      '--commission',
      '0.002',
      '--semantics',
      'backtesting.py',
      '--risk',
      'ftmo-2step',
      '--optimize',
      'fast=5:20:5',
      '--walk-forward',
      'in=500,out=100',
      '--json',
      'o.json',
      '--report',
      'r.html',
    ])
    expect(a).toEqual({
      data: 'x.csv',
      symbol: 'GOOG',
      strategy: 'sma-cross',
      params: { fast: '5', slow: '30' },
      cash: 5000,
      commission: 0.002,
      semantics: 'backtesting.py',
      risk: 'ftmo-2step',
      optimize: [{ name: 'fast', from: 5, to: 20, step: 5 }],
      maximize: 'sqn',
      walkForward: { inSample: 500, outOfSample: 100 },
      json: 'o.json',
      report: 'r.html',
      help: false,
    })
  })

  it.each([
    [['--strategy', 'x', '--cash', 'abc'], '--cash: expected a positive amount, got "abc"'],
    [['--strategy', 'x', '--cash=-5'], '--cash: expected a positive amount, got "-5"'],
    [['--strategy', 'x', '--commission', '2'], '--commission: expected a fraction in [0, 1), got "2"'],
    [
      ['--strategy', 'x', '--semantics', 'zipline'],
      '--semantics: expected one of aitrade, backtesting.py, backtrader, got "zipline"',
    ],
    [['--strategy', 'x', '--param', 'fast'], '--param: expected name=value, got "fast"'],
    [['--strategy', 'x', '--optimize', 'fast=1:2'], '--optimize: expected name=from:to:step, got "fast=1:2"'],
    [['--strategy', 'x', '--optimize', 'fast=5:1:1'], '--optimize: expected a number >= 5, got "1"'],
    [['--strategy', 'x', '--walk-forward', 'in=5'], '--walk-forward: expected in=<bars>,out=<bars>, got "in=5"'],
    [['--data', 'x.csv'], '--strategy is required (e.g. --strategy sma-cross)'],
    [['--strategy', 'x', '--bogus'], "unknown option '--bogus'"],
  ])('rejects %j with one clear line', (argv, message) => {
    expect(() => parseCliArgs(argv)).toThrow(UsageError)
    expect(() => parseCliArgs(argv)).toThrow(message)
  })
})
