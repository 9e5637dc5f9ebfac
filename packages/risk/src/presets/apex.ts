import type { ChallengeRules } from '../prop/challengeRules.js'
import type { PresetSource, PropFirmPreset } from './propFirmPreset.js'

const RETRIEVED = '2026-11-22'

/** Per size: profit goal, trailing threshold, max contracts, payout minimum profit (PA). */
const TABLE: Readonly<Record<number, readonly [number, number, number, number]>> = {
  25000: [1_500, 1_500, 4, 1_600],
  50000: [3_000, 2_500, 10, 2_600],
  75000: [4_250, 2_750, 12, 2_850],
  100000: [6_000, 3_000, 14, 3_100],
  150000: [9_000, 5_000, 17, 5_100],
  250000: [15_000, 6_500, 27, 6_600],
  300000: [20_000, 7_500, 35, 7_600],
}

const SOURCES: readonly PresetSource[] = [
  {
    url: 'https://winenfood.com/a-full-list-of-apex-trading-evaluation-rules',
    retrieved: RETRIEVED,
    kind: 'third-party',
    confirms: 'Per-size profit target, trailing threshold and contracts ($25K … $300K)',
  },
  {
    url: 'https://winenfood.com/tips-for-the-apex-trading-trailing-threshold',
    retrieved: RETRIEVED,
    kind: 'third-party',
    confirms: 'Trailing threshold follows the peak balance including unrealized P&L; $50K/$2,500 example',
  },
  {
    url: 'https://nomadfuturestrader.com/apex-trader-funding',
    retrieved: RETRIEVED,
    kind: 'third-party',
    confirms:
      'Positions closed by 4:59 PM ET; 30 % consistency on PA accounts; payout minimum balances; 100 % of the first $25,000 then 90 %',
  },
  {
    url: 'https://comparefinance.be/nl/apex-trader-funding',
    retrieved: RETRIEVED,
    kind: 'third-party',
    confirms: 'Minimum 7 trading days in the evaluation',
  },
  {
    url: 'https://www.propfirmpassservice.com/?p=86',
    retrieved: RETRIEVED,
    kind: 'third-party',
    confirms: 'PA 30 % rule: highest day profit / total profit ≤ 30 % at a payout request',
  },
  {
    url: 'https://huggingface.co/datasets/puravidaedge/prop-firm-rules',
    retrieved: RETRIEVED,
    kind: 'third-party',
    confirms: 'PA floor locks at starting balance + $100; notes a March 2026 "4.0" rulebook with changed rules',
  },
]

const UNCONFIRMED = [
  'every number: no stored page of apextraderfunding.com was found; the preset models the widely documented 3.0 rules',
  'whether the evaluation threshold also stops trailing (one summary says it stops at the starting balance; modelled without a lock)',
  'a March 2026 (4.0) rulebook reportedly sells EOD and intraday trailing as separate products and changes consistency to 50 %',
]

function base(accountSize: number): ChallengeRules {
  const [, threshold, contracts] = TABLE[accountSize]!
  return {
    initialBalance: accountSize,
    timeZone: 'America/New_York',
    resetTime: '18:00',
    maxLoss: { amount: threshold, mode: 'trailingIntraday' },
    maxLots: { amount: contracts },
    flatBy: { time: '16:59', mode: 'fail' },
  }
}

function paRules(accountSize: number): ChallengeRules {
  const b = base(accountSize)
  return {
    ...b,
    maxLoss: { amount: TABLE[accountSize]![1], mode: 'trailingIntraday', lockAt: { offset: 100 } },
    minTradingDays: { days: 8 },
    consistency: { maxBestDayFraction: 0.3, inclusive: true },
    payout: { profitSplit: 1, minProfit: TABLE[accountSize]![3] },
  }
}

/**
 * Apex Trader Funding evaluation → Performance Account (futures), by account size ($25K … $300K).
 *
 * - Profit goal $1,500 … $20,000; trailing threshold $1,500 … $7,500 below the highest equity (unrealized P&L
 *   included), not locked during the evaluation; minimum 7 trading days; max contracts 4 … 35;
 * - positions closed by 16:59 America/New_York; the trading day starts 18:00 America/New_York;
 * - the funded phase is {@link apexFunded}'s rules.
 *
 * Every number comes from third-party summaries (no stored page of the firm was found); see the README.
 *
 * @see https://winenfood.com/a-full-list-of-apex-trading-evaluation-rules (third-party, looked up 2026-11-22)
 * @see https://comparefinance.be/nl/apex-trader-funding (third-party, looked up 2026-11-22)
 * @internal
 */
export const apexEvaluation: PropFirmPreset = {
  name: 'apex-evaluation',
  firm: 'Apex Trader Funding',
  program: 'Evaluation (3.0 rules)',
  version: '2026.11.22 (Apex 3.0)',
  effectiveDate: RETRIEVED,
  accountSizes: Object.keys(TABLE).map(Number),
  fixedSizes: true,
  profitSplit: 1,
  phases: [
    {
      name: 'challenge',
      rules: ({ accountSize }) => ({
        ...base(accountSize),
        profitTarget: { amount: TABLE[accountSize]![0] },
        minTradingDays: { days: 7 },
      }),
    },
    { name: 'funded', rules: ({ accountSize }) => paRules(accountSize) },
  ],
  sources: SOURCES,
  unconfirmed: UNCONFIRMED,
}

/**
 * Apex Trader Funding Performance Account (PA), by account size ($25K … $300K).
 *
 * - Trailing threshold $1,500 … $7,500 below the highest equity (unrealized P&L included), locked at the starting
 *   balance + $100;
 * - payout: at least 8 trading days, best day ≤ 30 % of total profit, profit at least the minimum payout balance
 *   ($52,600 on 50K ⇒ $2,600 profit), 100 % of the first $25,000;
 * - positions closed by 16:59 America/New_York; max contracts as in the evaluation.
 *
 * Every number comes from third-party summaries (no stored page of the firm was found); see the README.
 *
 * @see https://nomadfuturestrader.com/apex-trader-funding (third-party, looked up 2026-11-22)
 * @see https://www.propfirmpassservice.com/?p=86 (third-party, looked up 2026-11-22)
 * @internal
 */
export const apexFunded: PropFirmPreset = {
  name: 'apex-funded',
  firm: 'Apex Trader Funding',
  program: 'Performance Account (3.0 rules)',
  version: '2026.11.22 (Apex 3.0)',
  effectiveDate: RETRIEVED,
  accountSizes: Object.keys(TABLE).map(Number),
  fixedSizes: true,
  profitSplit: 1,
  phases: [{ name: 'funded', rules: ({ accountSize }) => paRules(accountSize) }],
  sources: SOURCES,
  unconfirmed: UNCONFIRMED,
}
