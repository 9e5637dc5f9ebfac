import type { ChallengeRules } from '../prop/challengeRules.js'
import type { PropFirmPreset } from './propFirmPreset.js'

const RETRIEVED = '2026-11-22'

/**
 * FundedNext Stellar 2-Step (Phase 1 → Phase 2 → FundedNext Account), scaled to the account size.
 *
 * - Profit target 8 % (Phase 1), 5 % (Phase 2);
 * - daily loss 5 % of the initial balance below the previous day's balance, resetting at 00:00 server time GMT+3
 *   (IANA `Etc/GMT-3`) (fails);
 * - maximum loss static 10 % of the initial balance (fails), reset when a new phase starts;
 * - minimum 5 trading days per phase;
 * - funded: 80 % performance reward (90 % with scale-up), first reward after 21 days (third-party).
 *
 * @see https://help.fundednext.com/en/articles/12673362-what-rules-do-i-need-to-follow-in-the-stellar-2-step-challenge (looked up 2026-11-22)
 * @see https://help.fundednext.com/en/articles/9941519-daily-drawdown-limit-vs-overall-drawdown-limit (looked up 2026-11-22)
 * @see https://help.fundednext.com/en/articles/8019811-how-can-i-calculate-the-daily-drawdown (looked up 2026-11-22)
 * @see https://help.fundednext.com/en/articles/10701694-what-will-be-my-reward-share-from-the-stellar-2-step-challenge (looked up 2026-11-22)
 * @internal
 */
export const fundedNextStellar2Step: PropFirmPreset = {
  name: 'fundednext-stellar-2step',
  firm: 'FundedNext',
  program: 'Stellar 2-Step',
  version: '2026.11.22',
  effectiveDate: RETRIEVED,
  accountSizes: [6_000, 15_000, 25_000, 50_000, 100_000, 200_000],
  fixedSizes: false,
  profitSplit: 0.8,
  phases: [
    { name: 'challenge', rules: ({ accountSize }) => ({ ...rules(accountSize, 5), profitTarget: { fraction: 0.08 } }) },
    {
      name: 'verification',
      rules: ({ accountSize }) => ({ ...rules(accountSize, 5), profitTarget: { fraction: 0.05 } }),
    },
    {
      name: 'funded',
      rules: ({ accountSize }) => ({ ...rules(accountSize), payout: { profitSplit: 0.8, firstPayoutAfterDays: 21 } }),
    },
  ],
  sources: [
    {
      url: 'https://help.fundednext.com/en/articles/12673362-what-rules-do-i-need-to-follow-in-the-stellar-2-step-challenge',
      retrieved: RETRIEVED,
      kind: 'firm',
      confirms: 'Daily loss 5 %, maximum loss 10 % of the initial balance, at least 5 trading days per phase',
    },
    {
      url: 'https://help.fundednext.com/en/articles/9941519-daily-drawdown-limit-vs-overall-drawdown-limit',
      retrieved: RETRIEVED,
      kind: 'firm',
      confirms: 'Daily reset at 00:00 server time (GMT+3); $100,000 + $2,000 by noon → $7,000 loss allowed that day',
    },
    {
      url: 'https://help.fundednext.com/en/articles/8019811-how-can-i-calculate-the-daily-drawdown',
      retrieved: RETRIEVED,
      kind: 'firm',
      confirms: "Daily loss = last day's balance − today's balance/equity; cases 01–03 ($3,000 / $5,000 examples)",
    },
    {
      url: 'https://help.fundednext.com/en/articles/10701694-what-will-be-my-reward-share-from-the-stellar-2-step-challenge',
      retrieved: RETRIEVED,
      kind: 'firm',
      confirms: '80 % performance reward on the FundedNext Account (90 % with scale-up), 15 % challenge-phase reward',
    },
    {
      url: 'https://fundedtradingaccount.com/forex/funded-next/stellar-2-step',
      retrieved: RETRIEVED,
      kind: 'third-party',
      confirms: 'Targets 8 % / 5 %, account sizes, 21-day payout cycle',
    },
  ],
  unconfirmed: [
    'profit targets 8 % / 5 % (firm page seen only in Japanese for phase 1 = 8 %)',
    'first payout after 21 days',
  ],
}

function rules(accountSize: number, minDays?: number): ChallengeRules {
  return {
    initialBalance: accountSize,
    timeZone: 'Etc/GMT-3',
    resetTime: '00:00',
    maxDailyLoss: { fraction: 0.05, basis: 'initialBalance', anchor: 'balance', mode: 'fail' },
    maxLoss: { fraction: 0.1, mode: 'static' },
    ...(minDays === undefined ? {} : { minTradingDays: { days: minDays } }),
  }
}
