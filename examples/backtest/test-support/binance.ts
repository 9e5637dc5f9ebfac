// Test support: a real ccxt Binance client with its BTC/USDT market preset (no `loadMarkets` request) whose HTTP goes
// through the global fetch, so msw answers it.
import ccxt from 'ccxt'
import type { OhlcvSource } from '../src/loadData.js'

export function binance(): OhlcvSource {
  const ex = new ccxt.binance()
  ex.setMarkets([
    {
      id: 'BTCUSDT',
      symbol: 'BTC/USDT',
      base: 'BTC',
      quote: 'USDT',
      baseId: 'BTC',
      quoteId: 'USDT',
      spot: true,
      type: 'spot',
      active: true,
    },
  ] as never)
  ex.fetchImplementation = (...a: Parameters<typeof fetch>) => globalThis.fetch(...a)
  return ex as unknown as OhlcvSource
}
