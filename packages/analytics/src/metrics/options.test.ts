import { describe, expect, it } from 'vitest'
import { ANNUALIZATION_FACTORS, annualizationFactor, checkRate, checkSeries, checkWindow } from './options.js'

// Oracle: empyrical's ANNUALIZATION_FACTORS (empyrical/periods.py): daily 252, weekly 52, monthly 12,
// quarterly 4, yearly 1.
describe('annualizationFactor (empyrical annualization_factor)', () => {
  it('maps periods and honours an explicit annualization', () => {
    expect(ANNUALIZATION_FACTORS).toEqual({ daily: 252, weekly: 52, monthly: 12, quarterly: 4, yearly: 1 })
    expect(annualizationFactor()).toBe(252)
    expect(annualizationFactor({ period: 'quarterly' })).toBe(4)
    expect(annualizationFactor({ period: 'monthly', annualization: 365 })).toBe(365)
  })

  it('rejects unknown periods and bad annualizations with typed errors', () => {
    try {
      annualizationFactor({ period: 'hourly' as 'daily' })
      expect.unreachable()
    } catch (e) {
      expect((e as { code: string }).code).toBe('INVALID_ARGUMENT')
      expect((e as { details: { argument: string } }).details.argument).toBe('period')
    }
    expect(() => annualizationFactor({ annualization: -1 })).toThrowError(/annualization/)
    expect(() => annualizationFactor({ annualization: Number.POSITIVE_INFINITY })).toThrowError(/annualization/)
  })
})

describe('input checks', () => {
  it('name the argument and the index', () => {
    expect(() => checkSeries('returns', [0.1, null])).toThrowError(/returns\[1\]/)
    expect(() => checkSeries('returns', 'abc')).toThrowError(/"returns"/)
    expect(() => checkSeries('returns', new Float64Array(2))).not.toThrow()
    expect(() => checkRate('riskFree', Number.NaN, 3)).toThrowError(/riskFree/)
    expect(() => checkRate('riskFree', [0.1, 0.2], 3)).toThrowError(/same length as returns \(3\)/)
    expect(() => checkWindow(0)).toThrowError(/window/)
    expect(checkWindow(5)).toBe(5)
  })
})
