import { isAitradeError } from '@aitrade/core'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ChallengeEvaluator } from './challengeEvaluator.js'

const H = 3_600_000
const s = (d: { toString(): string } | null) => (d === null ? null : d.toString())

describe('ChallengeEvaluator — FTMO 2-Step', () => {
  // https://academy.ftmo.com/lesson/maximum-daily-loss: $200,000 account, 5 % = $10,000 per day.
  it('academy worked example: −$8,000 leaves $2,000; a $4,000 Monday allows $14,000 until midnight CE(S)T', () => {
    const ev = ChallengeEvaluator.fromPreset('ftmo-2step', { accountSize: 200_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 9), balance: 192_000, equity: 192_000, traded: true })
    expect(s(ev.limits.dailyLossFloor)).toBe('190000') // $2,000 left
    expect(ev.status).toBe('active')
    // Monday closes with +$4,000 (new account): permitted loss for the rest of the day = $14,000
    const ev2 = ChallengeEvaluator.fromPreset('ftmo-2step', { accountSize: 200_000 })
    ev2.update({ time: Date.UTC(2024, 0, 8, 10), balance: 204_000, equity: 204_000, traded: true })
    expect(s(ev2.limits.dailyLossFloor)).toBe('190000')
    // a new trade floats −$13,000: still inside until 23:59 Prague (22:59 UTC in January)
    ev2.update({ time: Date.UTC(2024, 0, 8, 22, 59), balance: 204_000, equity: 191_000 })
    expect(ev2.status).toBe('active')
    // midnight CET: the limit resets to balance − $10,000 = 194,000 and the open −$13,000 breaches it
    ev2.update({ time: Date.UTC(2024, 0, 8, 23, 0, 1), balance: 204_000, equity: 191_000 })
    expect(ev2.status).toBe('failed')
    expect(ev2.violations[0]).toMatchObject({ rule: 'maxDailyLoss', effect: 'fail' })
    expect(s(ev2.violations[0]!.limit)).toBe('194000')
  })

  // https://academy.ftmo.com/?p=47: $100,000 account: balance $92,000 with a floating loss of $2,001 breaches.
  it('academy Maximum Loss example: equity never below $90,000', () => {
    const ev = ChallengeEvaluator.fromPreset('ftmo-2step', { accountSize: 100_000 })
    // spread over days so the daily limit is not the binding one
    ev.update({ time: Date.UTC(2024, 0, 8, 10), balance: 96_000, equity: 96_000, traded: true })
    ev.update({ time: Date.UTC(2024, 0, 9, 10), balance: 92_000, equity: 92_000, traded: true })
    ev.update({ time: Date.UTC(2024, 0, 10, 10), balance: 92_000, equity: 90_000 })
    expect(ev.status).toBe('active')
    ev.update({ time: Date.UTC(2024, 0, 10, 11), balance: 92_000, equity: 89_999 })
    expect(ev.status).toBe('failed')
    expect(ev.violations.map((v) => v.rule)).toEqual(['maxLoss'])
    expect(s(ev.violations[0]!.limit)).toBe('90000')
  })

  // https://ftmo.com/en/trading-objectives: target 10 %, minimum 4 trading days (CE(S)T days with a trade).
  it('passes only after the 4th trading day even when the 10 % target came earlier', () => {
    const ev = ChallengeEvaluator.fromPreset('ftmo-2step', { accountSize: 100_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 10), balance: 104_000, equity: 104_000, traded: true })
    ev.update({ time: Date.UTC(2024, 0, 9, 10), balance: 108_000, equity: 108_000, traded: true })
    ev.update({ time: Date.UTC(2024, 0, 10, 10), balance: 110_500, equity: 110_500, traded: true })
    expect(ev.progress).toMatchObject({ tradingDays: 3 })
    expect(ev.status).toBe('active')
    ev.recordTrade(Date.UTC(2024, 0, 11, 10))
    ev.update({ time: Date.UTC(2024, 0, 11, 10, 5), balance: 110_490, equity: 110_490 })
    expect(ev.status).toBe('passed')
    expect(ev.progress.tradingDays).toBe(4)
  })

  it('verification phase uses a 5 % target and the funded phase has none', () => {
    expect(
      s(
        ChallengeEvaluator.fromPreset('ftmo-2step', { accountSize: 10_000, phase: 'verification' }).progress
          .profitTarget,
      ),
    ).toBe('500')
    const funded = ChallengeEvaluator.fromPreset('ftmo-2step', { accountSize: 10_000, phase: 'funded' })
    expect(funded.progress.profitTarget).toBeNull()
    // ftmo.oanda.com: "In the $10,000 FTMO Challenge account, the Maximum Daily Loss is always $500"
    expect(s(funded.limits.dailyLossFloor)).toBe('9500')
  })
})

describe('ChallengeEvaluator — FTMO 1-Step', () => {
  // https://ftmo.com/au/?p=1671 worked example (Initial Simulated Capital $100,000)
  it('end-of-day trailing Maximum Loss: Day 1 90,000; Day 2 94,000; Day 3 stays 94,000', () => {
    const ev = ChallengeEvaluator.fromPreset('ftmo-1step', { accountSize: 100_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 9), balance: 100_000, equity: 100_000, traded: true })
    expect(s(ev.limits.maxLossFloor)).toBe('90000')
    ev.update({ time: Date.UTC(2024, 0, 8, 20), balance: 104_000, equity: 105_000 })
    expect(s(ev.limits.maxLossFloor)).toBe('90000') // intraday changes do not move it
    ev.update({ time: Date.UTC(2024, 0, 9, 9), balance: 104_000, equity: 104_000 })
    expect(s(ev.limits.maxLossFloor)).toBe('94000')
    ev.update({ time: Date.UTC(2024, 0, 9, 20), balance: 103_000, equity: 103_000 })
    ev.update({ time: Date.UTC(2024, 0, 10, 9), balance: 103_000, equity: 103_000 })
    expect(s(ev.limits.maxLossFloor)).toBe('94000')
  })

  // https://ftmo.com/au/faq/what-happens-if-the-best-day-rule-is-not-met-in-ftmo-challenge-1-step
  it('Best Day Rule: $5,000 on one day is 100 %; with $5,000 more on other days it is 50 % and passes', () => {
    const ev = ChallengeEvaluator.fromPreset('ftmo-1step', { accountSize: 100_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 10), balance: 100_000, equity: 100_000, traded: true })
    ev.update({ time: Date.UTC(2024, 0, 8, 20), balance: 105_000, equity: 105_000 })
    expect(ev.progress.bestDayShare).toBe(1)
    expect(ev.progress.consistencySatisfied).toBe(false)
    ev.update({ time: Date.UTC(2024, 0, 9, 20), balance: 107_500, equity: 107_500, traded: true })
    expect(ev.progress.bestDayShare).toBeCloseTo(5000 / 7500, 12)
    ev.update({ time: Date.UTC(2024, 0, 10, 20), balance: 110_000, equity: 110_000, traded: true })
    expect(ev.progress.bestDayShare).toBe(0.5)
    expect(ev.progress.consistencySatisfied).toBe(true)
    expect(ev.status).toBe('passed')
  })

  it('an unmet Best Day Rule with the target reached keeps the account active (never fails)', () => {
    const ev = ChallengeEvaluator.fromPreset('ftmo-1step', { accountSize: 100_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 10), balance: 110_000, equity: 110_000, traded: true })
    expect(ev.status).toBe('active')
  })
})

describe('ChallengeEvaluator — Topstep Trading Combine', () => {
  // Topstep Help Center "What is the Maximum Loss Limit?" (copy at jljejxiy.com), $50K account.
  it('MLL example: +$500 → $48,500; −$500 → stays $48,500; +$2,500 → $50,000 and locked', () => {
    const ev = ChallengeEvaluator.fromPreset('topstep-combine', { accountSize: 50_000 })
    const day = (n: number, hourUtc: number) => Date.UTC(2024, 0, 8 + n, hourUtc) // 17:00 CT = 23:00 UTC in January
    ev.update({ time: day(0, 15), balance: 50_500, equity: 50_500, traded: true })
    expect(s(ev.limits.maxLossFloor)).toBe('48000') // set only at the end of the trading day
    ev.update({ time: day(1, 15), balance: 50_000, equity: 50_000, traded: true })
    expect(s(ev.limits.maxLossFloor)).toBe('48500')
    ev.update({ time: day(2, 15), balance: 52_500, equity: 52_500, traded: true })
    expect(s(ev.limits.maxLossFloor)).toBe('48500')
    ev.update({ time: day(3, 15), balance: 53_500, equity: 53_500, traded: true })
    expect(s(ev.limits.maxLossFloor)).toBe('50000')
    ev.update({ time: day(4, 15), balance: 53_500, equity: 53_500 })
    expect(s(ev.limits.maxLossFloor)).toBe('50000') // stays at the starting balance
  })

  // https://help.futures.topstep.com/hc/en-us/articles/8808125387923-Prohibited-Conduct: a Daily Loss Limit hit is a
  // soft breach: trading stops until 5:00 PM CT, the account is not failed.
  it('Daily Loss Limit is a soft breach until 17:00 America/Chicago', () => {
    const ev = ChallengeEvaluator.fromPreset('topstep-combine', { accountSize: 50_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 15), balance: 50_000, equity: 49_001, traded: true })
    expect(ev.paused).toBe(false)
    ev.update({ time: Date.UTC(2024, 0, 8, 16), balance: 49_000, equity: 49_000 }) // "hit or exceed"
    expect(ev.paused).toBe(true)
    expect(ev.status).toBe('active')
    expect(ev.violations[0]).toMatchObject({ rule: 'maxDailyLoss', effect: 'pause' })
    ev.update({ time: Date.UTC(2024, 0, 8, 22, 59), balance: 49_000, equity: 49_000 })
    expect(ev.paused).toBe(true)
    ev.update({ time: Date.UTC(2024, 0, 8, 23, 0), balance: 49_000, equity: 49_000 }) // 17:00 CST
    expect(ev.paused).toBe(false)
    expect(s(ev.limits.dailyLossFloor)).toBe('48000')
  })

  // https://help.futures.topstep.com/hc/en-us/articles/4405772379155-What-is-the-Consistency-Target-
  it('Consistency Target example: $900 best day / $2,800 total = 32 %; exactly 40 % is not "below 40 %"', () => {
    const rules = {
      initialBalance: 50_000,
      timeZone: 'America/Chicago',
      resetTime: '17:00',
      consistency: { maxBestDayFraction: 0.4, inclusive: false },
    }
    const ev = new ChallengeEvaluator(rules)
    const days = [900, 700, 600, 600] // total 2,800
    let bal = 50_000
    days.forEach((p, i) => {
      bal += p
      ev.update({ time: Date.UTC(2024, 0, 8 + i, 15), balance: bal, equity: bal, traded: true })
    })
    expect(ev.progress.bestDayShare).toBeCloseTo(900 / 2800, 12)
    expect(ev.progress.consistencySatisfied).toBe(true)
    const at40 = new ChallengeEvaluator(rules)
    at40.update({ time: Date.UTC(2024, 0, 8, 15), balance: 50_800, equity: 50_800, traded: true })
    at40.update({ time: Date.UTC(2024, 0, 9, 15), balance: 52_000, equity: 52_000, traded: true })
    expect(at40.progress.bestDayShare).toBe(0.6)
    at40.update({ time: Date.UTC(2024, 0, 10, 15), balance: 53_000, equity: 53_000, traded: true })
    expect(at40.progress.bestDayShare).toBe(0.4)
    expect(at40.progress.consistencySatisfied).toBe(false)
  })

  it('only listed account sizes', () => {
    expect(() => ChallengeEvaluator.fromPreset('topstep-combine', { accountSize: 75_000 })).toThrow(/accountSize/)
  })
})

describe('ChallengeEvaluator — The5%ers High Stakes', () => {
  // https://help.the5ers.com/what-is-the-maximum-loss-and-the-maximum-daily-loss-in-the-high-stakes-program:
  // "5% of the starting equity of the day OR the starting balance of the day (the highest between them) at 5PM EST"
  it('daily loss anchor is the higher of balance and equity at 17:00 New York', () => {
    const ev = ChallengeEvaluator.fromPreset('the5ers-high-stakes', { accountSize: 100_000 })
    // day 1 (starts at the initial balance): floor 95,000
    ev.update({ time: Date.UTC(2024, 0, 8, 15), balance: 100_000, equity: 102_000, traded: true })
    expect(s(ev.limits.dailyLossFloor)).toBe('95000')
    ev.update({ time: Date.UTC(2024, 0, 8, 21, 59), balance: 100_000, equity: 102_000 }) // 16:59 EST
    ev.update({ time: Date.UTC(2024, 0, 8, 22, 1), balance: 100_000, equity: 101_000 }) // new day at 17:00 EST
    // anchor 102,000 (equity at the reset) → 5 % = 5,100 → floor 96,900
    expect(s(ev.limits.dailyLossFloor)).toBe('96900')
    ev.update({ time: Date.UTC(2024, 0, 9, 21, 59), balance: 101_000, equity: 99_000 })
    ev.update({ time: Date.UTC(2024, 0, 9, 22, 1), balance: 101_000, equity: 99_000 })
    expect(s(ev.limits.dailyLossFloor)).toBe('95950') // anchor 101,000 (balance) − 5,050
    expect(s(ev.limits.maxLossFloor)).toBe('90000')
  })

  it('profitable days need ≥ 0.5 % of the initial balance closed in the day', () => {
    const ev = ChallengeEvaluator.fromPreset('the5ers-high-stakes', { accountSize: 100_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 15), balance: 100_400, equity: 100_400, traded: true })
    expect(ev.progress.tradingDays).toBe(0)
    ev.update({ time: Date.UTC(2024, 0, 9, 15), balance: 100_900, equity: 100_900, traded: true })
    expect(ev.progress.tradingDays).toBe(1)
  })

  it('news rule: trading 2 minutes around a listed release is recorded', () => {
    const nfp = Date.UTC(2024, 0, 5, 13, 30)
    const ev = ChallengeEvaluator.fromPreset('the5ers-high-stakes', {
      accountSize: 100_000,
      newsEvents: [{ time: nfp, label: 'NFP' }],
    })
    ev.update({ time: nfp + 60_000, balance: 100_000, equity: 100_000, traded: true })
    expect(ev.violations[0]).toMatchObject({ rule: 'newsTrading', effect: 'warn' })
    expect(ev.status).toBe('active')
  })
})

describe('ChallengeEvaluator — FundedNext Stellar 2-Step', () => {
  // https://help.fundednext.com/en/articles/9941519-daily-drawdown-limit-vs-overall-drawdown-limit:
  // "$100,000 … make a $2,000 profit by noon, your new loss limit for that day becomes $7,000"
  it("profit by noon raises the day's room to $7,000 (floor stays 95,000)", () => {
    const ev = ChallengeEvaluator.fromPreset('fundednext-stellar-2step', { accountSize: 100_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 9), balance: 102_000, equity: 102_000, traded: true })
    expect(ev.limits.dailyLossFloor!.toString()).toBe('95000')
    ev.update({ time: Date.UTC(2024, 0, 8, 12), balance: 102_000, equity: 95_000 }) // lost exactly $7,000
    expect(ev.status).toBe('active')
    ev.update({ time: Date.UTC(2024, 0, 8, 13), balance: 102_000, equity: 94_999 })
    expect(ev.status).toBe('failed')
  })

  // https://help.fundednext.com/en/articles/8019811-how-can-i-calculate-the-daily-drawdown, case 01
  it('case 01: after −$3,000 closed, a further −$2,000 is the most allowed', () => {
    const ev = ChallengeEvaluator.fromPreset('fundednext-stellar-2step', { accountSize: 100_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 9), balance: 97_000, equity: 95_000, traded: true })
    expect(ev.status).toBe('active')
    ev.update({ time: Date.UTC(2024, 0, 8, 10), balance: 97_000, equity: 94_999.99 })
    expect(ev.status).toBe('failed')
  })

  // help.fundednext.com (ja) 8021077: $50,000 Phase 1, 8 % target reached within 3 days → 2 more trading days
  it('needs 5 trading days even when the 8 % target is reached on day 3', () => {
    const ev = ChallengeEvaluator.fromPreset('fundednext-stellar-2step', { accountSize: 50_000 })
    const t = (d: number) => Date.UTC(2024, 0, 8 + d, 10)
    ev.update({ time: t(0), balance: 51_500, equity: 51_500, traded: true })
    ev.update({ time: t(1), balance: 53_000, equity: 53_000, traded: true })
    ev.update({ time: t(2), balance: 54_000, equity: 54_000, traded: true })
    expect(ev.status).toBe('active')
    ev.update({ time: t(3), balance: 54_001, equity: 54_001, traded: true })
    expect(ev.status).toBe('active')
    ev.update({ time: t(4), balance: 54_002, equity: 54_002, traded: true })
    expect(ev.status).toBe('passed')
  })
})

describe('ChallengeEvaluator — Apex', () => {
  // winenfood.com Apex trailing threshold table ($50K, $2,500): start 47,500; +$1,000 → 48,500
  it('evaluation: threshold trails the intraday equity peak, unrealized included', () => {
    const ev = ChallengeEvaluator.fromPreset('apex-evaluation', { accountSize: 50_000 })
    expect(s(ev.limits.maxLossFloor)).toBe('47500')
    ev.update({ time: Date.UTC(2024, 0, 8, 15), balance: 50_000, equity: 51_000, traded: true })
    expect(s(ev.limits.maxLossFloor)).toBe('48500')
    ev.update({ time: Date.UTC(2024, 0, 8, 16), balance: 50_400, equity: 50_400 }) // closed below the peak
    expect(s(ev.limits.maxLossFloor)).toBe('48500')
    ev.update({ time: Date.UTC(2024, 0, 8, 17), balance: 50_400, equity: 48_499 })
    expect(ev.status).toBe('failed')
  })

  it('PA: threshold locks at the starting balance + $100; payout needs 8 days, 30 % consistency, $2,600 profit', () => {
    const ev = ChallengeEvaluator.fromPreset('apex-funded', { accountSize: 50_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 15), balance: 50_000, equity: 52_600, traded: true })
    expect(s(ev.limits.maxLossFloor)).toBe('50100')
    ev.update({ time: Date.UTC(2024, 0, 8, 16), balance: 50_000, equity: 55_000 })
    expect(s(ev.limits.maxLossFloor)).toBe('50100')
    expect(ev.payout).toMatchObject({ eligible: false })
    expect(ev.payout!.unmet).toEqual(['minProfit', 'minTradingDays', 'consistency'])
  })

  it('flat by 16:59 New York: holding through it fails the account', () => {
    const ev = ChallengeEvaluator.fromPreset('apex-evaluation', { accountSize: 50_000 })
    ev.update({ time: Date.UTC(2024, 0, 8, 21, 50), balance: 50_000, equity: 50_000, openLots: 2, traded: true })
    ev.update({ time: Date.UTC(2024, 0, 8, 22, 10), balance: 50_000, equity: 50_000, openLots: 0 }) // 17:10 EST
    expect(ev.violations[0]).toMatchObject({ rule: 'flatBy', effect: 'fail' })
    expect(ev.status).toBe('failed')
  })
})

describe('ChallengeEvaluator — rule switches and validation', () => {
  it('weekend holding: open lots carried across Friday 23:00 → Sunday 23:00 Prague is a violation', () => {
    const ev = new ChallengeEvaluator({
      initialBalance: 10_000,
      timeZone: 'Europe/Prague',
      weekendHolding: { start: { day: 5, time: '23:00' }, end: { day: 0, time: '23:00' }, mode: 'warn' },
    })
    ev.update({ time: Date.UTC(2024, 0, 12, 20), balance: 10_000, equity: 10_000, openLots: 1 }) // Fri 21:00
    ev.update({ time: Date.UTC(2024, 0, 12, 21, 30), balance: 10_000, equity: 10_000, openLots: 1 }) // Fri 22:30
    expect(ev.violations).toHaveLength(0)
    ev.update({ time: Date.UTC(2024, 0, 14, 23), balance: 10_000, equity: 10_000, openLots: 1 }) // Mon 00:00
    expect(ev.violations.map((v) => v.rule)).toEqual(['weekendHolding'])
  })

  it('max lots', () => {
    const ev = new ChallengeEvaluator({ initialBalance: 50_000, maxLots: { amount: 5 } })
    ev.update({ time: 0, balance: 50_000, equity: 50_000, openLots: 6 })
    expect(ev.status).toBe('failed')
  })

  it('bad rules → InvalidArgumentError naming the field', () => {
    const field = (f: () => unknown) => {
      try {
        f()
      } catch (e) {
        return isAitradeError(e) ? e.details.argument : 'not an AitradeError'
      }
      return 'no error'
    }
    expect(field(() => new ChallengeEvaluator({ initialBalance: 0 }))).toBe('rules.initialBalance')
    expect(field(() => new ChallengeEvaluator({ initialBalance: 1, timeZone: 'Europe/Praha' }))).toBe('rules.timeZone')
    expect(field(() => new ChallengeEvaluator({ initialBalance: 1, resetTime: '24:00' }))).toBe('rules.resetTime')
    expect(
      field(() => new ChallengeEvaluator({ initialBalance: 1, maxDailyLoss: { fraction: 0.05, amount: 5 } as never })),
    ).toBe('rules.maxDailyLoss.fraction')
    expect(field(() => new ChallengeEvaluator({ initialBalance: 1, maxLoss: { fraction: 1.5 } }))).toBe(
      'rules.maxLoss.fraction',
    )
    const ev = new ChallengeEvaluator({ initialBalance: 1 })
    ev.update({ time: 10, balance: 1, equity: 1 })
    expect(field(() => ev.update({ time: 9, balance: 1, equity: 1 }))).toBe('snapshot.time')
    expect(field(() => ev.update({ time: 11, balance: 'x', equity: 1 }))).toBe('snapshot.balance')
    expect(field(() => ChallengeEvaluator.fromPreset('ftmo-3step' as never, { accountSize: 1 }))).toBe('name')
    expect(field(() => ChallengeEvaluator.fromPreset('ftmo-1step', { accountSize: 1, phase: 'verification' }))).toBe(
      'options.phase',
    )
  })

  const path = fc.array(
    fc.record({ dt: fc.integer({ min: 1, max: 20 * H }), eq: fc.integer({ min: -3000, max: 3000 }) }),
    {
      minLength: 1,
      maxLength: 60,
    },
  )

  it('property: the floor of a trailing rule never moves down (intraday and end-of-day, with and without lock)', () => {
    const variants = [
      { amount: 2500, mode: 'trailingIntraday' as const },
      { amount: 2500, mode: 'trailingIntraday' as const, lockAt: { offset: 100 } },
      { amount: 2000, mode: 'trailingEndOfDay' as const, lockAt: 'initialBalance' as const },
      { fraction: 0.2, basis: 'peak' as const, mode: 'trailingIntraday' as const },
    ]
    fc.assert(
      fc.property(path, fc.constantFrom(...variants), (steps, maxLoss) => {
        const ev = new ChallengeEvaluator({
          initialBalance: 50_000,
          timeZone: 'America/Chicago',
          resetTime: '17:00',
          maxLoss,
        })
        let t = Date.UTC(2024, 0, 1)
        let bal = 50_000
        let prev = ev.limits.maxLossFloor!
        for (const st of steps) {
          t += st.dt
          bal += st.eq / 2
          ev.update({ time: t, balance: bal, equity: bal + st.eq / 2 })
          const f = ev.limits.maxLossFloor!
          expect(f.gte(prev)).toBe(true)
          if ('lockAt' in maxLoss && maxLoss.lockAt !== undefined)
            expect(f.lte(maxLoss.lockAt === 'initialBalance' ? 50_000 : 50_100)).toBe(true)
          prev = f
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('ChallengeEvaluator — trading activity', () => {
  it('recordTrade counts days reported late or before the first snapshot', () => {
    const ev = new ChallengeEvaluator({ initialBalance: 10_000, minTradingDays: { days: 3 } })
    ev.recordTrade(Date.UTC(2024, 0, 7, 12))
    ev.update({ time: Date.UTC(2024, 0, 9, 12), balance: 10_000, equity: 10_000, traded: true })
    ev.recordTrade(Date.UTC(2024, 0, 8, 12))
    ev.recordTrade(Date.UTC(2024, 0, 8, 13)) // same day again
    expect(ev.progress.tradingDays).toBe(3)
    expect(() => ev.recordTrade(1.5)).toThrow(/time/)
  })
})

describe('ChallengeEvaluator — payout eligibility', () => {
  it('Apex PA 50K: ten +$300 days → 10 % best-day share, $3,000 ≥ $2,600, 10 ≥ 8 days → eligible, 100 % share', () => {
    const ev = ChallengeEvaluator.fromPreset('apex-funded', { accountSize: 50_000 })
    let bal = 50_000
    for (let d = 0; d < 10; d++) {
      bal += 300
      ev.update({ time: Date.UTC(2024, 0, 8 + d, 15), balance: bal, equity: bal, traded: true, openLots: 0 })
    }
    expect(ev.progress.bestDayShare).toBeCloseTo(0.1, 12)
    expect(ev.payout).toMatchObject({ eligible: true, unmet: [] })
    expect(ev.payout!.traderShare.toString()).toBe('3000')
    expect(ev.limits.maxLossFloor!.toString()).toBe('50100')
  })

  // https://help.fundednext.com/en/articles/10701694-what-will-be-my-reward-share-from-the-stellar-2-step-challenge:
  // "$10,000 in the FundedNext Account … 80% Reward from the $10,000 growth = $8,000"
  it('FundedNext funded: 80 % of a $10,000 growth is $8,000, payable after the 21-day first cycle', () => {
    const ev = ChallengeEvaluator.fromPreset('fundednext-stellar-2step', { accountSize: 100_000, phase: 'funded' })
    ev.update({ time: Date.UTC(2024, 4, 1, 10), balance: 100_000, equity: 100_000, traded: true })
    ev.update({ time: Date.UTC(2024, 4, 20, 10), balance: 104_000, equity: 104_000, traded: true })
    ev.update({ time: Date.UTC(2024, 4, 21, 10), balance: 110_000, equity: 110_000, traded: true })
    expect(ev.payout!.unmet).toEqual(['firstPayoutAfterDays'])
    ev.update({ time: Date.UTC(2024, 4, 22, 10), balance: 110_000, equity: 110_000 })
    expect(ev.payout).toMatchObject({ eligible: true, profitSplit: 0.8 })
    expect(ev.payout!.traderShare.toString()).toBe('8000')
  })
})
