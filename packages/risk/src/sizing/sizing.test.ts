import { isAitradeError } from '@aitrade/core'
import { describe, expect, it } from 'vitest'
import { instrument } from '../../test-support/context.js'
import { atrUnitSize } from './atrUnitSize.js'
import { equityFractionSize } from './equityFractionSize.js'
import { fixedAmountSize } from './fixedAmountSize.js'
import { fixedFractionalSize } from './fixedFractionalSize.js'
import { kellyFraction, kellySize } from './kellySize.js'
import { volatilityTargetSize } from './volatilityTargetSize.js'

describe('position sizing', () => {
  it('fixedAmountSize rounds down and clamps to the instrument', () => {
    const i = instrument({ lotStep: '0.01', minAmount: '0.1', maxAmount: '5' })
    expect(fixedAmountSize({ amount: '0.237', instrument: i }).toString()).toBe('0.23')
    expect(fixedAmountSize({ amount: '7', instrument: i }).toString()).toBe('5')
    expect(fixedAmountSize({ amount: '0.05', instrument: i }).toString()).toBe('0')
  })

  it('equityFractionSize: 10 % of 10 000 at 250 → 4 shares; 2× of 10 000 in 100 000-unit lots at 1.25 → 0.16', () => {
    expect(equityFractionSize({ equity: '10000', fraction: '0.1', price: '250', lotStep: 1 }).toString()).toBe('4')
    const fx = instrument({
      symbol: 'GBP/USD',
      base: 'GBP',
      assetClass: 'forex',
      contractSize: '100000',
      lotStep: '0.01',
    })
    expect(equityFractionSize({ equity: '10000', fraction: '2', price: '1.25', instrument: fx }).toString()).toBe(
      '0.16',
    )
  })

  it('fixedFractionalSize (STYLE.md example): 1 % of 10 000 with a 50-point stop → 2', () => {
    expect(fixedFractionalSize({ equity: '10000', riskFraction: '0.01', stopDistance: '50' }).toString()).toBe('2')
  })

  it('fixedFractionalSize FX with pip value: 1 % of 10 000 USD, 25 pips at $10/pip/lot → 0.4 lots', () => {
    expect(
      fixedFractionalSize({
        equity: '10000',
        riskFraction: '0.01',
        stopPips: '25',
        pipValue: '10',
        lotStep: '0.01',
      }).toString(),
    ).toBe('0.4')
  })

  it('fixedFractionalSize with quote conversion: USD/JPY 0.5-yen stop, 1 JPY = 0.0064 USD, 100 000-unit lots', () => {
    // risk per lot = 0.5 × 100 000 × 0.0064 = 320 USD; 2 % of 50 000 = 1 000 → 3.125 → 3.12 lots
    const r = fixedFractionalSize({
      equity: '50000',
      riskFraction: '0.02',
      stopDistance: '0.5',
      contractSize: '100000',
      quoteToAccountRate: '0.0064',
      lotStep: '0.01',
    })
    expect(r.toString()).toBe('3.12')
  })

  it('atrUnitSize reproduces the Turtle rules example: 1 % of 1 000 000 / (0.0141 × 42 000) = 16.88 → 16', () => {
    expect(atrUnitSize({ equity: '1000000', atr: '0.0141', pointValue: '42000', lotStep: 1 }).toString()).toBe('16')
  })

  it('volatilityTargetSize: 20 % target / 40 % vol × 100 000 at 50 → 1 000 shares', () => {
    expect(
      volatilityTargetSize({ equity: '100000', targetVolatility: '0.2', volatility: '0.4', price: '50' }).toString(),
    ).toBe('1000')
  })

  it('kellyFraction: p 0.6, b 1 → 0.2 (Thorp); negative edge → 0', () => {
    expect(kellyFraction(0.6, 1).toString()).toBe('0.2')
    expect(kellyFraction(0.4, 1).toString()).toBe('0')
    expect(kellyFraction(0.5, 3).toFixed(6)).toBe('0.333333')
  })

  it('kellySize caps the fraction and sizes by stop or by notional', () => {
    const base = { equity: '10000', winRate: '0.6', winLossRatio: '1.5', kellyMultiplier: '0.5', maxFraction: '0.1' }
    expect(kellySize({ ...base, stopDistance: '5' }).toString()).toBe('200')
    // half Kelly = 1/6 < cap 0.25 → 10 000/6 = 1 666.67 notional at 100 → 16 shares
    expect(kellySize({ ...base, maxFraction: '0.25', price: '100', lotStep: 1 }).toString()).toBe('16')
  })

  it('bad inputs → InvalidArgumentError naming the argument', () => {
    const arg = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        return isAitradeError(e) ? e.details.argument : 'other'
      }
      return 'none'
    }
    expect(arg(() => fixedFractionalSize({ equity: '0', riskFraction: '0.01', stopDistance: '1' }))).toBe('equity')
    expect(arg(() => fixedFractionalSize({ equity: '1', riskFraction: '1.5', stopDistance: '1' }))).toBe('riskFraction')
    expect(arg(() => fixedFractionalSize({ equity: '1', riskFraction: '0.1' }))).toBe('stopDistance')
    expect(arg(() => atrUnitSize({ equity: '1', atr: 'NaN', pointValue: '1' }))).toBe('atr')
    expect(arg(() => kellyFraction(1.2, 1))).toBe('winRate')
    expect(arg(() => fixedAmountSize({ amount: '1', lotStep: '0' }))).toBe('lotStep')
  })
})
