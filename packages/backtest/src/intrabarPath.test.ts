import { describe, expect, it } from 'vitest'
import { type Cross, fillPath, firstCross, priceAt, trailingCross } from './intrabarPath.js'

const path = (o: number, h: number, l: number, c: number) => fillPath(o, h, l, c, new Float64Array(4))
const cross = (): Cross => ({ t: 0, price: 0 })

describe('intrabar path', () => {
  it('visits the nearer extreme first', () => {
    expect(Array.from(path(100, 103, 90, 95))).toEqual([100, 103, 90, 95]) // high is 3 away, low 10
    expect(Array.from(path(100, 110, 98, 105))).toEqual([100, 98, 110, 105])
    expect(Array.from(path(100, 105, 95, 100))).toEqual([100, 105, 95, 100]) // tie: high first
    expect(priceAt(path(100, 110, 98, 105), 1.5)).toBe(104) // halfway from 98 to 110
  })

  it('finds the first cross of a level and fills gaps at the open', () => {
    const p = path(100, 103, 90, 95) // 100 -> 103 -> 90 -> 95
    // sell stop at 97 (price <= 97): reached on the second segment, 103 -> 90, at 6/13 of it
    const c = firstCross(p, 97, -1, 0, cross())
    expect(c.price).toBe(97)
    expect(c.t).toBeCloseTo(1 + 6 / 13, 12)
    // buy limit at 101 is already satisfied at the open (100 <= 101): fills at the open
    expect(firstCross(p, 101, -1, 0, cross())).toEqual({ t: 0, price: 100 })
    // buy stop at 104: never reached (high 103)
    expect(Number.isNaN(firstCross(p, 104, 1, 0, cross()).t)).toBe(true)
    // from t = 2 (at the low 90) a sell limit at 94 is reached on the last segment (90 -> 95) at 4/5
    const late = firstCross(p, 94, 1, 2, cross())
    expect(late.t).toBeCloseTo(2.8, 12)
    expect(late.price).toBe(94)
  })

  it('trails the best price and triggers on the way back', () => {
    // long position, sell trailing stop 5 below the highest price; previous best 100
    const p = path(101, 110, 99, 104) // 101 -> 99 -> 110 -> 104 (low nearer)
    const state = { best: 100 }
    // 101 -> 99: stop at 96 (best 101) not hit; 99 -> 110: best 110; 110 -> 104: stop 105 hit at 5/6 of the way
    const c = trailingCross(p, state, 5, 0, -1, 0, cross())
    expect(c.price).toBe(105)
    expect(c.t).toBeCloseTo(2 + 5 / 6, 12)
    // a gap below the old stop fills at the open
    const gap = trailingCross(path(90, 92, 88, 91), { best: 100 }, 5, 0, -1, 0, cross())
    expect(gap).toEqual({ t: 0, price: 90 })
    // 2 % trailing buy stop for a short: best (lowest) 100 -> stop 102; path 101 -> 103 hits at 102
    const s = trailingCross(path(101, 103, 100.5, 102.5), { best: 100 }, 0, 0.02, 1, 0, cross())
    expect(s.price).toBeCloseTo(102, 12)
  })
})
