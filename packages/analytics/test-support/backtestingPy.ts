/**
 * Test-only re-enactment of backtesting.py 0.6's broker for its `SmaCross` example, used to build the trade list and
 * equity curve that backtesting.py's published statistics were computed from (its test suite and README print only
 * the statistics). The published `Equity Final`, `# Trades` and `Exposure Time` then confirm that the inputs match
 * before every other statistic is compared.
 *
 * Follows `backtesting/backtesting.py` 0.6: market orders fill at the next bar's open; `buy()`/`sell()` size is
 * `int(margin_available * (1 - eps) // (price * (1 + commission)))` whole units; commission `|size| * price * rate`
 * is charged at entry and at exit; `position.close()` orders are processed before new orders; the equity of bar `i`
 * is cash plus open PnL at its close; bars before the first strategy call carry the starting cash; with
 * `finalizeTrades` the open trade is closed at the last bar's open. Only what `SmaCross` needs is modelled.
 */
export interface BtBars {
  time: number[]
  open: number[]
  close: number[]
}

export interface BtTrade {
  size: number
  entryBar: number
  exitBar: number
  entryPrice: number
  exitPrice: number
  entryTimestamp: number
  exitTimestamp: number
  pnl: number
  pnlFraction: number
  fees: number
}

export interface BtRun {
  trades: BtTrade[]
  equity: number[]
  /** backtesting.py `_indicator_warmup_nbars`: index of the first non-NaN value of the slowest SMA. */
  warmup: number
}

/** `pd.Series(arr).rolling(n).mean()` (NaN for the first n-1 values). */
function sma(x: number[], n: number): number[] {
  return x.map((_, i) => {
    if (i < n - 1) return Number.NaN
    let s = 0
    for (let j = i - n + 1; j <= i; j++) s += x[j] as number
    return s / n
  })
}

/** backtesting.lib.crossover on the history up to bar i. */
function crossover(a: number[], b: number[], i: number): boolean {
  return (a[i - 1] as number) < (b[i - 1] as number) && (a[i] as number) > (b[i] as number)
}

export function runSmaCross(
  bars: BtBars,
  fast: number,
  slow: number,
  opts: {
    cash?: number
    commission?: number
    finalizeTrades?: boolean
    /** Report trade PnL and return before commissions, as the later 0.6.x releases print them in `_trades`. */
    grossTradePnl?: boolean
  } = {},
): BtRun {
  const { time, open, close } = bars
  const n = time.length
  const rate = opts.commission ?? 0
  const commission = (size: number, price: number) => Math.abs(size) * price * rate
  const s1 = sma(close, fast)
  const s2 = sma(close, slow)
  const warmup = slow - 1
  const start = 1 + warmup
  let cash = opts.cash ?? 10_000
  let open_: { size: number; entryBar: number; entryPrice: number } | undefined
  let pending: 'buy' | 'sell' | undefined
  let closePending = false
  const trades: BtTrade[] = []
  const equity = new Array<number>(n).fill(Number.NaN)
  const FULL = 1 - Number.EPSILON

  const closeTrade = (i: number, price: number) => {
    if (!open_) return
    const { size, entryBar, entryPrice } = open_
    const exitFee = commission(size, price)
    const gross = size * (price - entryPrice)
    cash += gross - exitFee
    const fees = exitFee + commission(size, entryPrice)
    trades.push({
      size,
      entryBar,
      exitBar: i,
      entryPrice,
      exitPrice: price,
      entryTimestamp: time[entryBar] as number,
      exitTimestamp: time[i] as number,
      pnl: opts.grossTradePnl ? gross : gross - fees,
      pnlFraction:
        Math.sign(size) * (price / entryPrice - 1) - (opts.grossTradePnl ? 0 : fees / (Math.abs(size) * entryPrice)),
      fees,
    })
    open_ = undefined
  }
  const brokerNext = (i: number) => {
    const price = open[i] as number
    if (closePending) closeTrade(i, price)
    closePending = false
    if (pending) {
      const sign = pending === 'buy' ? 1 : -1
      const adjusted = price + commission(FULL, price) / FULL
      const openPl = open_ ? open_.size * ((close[i] as number) - open_.entryPrice) : 0
      const marginAvailable = Math.max(0, cash + openPl - (open_ ? Math.abs(open_.size) * (close[i] as number) : 0))
      const size = Math.trunc(Math.floor((marginAvailable * FULL) / adjusted))
      if (size > 0 && !open_) {
        open_ = { size: sign * size, entryBar: i, entryPrice: price }
        cash -= commission(size, price)
      }
      pending = undefined
    }
    equity[i] = cash + (open_ ? open_.size * ((close[i] as number) - open_.entryPrice) : 0)
  }

  for (let i = start; i < n; i++) {
    brokerNext(i)
    if (crossover(s1, s2, i)) {
      closePending = open_ !== undefined
      pending = 'buy'
    } else if (crossover(s2, s1, i)) {
      closePending = open_ !== undefined
      pending = 'sell'
    }
  }
  if (opts.finalizeTrades) {
    if (open_) closePending = true
    brokerNext(n - 1)
  }
  // pd.Series(broker._equity).bfill().fillna(cash)
  let next = Number.NaN
  for (let i = n - 1; i >= 0; i--) {
    if (Number.isNaN(equity[i] as number)) equity[i] = next
    else next = equity[i] as number
  }
  for (let i = 0; i < n; i++) if (Number.isNaN(equity[i] as number)) equity[i] = cash
  return { trades, equity, warmup }
}
