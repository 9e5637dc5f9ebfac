import { InvalidArgumentError } from '../errors.js'

/**
 * Source of the current time for the engine, strategies and checks. Backtests use a {@link SimulatedClock}
 * driven by the data; live trading uses {@link SystemClock}. Strategies never read the wall clock themselves.
 */
export interface Clock {
  /** Current time, epoch ms UTC. */
  now(): number
}

/**
 * A clock set by the engine from the data (bar times), so that a backtest never sees the wall clock.
 * Time only moves forward.
 *
 * @example
 * ```ts
 * import { SimulatedClock } from '@aitrade/core'
 *
 * const c = new SimulatedClock(Date.UTC(2024, 0, 1))
 * c.set(Date.UTC(2024, 0, 2))
 * c.now() // 1704153600000
 * ```
 */
export class SimulatedClock implements Clock {
  // starts as NaN (a double) so that V8 keeps the field an unboxed double: set() then rewrites it without allocating
  private t = Number.NaN
  /** @param start - Initial time, epoch ms UTC (default 0). */
  constructor(start = 0) {
    this.t = start
  }
  /** @returns The time last set, epoch ms UTC. */
  now(): number {
    return this.t
  }
  /**
   * Moves the clock to `time`.
   *
   * @param time - New time, epoch ms UTC; must not be earlier than the current time.
   * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` when `time` goes backwards or is not finite.
   */
  set(time: number): void {
    if (!(time >= this.t) || !Number.isFinite(time)) {
      throw new InvalidArgumentError('time', `clock cannot move from ${this.t} to ${time}`)
    }
    this.t = time
  }
}

/**
 * The wall clock (`Date.now()`), for paper and live trading only.
 *
 * @example
 * ```ts
 * import { SystemClock } from '@aitrade/core'
 *
 * new SystemClock().now() > 0 // true
 * ```
 */
export class SystemClock implements Clock {
  /** @returns `Date.now()`, epoch ms UTC. */
  now(): number {
    return Date.now()
  }
}
