import type { ChallengeRules } from '../prop/challengeRules.js'
import type { PresetRuleInputs, PropFirmPreset } from './propFirmPreset.js'

const RETRIEVED = '2026-11-22'

/**
 * The5%ers High Stakes (Step 1 → Step 2 → funded), scaled to the account size.
 *
 * - Profit target 8 % (Step 1), 5 % (Step 2);
 * - daily loss 5 % of the higher of the day's starting balance and starting equity, the day starting at 00:00 server
 *   time (UTC+3) = 17:00 America/New_York (fails);
 * - maximum loss static 10 % of the initial balance (fails);
 * - minimum 3 profitable days, a profitable day closing ≥ 0.5 % of the initial balance (third-party summary);
 * - no order execution from 2 minutes before to 2 minutes after high-impact news (pass `newsEvents`; third-party);
 * - funded: 80 % split, first payout after 14 days (third-party summary).
 *
 * @see https://help.the5ers.com/what-is-the-maximum-loss-and-the-maximum-daily-loss-in-the-high-stakes-program (looked up 2026-11-22)
 * @see https://www.propfirmlabs.com/firms/The5ers (third-party, looked up 2026-11-22)
 * @see https://propfirmnetwork.com/?p=4412234 (third-party, looked up 2026-11-22)
 * @internal
 */
export const the5ersHighStakes: PropFirmPreset = {
  name: 'the5ers-high-stakes',
  firm: 'The5%ers',
  program: 'High Stakes',
  version: '2026.11.22',
  effectiveDate: RETRIEVED,
  accountSizes: [5_000, 10_000, 20_000, 60_000, 100_000],
  fixedSizes: false,
  profitSplit: 0.8,
  phases: [
    { name: 'challenge', rules: (i) => ({ ...rules(i), profitTarget: { fraction: 0.08 } }) },
    { name: 'verification', rules: (i) => ({ ...rules(i), profitTarget: { fraction: 0.05 } }) },
    { name: 'funded', rules: (i) => ({ ...rules(i), payout: { profitSplit: 0.8, firstPayoutAfterDays: 14 } }) },
  ],
  sources: [
    {
      url: 'https://help.the5ers.com/what-is-the-maximum-loss-and-the-maximum-daily-loss-in-the-high-stakes-program',
      retrieved: RETRIEVED,
      kind: 'firm',
      confirms:
        'Maximum loss 10 % of the initial balance; daily loss 5 % of the higher of starting equity and starting balance of the day at 5 PM EST / 00:00 UTC+3; either ends the account',
    },
    {
      url: 'https://www.propfirmlabs.com/firms/The5ers',
      retrieved: RETRIEVED,
      kind: 'third-party',
      confirms:
        '3 profitable days, profitable day ≥ 0.5 % of initial balance; no execution 2 min before/after high-impact news',
    },
    {
      url: 'https://propfirmnetwork.com/?p=4412234',
      retrieved: RETRIEVED,
      kind: 'third-party',
      confirms: 'Targets 8 % / 5 %, 80 % split, first payout 14 days after funded trading starts',
    },
  ],
  unconfirmed: [
    'profit targets 8 % / 5 % (third-party)',
    'minimum profitable days and the 0.5 % threshold (third-party)',
    'news rule (third-party)',
    'profit split and payout schedule (third-party)',
    'account sizes',
  ],
}

function rules({ accountSize, newsEvents }: PresetRuleInputs): ChallengeRules {
  return {
    initialBalance: accountSize,
    timeZone: 'America/New_York',
    resetTime: '17:00',
    maxDailyLoss: { fraction: 0.05, basis: 'dayAnchor', anchor: 'balanceOrEquity', mode: 'fail' },
    maxLoss: { fraction: 0.1, mode: 'static' },
    minTradingDays: { days: 3, minDailyProfit: { fraction: 0.005 } },
    news: { events: newsEvents ?? [], beforeMs: 120_000, afterMs: 120_000, trading: 'forbidden', mode: 'warn' },
  }
}
