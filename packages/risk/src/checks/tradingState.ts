import type { OrderRequest, PreTradeCheck, PreTradeContext, PreTradeDecision } from '@aitrade/core'
import { InvalidArgumentError } from '@aitrade/core'
import { rejectWith, riskReason } from './decision.js'
import { isReducing, netBySymbol } from './positionMath.js'

/**
 * Trading state of an account:
 * - `active` — every order may go on to the other checks;
 * - `reducing` — only orders that reduce or close positions (risk-off, e.g. near a loss limit);
 * - `halted` — trading stopped (e.g. a loss limit was breached); positions may still be reduced or closed.
 */
export type TradingState = 'active' | 'reducing' | 'halted'

/** A pre-trade check driven by a settable {@link TradingState}. */
export interface TradingStateCheck extends PreTradeCheck {
  /** The state in force. */
  readonly state: TradingState
  /** Why the state was last set (free text), if given. */
  readonly reason: string | undefined
  /**
   * Sets the state.
   *
   * @param state - New state.
   * @param reason - Optional explanation reported in rejections.
   * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for an unknown state.
   */
  setState(state: TradingState, reason?: string): void
}

const STATES: readonly TradingState[] = ['active', 'reducing', 'halted']

/**
 * Pre-trade check on the account's trading state: in `reducing` and `halted`, orders that open or increase a
 * position are rejected (codes `TRADING_REDUCING`, `TRADING_HALTED`) while orders that only reduce or close one pass
 * (a halted account may still close positions).
 *
 * @param initial - Initial state. Default `active`.
 * @param name - Check name used in reasons. Default `tradingState`.
 * @returns A {@link TradingStateCheck}.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for an unknown state.
 *
 * @example
 * ```ts
 * import { tradingState } from '@aitrade/risk'
 *
 * const state = tradingState()
 * state.setState('halted', 'daily loss limit')
 * state.state // 'halted'
 * ```
 */
export function tradingState(initial: TradingState = 'active', name = 'tradingState'): TradingStateCheck {
  const validate = (s: TradingState) => {
    if (!STATES.includes(s)) throw new InvalidArgumentError('state', `must be one of ${STATES.join(', ')}`)
  }
  validate(initial)
  let state = initial
  let why: string | undefined
  return {
    name,
    get state() {
      return state
    },
    get reason() {
      return why
    },
    setState(s: TradingState, reason?: string) {
      validate(s)
      state = s
      why = reason
    },
    check(order: OrderRequest, ctx: PreTradeContext): PreTradeDecision {
      if (state === 'active' || isReducing(order, netBySymbol(ctx))) return { action: 'allow' }
      const code = state === 'halted' ? 'TRADING_HALTED' : 'TRADING_REDUCING'
      return rejectWith(
        riskReason(name, code, `account is ${state}${why ? ` (${why})` : ''}: only reducing orders`, state, 'open'),
      )
    },
  }
}
