import { describe, expect, it } from 'vitest'
import { Decimal } from './decimal.js'
import { InstrumentSchema, marginRateOf, roundToLot, roundToTick } from './instrument.js'
import { parseWith } from './validation.js'

const eurusd = InstrumentSchema.parse({
  symbol: 'EUR/USD',
  base: 'EUR',
  quote: 'USD',
  assetClass: 'forex',
  tickSize: '0.00001',
  lotStep: '0.01',
  minAmount: '0.01',
  contractSize: 100_000,
  maxLeverage: 30,
})

describe('Instrument', () => {
  it('applies defaults and keeps ledger fields exact', () => {
    const goog = InstrumentSchema.parse({
      symbol: 'GOOG',
      base: 'GOOG',
      quote: 'USD',
      assetClass: 'stock',
      tickSize: '0.01',
    })
    expect(goog.lotStep.toString()).toBe('1')
    expect(goog.contractSize.toString()).toBe('1')
    expect(goog.takerFee.toString()).toBe('0')
    expect(marginRateOf(goog).toString()).toBe('1')
    expect(eurusd.contractSize.toString()).toBe('100000')
    expect(marginRateOf(eurusd).toFixed(6)).toBe('0.033333')
  })

  it('rounds to tick and lot with explicit modes', () => {
    expect(roundToTick(eurusd, '1.084567').toString()).toBe('1.08457')
    expect(roundToTick(eurusd, '1.084565').toString()).toBe('1.08457') // half up by default
    expect(roundToTick(eurusd, '1.084569', Decimal.ROUND_DOWN).toString()).toBe('1.08456')
    expect(roundToLot(eurusd, '0.129').toString()).toBe('0.12') // down by default
    expect(roundToLot(eurusd, '-0.129').toString()).toBe('-0.12') // towards zero
    expect(roundToLot(eurusd, '0.121', Decimal.ROUND_UP).toString()).toBe('0.13')
    expect(() => roundToTick(eurusd, 'x')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT', details: expect.objectContaining({ argument: 'price' }) }),
    )
    expect(() => roundToLot(eurusd, Number.POSITIVE_INFINITY)).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
  })

  it('rejects bad fields naming them', () => {
    expect(() =>
      parseWith(
        InstrumentSchema,
        { symbol: 'X', base: 'X', quote: 'USD', assetClass: 'stock', tickSize: '0' },
        'instrument',
      ),
    ).toThrow(expect.objectContaining({ details: expect.objectContaining({ argument: 'instrument.tickSize' }) }))
    expect(() =>
      parseWith(
        InstrumentSchema,
        { symbol: 'X', base: 'X', quote: 'USD', assetClass: 'bond', tickSize: '1' },
        'instrument',
      ),
    ).toThrow(expect.objectContaining({ details: expect.objectContaining({ argument: 'instrument.assetClass' }) }))
  })
})
