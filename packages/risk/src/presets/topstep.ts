import type { ChallengeRules } from '../prop/challengeRules.js'
import type { PropFirmPreset } from './propFirmPreset.js'

const RETRIEVED = '2026-11-22'

/** Dollar table per account size: profit target, Maximum Loss Limit, Daily Loss Limit, max contracts. */
const TABLE: Readonly<Record<number, readonly [number, number, number, number]>> = {
  50000: [3_000, 2_000, 1_000, 5],
  100000: [6_000, 3_000, 2_000, 10],
  150000: [9_000, 4_500, 3_000, 15],
}

/**
 * Topstep Trading Combine → Express Funded Account (futures), by account size ($50K, $100K, $150K).
 *
 * - Profit target $3,000 / $6,000 / $9,000;
 * - Maximum Loss Limit $2,000 / $3,000 / $4,500 below the end-of-day balance high, set at the end of each trading
 *   day, locked once it reaches the starting balance (fails; equity incl. unrealized is tested intraday);
 * - Daily Loss Limit $1,000 / $2,000 / $3,000 of net P&L for the trading day: a soft breach that only stops trading
 *   until 17:00 America/Chicago ("hit or exceed");
 * - trading day 17:00–15:10 America/Chicago: positions flat by 15:10 (recorded as a warning);
 * - Consistency Target: best day strictly below 50 % of total profit (the firm's stored page shows 40 %, from the
 *   older two-step Combine);
 * - max 5 / 10 / 15 contracts.
 *
 * @see https://help.futures.topstep.com/hc/en-us/articles/8808125387923-Prohibited-Conduct (looked up 2026-11-22)
 * @see https://help.futures.topstep.com/hc/en-us/articles/4405772379155-What-is-the-Consistency-Target- (looked up 2026-11-22)
 * @see https://jljejxiy.com/article/what-is-the-maximum-loss-limit-topstep-help-center/1870 (copy of the Topstep Help Center article, looked up 2026-11-22)
 * @see https://tradingfunder.com/topstep-trading-combine-accounts-unique-rules/ (third-party dollar table, looked up 2026-11-22)
 * @internal
 */
export const topstepCombine: PropFirmPreset = {
  name: 'topstep-combine',
  firm: 'Topstep',
  program: 'Trading Combine',
  version: '2026.11.22',
  effectiveDate: RETRIEVED,
  accountSizes: [50_000, 100_000, 150_000],
  fixedSizes: true,
  profitSplit: 0.9,
  phases: [
    {
      name: 'challenge',
      rules: ({ accountSize }) => ({
        ...rules(accountSize),
        profitTarget: { amount: TABLE[accountSize]![0] },
        consistency: { maxBestDayFraction: 0.5, inclusive: false },
      }),
    },
    { name: 'funded', rules: ({ accountSize }) => ({ ...rules(accountSize), payout: { profitSplit: 0.9 } }) },
  ],
  sources: [
    {
      url: 'https://help.futures.topstep.com/hc/en-us/articles/8808125387923-Prohibited-Conduct',
      retrieved: RETRIEVED,
      kind: 'firm',
      confirms:
        'Daily Loss Limit is a soft breach (not a rule violation): hit or exceeded during the trading day 5:00 PM CT–3:10 PM CT → liquidated and locked until 5:00 PM CT',
    },
    {
      url: 'https://help.futures.topstep.com/hc/en-us/articles/4405772379155-What-is-the-Consistency-Target-',
      retrieved: RETRIEVED,
      kind: 'firm',
      confirms:
        'Consistency Target: best day below 40 % of total profit (equal or more → keep trading); $900 / $2,800 = 32 % example',
    },
    {
      url: 'https://jljejxiy.com/article/what-is-the-maximum-loss-limit-topstep-help-center/1870',
      retrieved: RETRIEVED,
      kind: 'third-party',
      confirms:
        'Copy of "What is the Maximum Loss Limit? | Topstep Help Center (2024)": end-of-day balance high − $2,000 on 50K, locks at the starting balance; $50,500 → $48,500 → $52,500 → $50,000 example',
    },
    {
      url: 'https://tradingfunder.com/topstep-trading-combine-accounts-unique-rules/',
      retrieved: RETRIEVED,
      kind: 'third-party',
      confirms: 'Per-size target, trailing drawdown, daily loss limit and max contracts',
    },
    {
      url: 'https://www.proptradingvibes.com/blog/topstep-best-strategies',
      retrieved: RETRIEVED,
      kind: 'third-party',
      confirms: '50 % Consistency Target and EOD trailing drawdown in the current Combine (2026-02-13)',
    },
  ],
  unconfirmed: [
    'Consistency Target 50 % (firm page stored shows 40 %, older Combine)',
    'Daily Loss Limit amounts and whether the current Combine still has one (a 2026 summary says none)',
    'profit split 90 % on the funded account',
    'dollar table (third-party)',
  ],
}

function rules(accountSize: number): ChallengeRules {
  const [, mll, dll, contracts] = TABLE[accountSize]!
  return {
    initialBalance: accountSize,
    timeZone: 'America/Chicago',
    resetTime: '17:00',
    maxDailyLoss: { amount: dll, anchor: 'balance', mode: 'pause', breachAtFloor: true },
    maxLoss: { amount: mll, mode: 'trailingEndOfDay', lockAt: 'initialBalance' },
    maxLots: { amount: contracts },
    flatBy: { time: '15:10', mode: 'warn' },
  }
}
