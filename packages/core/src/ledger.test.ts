import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { Decimal } from './decimal.js'
import { InstrumentSchema } from './instrument.js'
import { Ledger, quotientToNumber } from './ledger.js'

const fill = (
  id: string,
  side: 'buy' | 'sell',
  amount: string,
  price: string,
  fee = '0',
  timestamp = 0,
  extra = {},
) => ({
  id,
  orderId: id,
  symbol: 'GOOG',
  side,
  amount,
  price,
  fee: { cost: fee, currency: 'USD' },
  timestamp,
  ...extra,
})

describe('Ledger', () => {
  it('books a long round trip with fees (worked by hand)', () => {
    const l = new Ledger({ currency: 'USD', initialBalance: '10000' })
    l.applyFill(fill('1', 'buy', '10', '100', '2'), 0)
    // balance 10000 - 2 = 9998; mark 104 -> unrealized 40; equity 10038
    l.mark('GOOG', '104', '97', '112')
    expect(l.balance.toString()).toBe('9998')
    expect(l.equity.toString()).toBe('10038')
    const r = l.applyFill(fill('2', 'sell', '10', '110', '2.2', 86_400_000), 3)
    // gross (110-100)*10 = 100; fees 2 + 2.2; pnl 95.8; pnlFraction 95.8/1000
    const t = r.closedTrades[0]!
    expect(t.pnl.toString()).toBe('95.8')
    expect(t.fees.toString()).toBe('4.2')
    expect(t.pnlFraction).toBeCloseTo(0.0958, 15)
    expect(t.mae.toString()).toBe('-30') // worst 97: (97-100)*10
    expect(t.mfe.toString()).toBe('120') // best 112
    expect(t.barsHeld).toBe(3)
    expect(t.entryBar).toBe(0)
    expect(t.exitBar).toBe(3)
    expect(l.balance.toString()).toBe('10095.8')
    expect(l.positions()).toEqual([])
  })

  it('averages entries, partially closes and reverses in netting mode', () => {
    const l = new Ledger({ currency: 'USD', initialBalance: '1000' })
    l.applyFill(fill('1', 'buy', '2', '10'))
    l.applyFill(fill('2', 'buy', '2', '14')) // avg 12 on 4
    expect(l.position('GOOG')?.entryPrice.toString()).toBe('12')
    const r1 = l.applyFill(fill('3', 'sell', '1', '15')) // realize (15-12)*1 = 3
    expect(r1.realizedPnl.toString()).toBe('3')
    expect(l.position('GOOG')?.amount.toString()).toBe('3')
    const r2 = l.applyFill(fill('4', 'sell', '5', '11', '1')) // close 3 @11 => -3, open short 2 @ 11
    expect(r2.realizedPnl.toString()).toBe('-3')
    expect(r2.closedTrades[0]!.fees.toString()).toBe('0.6') // 3/5 of the 1 fee
    const p = l.position('GOOG')!
    expect(p.side).toBe('short')
    expect(p.amount.toString()).toBe('2')
    expect(p.fees.toString()).toBe('0.4')
    l.mark('GOOG', '9')
    expect(p.side === 'short' && l.unrealizedPnl.toString()).toBe('4') // (11-9)*2
    expect(l.balance.toString()).toBe('999') // 1000 + 3 - 3 - 1
    expect(l.netAmount('GOOG').toString()).toBe('-2')
  })

  it('keeps tickets apart in hedging mode and closes by ticket id', () => {
    const l = new Ledger({ currency: 'USD', initialBalance: '1000', mode: 'hedging' })
    const a = l.applyFill(fill('1', 'buy', '1', '10')).opened!
    const b = l.applyFill(fill('2', 'sell', '1', '12')).opened!
    expect(l.positions().map((p) => p.side)).toEqual(['long', 'short'])
    expect(l.netAmount('GOOG').toString()).toBe('0')
    l.applyFill(fill('3', 'sell', '1', '11', '0', 0, { positionId: a.id }))
    expect(l.positions().map((p) => p.id)).toEqual([b.id])
    expect(l.balance.toString()).toBe('1001')
    expect(() => l.applyFill(fill('4', 'buy', '1', '11', '0', 0, { positionId: 'T99' }))).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    )
    expect(() => l.applyFill(fill('5', 'buy', '2', '11', '0', 0, { positionId: b.id }))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
  })

  it('applies contract size, margin rate and currency conversion (EUR/USD lot, JPY quote)', () => {
    const eurusd = InstrumentSchema.parse({
      symbol: 'EUR/USD',
      base: 'EUR',
      quote: 'USD',
      assetClass: 'forex',
      tickSize: '0.00001',
      lotStep: '0.01',
      contractSize: '100000',
      maxLeverage: 30,
    })
    const usdjpy = InstrumentSchema.parse({
      symbol: 'USD/JPY',
      base: 'USD',
      quote: 'JPY',
      assetClass: 'forex',
      tickSize: '0.001',
      contractSize: '100000',
      marginRate: '0.05',
    })
    const l = new Ledger({
      currency: 'USD',
      initialBalance: '10000',
      instruments: [eurusd, usdjpy],
      leverage: 30,
      conversionRate: (q) => (q === 'JPY' ? '0.0066' : 1),
    })
    l.applyFill({ ...fill('1', 'buy', '0.1', '1.08000'), symbol: 'EUR/USD' })
    l.mark('EUR/USD', '1.08150')
    // 0.1 lot = 10,000 EUR; +15 pips = 10000 * 0.0015 = 15 USD; margin 10000*1.0815/30 = 360.5
    expect(l.unrealizedPnl.toString()).toBe('15')
    expect(l.margin.toString()).toBe('360.5')
    const acct = l.account(0)
    expect(acct.freeMargin.toString()).toBe('9654.5')
    expect(acct.marginLevel).toBeCloseTo(10015 / 360.5, 12)
    l.applyFill({ ...fill('2', 'sell', '1', '150.000'), symbol: 'USD/JPY' })
    l.mark('USD/JPY', '149.500')
    // short 1 lot from 150.000 to 149.500 = +0.5 * 100000 JPY = 50000 JPY * 0.0066 = 330 USD
    expect(l.unrealizedPnl.toString()).toBe('345')
  })

  it('rejects malformed fills without booking anything', () => {
    const l = new Ledger({ currency: 'USD', initialBalance: '100' })
    expect(() => l.applyFill(fill('1', 'buy', '-1', '10'))).toThrow(
      expect.objectContaining({
        code: 'INVALID_ARGUMENT',
        details: expect.objectContaining({ argument: 'fill.amount' }),
      }),
    )
    expect(() => l.applyFill(fill('1', 'buy', '1', 'NaN'))).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(() => l.applyFill({ ...fill('1', 'buy', '1', '10', '1'), fee: { cost: '1', currency: 'EUR' } })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(() => l.mark('GOOG', '0')).toThrow(expect.objectContaining({ code: 'INVALID_ARGUMENT' }))
    expect(() => new Ledger({ currency: 'USD', initialBalance: '-5' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    )
    expect(l.balance.toString()).toBe('100')
    expect(l.positions()).toEqual([])
  })

  it('conserves money: balance - initial = realized - fees + adjustments; equity = balance + unrealized', () => {
    const step = fc.record({
      side: fc.constantFrom<'buy' | 'sell'>('buy', 'sell'),
      amount: fc.integer({ min: 1, max: 5000 }).map((n) => (n / 100).toString()),
      price: fc.integer({ min: 1, max: 1_000_000 }).map((n) => (n / 1000).toString()),
      fee: fc.integer({ min: 0, max: 500 }).map((n) => (n / 100).toString()),
      mark: fc.integer({ min: 1, max: 1_000_000 }).map((n) => (n / 1000).toString()),
    })
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 40 }),
        fc.constantFrom<'netting' | 'hedging'>('netting', 'hedging'),
        (steps, mode) => {
          const l = new Ledger({ currency: 'USD', initialBalance: '100000', mode })
          let realized = new Decimal(0)
          let fees = new Decimal(0)
          steps.forEach((s, i) => {
            const r = l.applyFill(fill(String(i), s.side, s.amount, s.price, s.fee, i), i)
            realized = realized.plus(r.realizedPnl)
            fees = fees.plus(s.fee)
            l.mark('GOOG', s.mark)
            if (i % 7 === 3) l.adjustBalance('-0.5', 'swap')
          })
          const adj = l.adjustments
          expect(l.balance.minus(l.initialBalance).eq(realized.minus(fees).plus(adj))).toBe(true)
          expect(l.equity.eq(l.balance.plus(l.unrealizedPnl))).toBe(true)
          // every closed trade's pnl = gross - fees; their sum plus open fees equals the realized total minus fees
          const tradePnl = l.trades.reduce((a, t) => a.plus(t.pnl), new Decimal(0))
          const openFees = l.positions().reduce((a, p) => a.plus(p.fees), new Decimal(0))
          const tradeFees = l.trades.reduce((a, t) => a.plus(t.fees), new Decimal(0))
          expect(tradePnl.plus(tradeFees).eq(realized)).toBe(true)
          expect(tradeFees.lte(fees)).toBe(true)
          expect(openFees.gte(0)).toBe(true)
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('Ledger fast paths', () => {
  // The ledger skips work that cannot change a result (×1, +0, rounding a value that already has ≤ 12 decimals), takes
  // typed fills without the schema and keeps number marks as numbers until read. Oracle: the bookkeeping rules of the
  // class doc written out below with plain Decimal operations and no shortcuts.
  const r12 = (x: Decimal) => x.toDecimalPlaces(12, Decimal.ROUND_HALF_EVEN)
  interface RefTrade {
    pnl: Decimal
    fees: Decimal
    mae: Decimal
    mfe: Decimal
    pnlFraction: number
    entryPrice: Decimal
    exitPrice: Decimal
    amount: Decimal
  }
  /** One netting position of one symbol, contract size `cs`, no currency conversion. */
  function referenceBook(initial: string, cs: Decimal) {
    let cash = new Decimal(initial)
    let pos: { dir: number; amount: Decimal; entry: Decimal; openFees: Decimal; best: Decimal; worst: Decimal } | null =
      null
    let mark = new Decimal(0)
    const trades: RefTrade[] = []
    const share = (total: Decimal, part: Decimal, whole: Decimal) =>
      part.eq(whole) ? total : r12(total.mul(part).div(whole))
    return {
      trades,
      get cash() {
        return cash
      },
      get equity() {
        return pos ? cash.plus(r12(mark.minus(pos.entry).mul(pos.amount).mul(cs).mul(pos.dir))) : cash
      },
      fill(side: 'buy' | 'sell', amount: Decimal, price: Decimal, fee: Decimal) {
        const dir = side === 'buy' ? 1 : -1
        cash = cash.minus(fee)
        let remaining = amount
        if (pos && pos.dir !== dir) {
          const close = Decimal.min(remaining, pos.amount)
          const exitFee = share(fee, close, amount)
          const gross = r12(price.minus(pos.entry).mul(close).mul(cs).mul(pos.dir))
          const entryFee = share(pos.openFees, close, pos.amount)
          pos.best = Decimal.max(pos.best, price)
          pos.worst = Decimal.min(pos.worst, price)
          const fees = entryFee.plus(exitFee)
          const pnl = gross.minus(fees)
          const unit = close.mul(cs)
          const fav = pos.dir > 0 ? pos.best : pos.worst
          const adv = pos.dir > 0 ? pos.worst : pos.best
          trades.push({
            pnl,
            fees,
            mae: r12(Decimal.min(0, adv.minus(pos.entry).mul(unit).mul(pos.dir))),
            mfe: r12(Decimal.max(0, fav.minus(pos.entry).mul(unit).mul(pos.dir))),
            pnlFraction: pnl.div(pos.entry.mul(unit)).toNumber(),
            entryPrice: pos.entry,
            exitPrice: price,
            amount: close,
          })
          pos.openFees = pos.openFees.minus(entryFee)
          pos.amount = pos.amount.minus(close)
          if (pos.amount.isZero()) pos = null
          cash = cash.plus(gross)
          remaining = remaining.minus(close)
        }
        if (remaining.gt(0)) {
          const feeShare = fee.minus(share(fee, amount.minus(remaining), amount))
          if (pos) {
            const total = pos.amount.plus(remaining)
            pos.entry = pos.entry.mul(pos.amount).plus(price.mul(remaining)).div(total)
            pos.amount = total
            pos.openFees = pos.openFees.plus(feeShare)
            pos.best = Decimal.max(pos.best, price)
            pos.worst = Decimal.min(pos.worst, price)
          } else pos = { dir, amount: remaining, entry: price, openFees: feeShare, best: price, worst: price }
        }
        mark = price
      },
      mark(price: Decimal, lo: Decimal, hi: Decimal) {
        mark = price
        if (pos) {
          pos.best = Decimal.max(pos.best, lo, hi)
          pos.worst = Decimal.min(pos.worst, lo, hi)
        }
      },
    }
  }

  // prices with up to 17 significant digits (what bar data in doubles gives), often tied, and amounts of 1 or not
  const price = fc.oneof(
    fc.constantFrom(100, 100.5, 99.75, 101.25),
    fc.double({ min: 50, max: 150, noNaN: true }),
    fc.integer({ min: 1, max: 20_000 }).map((n) => n / 100),
  )
  const step = fc.record({
    side: fc.constantFrom<'buy' | 'sell'>('buy', 'sell'),
    amount: fc.oneof(
      fc.constant('1'),
      fc.integer({ min: 1, max: 500 }).map((n) => (n / 100).toString()),
    ),
    price,
    fee: fc.oneof(
      fc.constant('0'),
      fc.integer({ min: 1, max: 500 }).map((n) => (n / 100).toString()),
    ),
    lo: price,
    hi: price,
    close: price,
  })

  it('books exactly what the plain Decimal rules give; typed fills and number marks equal strings through the schema', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.constantFrom('1', '100', '0.01'), (steps, cs) => {
        const inst = InstrumentSchema.parse({
          symbol: 'GOOG',
          base: 'GOOG',
          quote: 'USD',
          assetClass: 'stock',
          tickSize: '0.00000001',
          contractSize: cs,
        })
        const typed = new Ledger({ currency: 'USD', initialBalance: '100000', instruments: [inst] })
        const parsed = new Ledger({ currency: 'USD', initialBalance: '100000', instruments: [inst] })
        const ref = referenceBook('100000', new Decimal(cs))
        steps.forEach((s, i) => {
          const p = new Decimal(s.price)
          typed.applyFill(
            {
              id: `f${i}`,
              orderId: `o${i}`,
              symbol: 'GOOG',
              side: s.side,
              amount: new Decimal(s.amount),
              price: p,
              fee: { cost: new Decimal(s.fee), currency: 'USD' },
              timestamp: i,
            },
            i,
          )
          parsed.applyFill(fill(String(i), s.side, s.amount, String(s.price), s.fee, i), i)
          ref.fill(s.side, new Decimal(s.amount), p, new Decimal(s.fee))
          typed.mark('GOOG', s.close, s.lo, s.hi)
          parsed.mark('GOOG', String(s.close), String(s.lo), String(s.hi))
          ref.mark(new Decimal(s.close), new Decimal(s.lo), new Decimal(s.hi))
        })
        expect(typed.trades).toEqual(parsed.trades)
        expect(typed.positions()).toEqual(parsed.positions())
        expect(typed.balance).toEqual(parsed.balance)
        expect(typed.equity).toEqual(parsed.equity)
        expect(typed.trades).toHaveLength(ref.trades.length)
        typed.trades.forEach((t, k) => {
          const r = ref.trades[k]!
          for (const key of ['pnl', 'fees', 'mae', 'mfe', 'entryPrice', 'exitPrice', 'amount'] as const) {
            // same value, sign of zero and digits: deep equality of the Decimals
            expect(t[key], `trade ${k} ${key}`).toEqual(r[key])
          }
          expect(t.pnlFraction).toBe(r.pnlFraction)
        })
        expect(typed.balance).toEqual(ref.cash)
        expect(typed.equity).toEqual(ref.equity)
      }),
      { numRuns: 300 },
    )
  }, 30_000) // a few hundred ms alone; generous for a loaded machine

  it('rejects bad number marks with the same errors as before (NaN, infinite, zero, negative)', () => {
    const l = new Ledger({ currency: 'USD', initialBalance: '100' })
    l.applyFill(fill('1', 'buy', '1', '10'))
    for (const [args, argument] of [
      [[Number.NaN], 'price'],
      [[Number.POSITIVE_INFINITY], 'price'],
      [[0], 'price'],
      [[10, -1], 'low'],
      [[10, 9, Number.NaN], 'high'],
    ] as const) {
      expect(() => l.mark('GOOG', ...(args as [number]))).toThrow(
        expect.objectContaining({ code: 'INVALID_ARGUMENT', details: expect.objectContaining({ argument }) }),
      )
    }
    expect(l.position('GOOG')?.markPrice.toString()).toBe('10')
  })
})

describe('quotientToNumber (Trade.pnlFraction)', () => {
  // Oracle: decimal.js itself — a.div(b).toNumber() at the package's 40-digit precision with banker's rounding.
  const same = (a: Decimal, b: Decimal) => expect(Object.is(quotientToNumber(a, b), a.div(b).toNumber())).toBe(true)
  const decimalText = (digits: bigint, scale: number, negative: boolean) => `${negative ? '-' : ''}${digits}e${-scale}`

  it('equals decimal.js on PnL-like and price-like decimals of either sign, any scale', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 22n }),
        fc.integer({ min: 0, max: 30 }),
        fc.boolean(),
        fc.bigInt({ min: 1n, max: 10n ** 17n }),
        fc.integer({ min: -10, max: 20 }),
        fc.boolean(),
        (ad, as, an, bd, bs, bn) => {
          same(new Decimal(decimalText(ad, as, an)), new Decimal(decimalText(bd, bs, bn)))
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('rounds exact ties at the 41st digit to even, as decimal.js does', () => {
    // (2t + 1) / 2 = t + 0.5: 41 significant digits ending in 5 when t has 40 digits
    fc.assert(
      fc.property(fc.bigInt({ min: 10n ** 39n, max: 10n ** 40n - 1n }), fc.integer({ min: -20, max: 20 }), (t, k) => {
        same(new Decimal(`${2n * t + 1n}e${k}`), new Decimal(2))
        same(new Decimal(`${2n * t + 1n}e${k}`), new Decimal(-20))
        // just above and below the tie
        same(new Decimal(`${20n * t + 11n}e${k}`), new Decimal(20))
        same(new Decimal(`${20n * t + 9n}e${k}`), new Decimal(20))
      }),
      { numRuns: 500 },
    )
  })

  it('keeps the sign of a zero quotient', () => {
    expect(Object.is(quotientToNumber(new Decimal('-0'), new Decimal(3)), -0)).toBe(true)
    expect(Object.is(quotientToNumber(new Decimal(0), new Decimal(3)), 0)).toBe(true)
    expect(Object.is(quotientToNumber(new Decimal(0), new Decimal(-3)), -0)).toBe(true)
    same(new Decimal('1e-40'), new Decimal('3e20'))
    same(new Decimal('123456789012345678901234567890123456789012345'), new Decimal('7'))
  })
})
