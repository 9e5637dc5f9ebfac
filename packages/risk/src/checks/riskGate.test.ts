import { Decimal, type OrderRequest, type PreTradeContext } from '@aitrade/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ctx, instrument, order, outcome, position } from '../../test-support/context.js'
import { maxOrderNotional } from './maxOrderNotional.js'
import { maxPositionSize } from './maxPositionSize.js'
import { maxRiskPerTrade } from './maxRiskPerTrade.js'
import { maxTotalExposure } from './maxTotalExposure.js'
import { orderRateThrottle } from './orderRateThrottle.js'
import { createRiskGate } from './riskGate.js'
import { stopLossRequired } from './stopLossRequired.js'

describe('createRiskGate', () => {
  it('reports every reason and rejects if any check rejects', () => {
    const gate = createRiskGate([stopLossRequired(), maxOrderNotional({ maxNotional: '500' })])
    const d = gate.check(order({ amount: '10' }), ctx())
    expect(d.action).toBe('reject')
    expect(d.action === 'reject' && d.reasons.map((r) => [r.check, r.code])).toEqual([
      ['stopLossRequired', 'STOP_LOSS_REQUIRED'],
      ['maxOrderNotional', 'MAX_ORDER_NOTIONAL'],
    ])
  })

  it('applies the smallest resize', () => {
    const gate = createRiskGate([maxOrderNotional({ maxNotional: '800' }), maxPositionSize({ maxAmount: '5' })])
    const d = gate.check(order({ amount: '10' }), ctx())
    expect(outcome(d)).toBe('resize 5')
    expect(d.action === 'resize' && d.reasons).toHaveLength(2)
  })

  it('forwards onAccepted to stateful checks', () => {
    const gate = createRiskGate([orderRateThrottle({ maxOrders: 1, windowMs: 1000 })])
    gate.onAccepted!(order(), ctx({ time: 0 }))
    expect(gate.check(order(), ctx({ time: 10 })).action).toBe('reject')
  })

  it('rejects an empty list or a non-check', () => {
    expect(() => createRiskGate([])).toThrow(/checks/)
    expect(() => createRiskGate([{} as never])).toThrow(/checks.0/)
  })

  // Independent oracle of the configured limits, computed directly from the definitions.
  const LIMITS = {
    maxLots: 40,
    maxPositionFraction: 0.6,
    maxGrossFraction: 1.2,
    maxOrderNotional: 3000,
    riskFraction: 0.02,
  }
  function breaks(o: OrderRequest, cx: PreTradeContext): string | undefined {
    const eq = cx.account.equity
    const price = cx.price
    let net = new Decimal(0)
    let others = new Decimal(0)
    for (const p of cx.positions) {
      const s = p.side === 'long' ? p.amount : p.amount.neg()
      if (p.symbol === o.symbol) net = net.add(s)
      else others = others.add(p.amount.mul(p.markPrice))
    }
    const after = net.add(o.side === 'buy' ? o.amount : o.amount.neg()).abs()
    const reducing = o.side === 'buy' ? net.lt(0) && o.amount.lte(net.abs()) : net.gt(0) && o.amount.lte(net)
    const increases = !reducing
    if (o.amount.mul(price).gt(LIMITS.maxOrderNotional)) return 'order notional'
    if (increases && after.gt(LIMITS.maxLots)) return 'lots'
    if (increases && after.mul(price).gt(eq.mul(LIMITS.maxPositionFraction))) return 'position fraction'
    if (increases && others.add(after.mul(price)).gt(eq.mul(LIMITS.maxGrossFraction))) return 'gross'
    if (
      !reducing &&
      o.stopLoss !== undefined &&
      price.sub(o.stopLoss.price).abs().mul(o.amount).gt(eq.mul(LIMITS.riskFraction))
    )
      return 'risk'
    return undefined
  }

  const gate = createRiskGate([
    maxPositionSize({ maxAmount: LIMITS.maxLots, maxEquityFraction: LIMITS.maxPositionFraction }),
    maxTotalExposure({ maxEquityFraction: LIMITS.maxGrossFraction }),
    maxOrderNotional({ maxNotional: LIMITS.maxOrderNotional }),
    maxRiskPerTrade({ maxEquityFraction: LIMITS.riskFraction }),
  ])

  const scenario = fc.record({
    equity: fc.integer({ min: 1000, max: 20000 }),
    price: fc.integer({ min: 10, max: 300 }),
    held: fc.integer({ min: -60, max: 60 }),
    otherNotional: fc.integer({ min: 0, max: 15000 }),
    side: fc.constantFrom('buy' as const, 'sell' as const),
    amountTenths: fc.integer({ min: 1, max: 1000 }),
    stopTicks: fc.integer({ min: 1, max: 50 }),
    lotStep: fc.constantFrom('0.1', '0.5', '1'),
  })

  it('property: an allowed or resized order never breaks a configured limit', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const positions = []
        if (s.held !== 0) positions.push(position('XYZ', s.held > 0 ? 'long' : 'short', Math.abs(s.held), s.price))
        if (s.otherNotional > 0) positions.push(position('ABC', 'long', s.otherNotional / 100, 100))
        const cx = ctx({ equity: s.equity, price: s.price, positions, instrument: instrument({ lotStep: s.lotStep }) })
        const stop = s.side === 'buy' ? s.price - s.stopTicks / 10 : s.price + s.stopTicks / 10
        const o = order({ side: s.side, amount: String(s.amountTenths / 10), stopLoss: { price: String(stop) } })
        const d = gate.check(o, cx)
        if (d.action === 'reject') return
        const sent = d.action === 'resize' ? { ...o, amount: d.amount } : o
        if (d.action === 'resize') {
          expect(d.amount.lte(o.amount)).toBe(true)
          expect(d.amount.div(s.lotStep).isInteger()).toBe(true)
        }
        expect(breaks(sent, cx)).toBeUndefined()
      }),
      { numRuns: 2000 },
    )
  })

  it('property: a resize is the largest lot multiple that fits (one more lot step breaks a limit)', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const cx = ctx({ equity: s.equity, price: s.price, instrument: instrument({ lotStep: s.lotStep }) })
        const stop = s.side === 'buy' ? s.price - s.stopTicks / 10 : s.price + s.stopTicks / 10
        const o = order({ side: s.side, amount: String(s.amountTenths / 10), stopLoss: { price: String(stop) } })
        const d = gate.check(o, cx)
        if (d.action !== 'resize') return
        expect(breaks({ ...o, amount: d.amount.add(s.lotStep) }, cx)).toBeDefined()
      }),
      { numRuns: 2000 },
    )
  })
})

describe('createRiskGate — leverage, margin and correlation properties', () => {
  it('property: resized or allowed orders keep leverage, margin usage and correlated exposure within limits', async () => {
    const { maxLeverage } = await import('./maxLeverage.js')
    const { correlatedExposure } = await import('./correlatedExposure.js')
    const rho = 0.75
    const gate = createRiskGate([
      maxLeverage({ maxLeverage: 2, maxMarginUsage: 0.5 }),
      correlatedExposure({
        symbols: ['XYZ', 'ABC'],
        matrix: [
          [1, rho],
          [rho, 1],
        ],
        maxEquityFraction: 1.5,
      }),
    ])
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 50_000 }),
        fc.integer({ min: 5, max: 500 }),
        fc.integer({ min: -200, max: 200 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.constantFrom('buy' as const, 'sell' as const),
        fc.constantFrom(10, 20, 50),
        (equity, price, abcLots, amount, side, lev) => {
          const positions =
            abcLots === 0
              ? []
              : [
                  position('ABC', abcLots > 0 ? 'long' : 'short', Math.abs(abcLots), 50, {
                    margin: String((Math.abs(abcLots) * 50) / lev),
                  }),
                ]
          const margin = (Math.abs(abcLots) * 50) / lev
          const cx = ctx({ equity, price, positions, margin, instrument: instrument({ maxLeverage: lev }) })
          const o = order({ side, amount: String(amount) })
          const d = gate.check(o, cx)
          if (d.action === 'reject') return
          const x = d.action === 'resize' ? d.amount.toNumber() : amount
          const signed = (side === 'buy' ? x : -x) * price
          const abc = abcLots * 50
          const gross = Math.abs(signed) + Math.abs(abc)
          const tol = 1e-9 * equity
          expect(gross).toBeLessThanOrEqual(2 * equity + tol)
          expect(Math.abs(signed) / lev + margin).toBeLessThanOrEqual(0.5 * equity + tol)
          expect(Math.abs(signed + rho * abc)).toBeLessThanOrEqual(1.5 * equity + tol)
        },
      ),
      { numRuns: 1000 },
    )
  })
})
