import {
  backtestingPyPreset,
  backtraderPreset,
  fractionCommission,
  type OptimizeBacktestOptions,
} from '@aitrade/backtest'
import { type Instrument, InstrumentSchema, parseWith } from '@aitrade/core'
import type { Semantics } from './args.js'

/** What the run's semantics need to know about the market and the account. */
export interface SemanticsInput {
  /** Starting cash, account currency. */
  readonly cash: number
  /** Commission as a fraction of each fill's notional (`0.002` = 0.2 %). */
  readonly commission: number
  /** The traded symbol (decides whole or fractional units). */
  readonly symbol: string
  /** Index of the first bar the strategy can trade on (its warm-up), for buy & hold. */
  readonly firstTradingBar: number
}

const COINS = 'BTC|XBT|ETH|SOL|XRP|LTC|DOGE|ADA|BNB|DOT|AVAX|LINK|TRX|BCH'
const FIAT = 'USDT|USDC|USD|EUR'
const CRYPTO = new RegExp(`^(${COINS})[-_/]?(${FIAT}|BTC|ETH)?$`, 'i')
/** A coin against a fiat or stable coin inside a longer name, e.g. a file name: `Coinbase_BTCUSD_1h` → `BTC`, `USD`. */
const PAIR_IN_NAME = new RegExp(`(${COINS})[-_]?(${FIAT})`, 'i')

/** The crypto pair a name contains, as ccxt writes it (`Coinbase_BTCUSD_1h` → `BTC/USD`), if any. */
export function cryptoPairIn(name: string): string | undefined {
  const m = PAIR_IN_NAME.exec(name)
  return m ? `${m[1]!.toUpperCase()}/${m[2]!.toUpperCase()}` : undefined
}

/** `true` for crypto pairs (`BTC/USDT`, `BTCUSD`, `ETH-USD`): they trade in fractional units. */
export function isCryptoSymbol(symbol: string): boolean {
  return symbol.includes('/') || CRYPTO.test(symbol)
}

/**
 * The instrument of the aitrade semantics: crypto pairs trade in steps of 1e-8 (a BTC above the cash balance is still
 * tradable), everything else in whole units.
 */
export function instrumentFor(symbol: string): Instrument {
  const crypto = isCryptoSymbol(symbol)
  const [base, quote] = symbol.includes('/') ? symbol.split('/') : [symbol, 'USD']
  return parseWith(
    InstrumentSchema,
    {
      symbol,
      base: base || symbol,
      quote: quote || 'USD',
      assetClass: crypto ? 'crypto' : 'stock',
      tickSize: '0.00000001',
      lotStep: crypto ? '0.00000001' : '1',
    },
    'instrument',
  )
}

/**
 * The backtest options of `--semantics` (built-in strategies go long and short under all three):
 * - `aitrade`: a margin account at leverage 1 (shorts are borrowed against the full notional), fills at the next bar's
 *   open, commission as a fraction of notional on every fill, whole units for stocks and 1e-8 steps for crypto, open
 *   positions closed at the last close so every trade counts in the statistics.
 * - `backtesting.py`: `backtestingPyPreset` — that engine's 0.6 fills, sizing, commission and statistics.
 * - `backtrader`: `backtraderPreset` — `BackBroker` with a stock-like percentage commission.
 */
export function semanticsOptions(semantics: Semantics, input: SemanticsInput): OptimizeBacktestOptions {
  if (semantics === 'backtesting.py') {
    return backtestingPyPreset({
      cash: input.cash,
      commission: input.commission,
      firstTradingBar: input.firstTradingBar,
    })
  }
  if (semantics === 'backtrader') {
    return {
      ...backtraderPreset({ cash: input.cash, commission: input.commission }),
      firstTradingBar: input.firstTradingBar,
    }
  }
  const instrument = instrumentFor(input.symbol)
  return {
    cash: input.cash,
    currency: instrument.quote,
    accountType: 'margin',
    leverage: 1,
    instruments: [instrument],
    commission: fractionCommission(input.commission),
    fillMarketOn: 'nextOpen',
    finalize: true,
    firstTradingBar: input.firstTradingBar,
  }
}
