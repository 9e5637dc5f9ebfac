import { describe, expect, it } from 'vitest'
import { ctx, order, position } from '../../test-support/context.js'
import { tradingWindows } from './tradingWindows.js'

describe('tradingWindows', () => {
  const nyse = tradingWindows({
    timeZone: 'America/New_York',
    windows: [{ days: [1, 2, 3, 4, 5], start: '09:30', end: '16:00' }],
  })
  it('09:30 New York is 14:30 UTC in winter and 13:30 UTC in summer (DST)', () => {
    expect(nyse.check(order(), ctx({ time: Date.UTC(2024, 0, 8, 14, 30) })).action).toBe('allow') // Mon, EST
    expect(nyse.check(order(), ctx({ time: Date.UTC(2024, 0, 8, 14, 29) })).action).toBe('reject')
    expect(nyse.check(order(), ctx({ time: Date.UTC(2024, 6, 8, 13, 30) })).action).toBe('allow') // Mon, EDT
    expect(nyse.check(order(), ctx({ time: Date.UTC(2024, 6, 8, 20, 0) })).action).toBe('reject') // 16:00 EDT
  })

  it('weekends are closed; reducing orders pass outside windows', () => {
    const sat = ctx({ time: Date.UTC(2024, 0, 6, 15), positions: [position('XYZ', 'long', 2, 100)] })
    const d = nyse.check(order(), sat)
    expect(d.action === 'reject' && d.reasons[0]!.code).toBe('OUTSIDE_TRADING_WINDOW')
    expect(nyse.check(order({ side: 'sell', amount: '2' }), sat).action).toBe('allow')
  })

  it('overnight window 22:00–02:00 UTC spans midnight', () => {
    const w = tradingWindows({ timeZone: 'UTC', windows: [{ days: [1], start: '22:00', end: '02:00' }] })
    expect(w.check(order(), ctx({ time: Date.UTC(2024, 0, 8, 23) })).action).toBe('allow') // Mon 23:00
    expect(w.check(order(), ctx({ time: Date.UTC(2024, 0, 9, 1) })).action).toBe('allow') // Tue 01:00
    expect(w.check(order(), ctx({ time: Date.UTC(2024, 0, 10, 1) })).action).toBe('reject') // Wed 01:00
  })

  it('bad zone or time → InvalidArgumentError naming the field', () => {
    expect(() => tradingWindows({ timeZone: 'Mars/Base', windows: [{ start: '09:00', end: '10:00' }] })).toThrow(
      /options.timeZone/,
    )
    expect(() => tradingWindows({ timeZone: 'UTC', windows: [{ start: '9:00', end: '10:00' }] })).toThrow(
      /options.windows.0.start/,
    )
  })
})
