import { describe, expect, it } from 'vitest'
import { ctx, order, outcome, position } from '../../test-support/context.js'
import { createPersonalRisk, personalTraderLimits } from './personalTraderLimits.js'

describe('personal trader limits', () => {
  it('defaults match the platform: 2 %, 10 %, 5 %, 20 %, 1.5, 10', () => {
    expect(personalTraderLimits()).toEqual({
      riskPerTradeFraction: 0.02,
      maxOpenRiskFraction: 0.1,
      maxDailyLossFraction: 0.05,
      maxDrawdownFraction: 0.2,
      minRewardRisk: 1.5,
      maxOpenPositions: 10,
    })
    expect(() => personalTraderLimits({ maxOpenPositions: -1 })).toThrow(/limits.maxOpenPositions/)
  })

  it('gate: 2 % risk → resize; reward:risk < 1.5 → reject; guard halt blocks opening orders', () => {
    const { gate, guard } = createPersonalRisk(personalTraderLimits(), { initialBalance: 10_000 })
    // 200 at risk, stop 2 below 100 → 100 shares
    const d = gate.check(order({ amount: '150', stopLoss: { price: '98' }, takeProfit: { price: '104' } }), ctx())
    expect(outcome(d)).toBe('resize 100')
    const bad = gate.check(order({ amount: '10', stopLoss: { price: '98' }, takeProfit: { price: '102' } }), ctx())
    expect(bad.action === 'reject' && bad.reasons.map((r) => r.code)).toEqual(['MIN_REWARD_RISK'])
    guard.update({ time: Date.UTC(2024, 0, 8, 12), balance: 9_400, equity: 9_400 })
    expect(guard.state).toBe('halted')
    const cx = ctx({ equity: 9_400, positions: [position('XYZ', 'long', 10, 100)] })
    const h = gate.check(order({ amount: '1', stopLoss: { price: '98' }, takeProfit: { price: '104' } }), cx)
    expect(h.action === 'reject' && h.reasons[0]!.code).toBe('TRADING_HALTED')
    expect(gate.check(order({ side: 'sell', amount: '10' }), cx).action).toBe('allow')
  })

  it('10 open positions at most', () => {
    const { gate } = createPersonalRisk(personalTraderLimits(), { initialBalance: 100_000 })
    const positions = Array.from({ length: 10 }, (_, i) => position(`S${i}`, 'long', 1, 10))
    const d = gate.check(
      order({ amount: '1', stopLoss: { price: '99' }, takeProfit: { price: '102' } }),
      ctx({ equity: 100_000, positions }),
    )
    expect(d.action === 'reject' && d.reasons.map((r) => r.code)).toContain('MAX_OPEN_POSITIONS')
  })
})
