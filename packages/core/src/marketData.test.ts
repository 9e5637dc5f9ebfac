import { describe, expect, it } from 'vitest'
import { OrderBookSchema, QuoteSchema } from './marketData.js'
import { SignalSchema } from './signal.js'
import { parseWith } from './validation.js'

describe('market data and signals', () => {
  it('rejects crossed quotes and books, and misordered levels', () => {
    expect(QuoteSchema.safeParse({ symbol: 'X', timestamp: 0, bid: 2, ask: 1 }).success).toBe(false)
    expect(OrderBookSchema.safeParse({ symbol: 'X', timestamp: 0, bids: [[2, 1]], asks: [[1, 1]] }).success).toBe(false)
    expect(() =>
      parseWith(
        OrderBookSchema,
        {
          symbol: 'X',
          timestamp: 0,
          bids: [
            [1, 1],
            [2, 1],
          ],
          asks: [],
        },
        'book',
      ),
    ).toThrow(expect.objectContaining({ details: expect.objectContaining({ argument: 'book.bids.1' }) }))
  })

  it('computes reward:risk and checks level sides', () => {
    // short at 100, stop 104, target 90: reward 10 / risk 4 = 2.5
    const s = SignalSchema.parse({
      id: 'a',
      symbol: 'X',
      side: 'sell',
      confidence: 0.5,
      entry: 100,
      stopLoss: 104,
      takeProfit: 90,
      timeframe: '4h',
      timestamp: 0,
    })
    expect(s.rewardRisk).toBe(2.5)
    expect(s.status).toBe('pending')
    expect(
      SignalSchema.safeParse({
        id: 'a',
        symbol: 'X',
        side: 'sell',
        confidence: 0.5,
        entry: 100,
        stopLoss: 99,
        timeframe: '4h',
        timestamp: 0,
      }).success,
    ).toBe(false)
    expect(
      SignalSchema.safeParse({
        id: 'a',
        symbol: 'X',
        side: 'buy',
        confidence: 0.5,
        entry: 100,
        timeframe: '2d',
        timestamp: 0,
      }).success,
    ).toBe(false)
  })
})

describe('AccountSchema', () => {
  it('accepts an infinite margin level (no margin used) and rejects negative or NaN', async () => {
    const { AccountSchema } = await import('./account.js')
    const base = { currency: 'USD', balance: '1', equity: '1', margin: '0', freeMargin: '1', leverage: 1, timestamp: 0 }
    expect(AccountSchema.safeParse({ ...base, marginLevel: Number.POSITIVE_INFINITY }).success).toBe(true)
    expect(AccountSchema.safeParse({ ...base, marginLevel: -1 }).success).toBe(false)
    expect(AccountSchema.safeParse({ ...base, marginLevel: Number.NaN }).success).toBe(false)
  })
})
