import type { ChallengeRules } from '../prop/challengeRules.js'
import type { PresetSource, PropFirmPreset } from './propFirmPreset.js'

const RETRIEVED = '2026-11-22'
const PRAGUE = { timeZone: 'Europe/Prague', resetTime: '00:00' } as const

const SOURCES_2STEP: readonly PresetSource[] = [
  {
    url: 'https://academy.ftmo.com/lesson/maximum-daily-loss',
    retrieved: RETRIEVED,
    kind: 'firm',
    confirms:
      'Maximum Daily Loss 5 % of Initial Simulated Capital; limit = balance at midnight CE(S)T − 5 %; first day uses the initial capital; equity incl. floating P/L; worked $200,000 examples',
  },
  {
    url: 'https://academy.ftmo.com/?p=47',
    retrieved: RETRIEVED,
    kind: 'firm',
    confirms: 'Maximum Loss: equity never below 90 % of the initial balance; $100,000 / $92,000 − $2,001 example',
  },
  {
    url: 'https://ftmo.com/en/trading-objectives',
    retrieved: RETRIEVED,
    kind: 'firm',
    confirms:
      'Minimum Trading Days 4 (Challenge and Verification, CE(S)T days with a trade opened); Profit Target 10 % + 5 %',
  },
]

/**
 * FTMO 2-Step (FTMO Challenge → Verification → FTMO Account), scaled to the account size.
 *
 * - Profit target 10 % (Challenge), 5 % (Verification), none on the FTMO Account;
 * - Maximum Daily Loss 5 % of the initial capital below the balance at midnight Europe/Prague (fails);
 * - Maximum Loss static 10 % of the initial capital (fails);
 * - Minimum 4 trading days in each evaluation phase;
 * - profit split 80 % (not confirmed from a stored FTMO page).
 *
 * @see https://academy.ftmo.com/lesson/maximum-daily-loss (looked up 2026-11-22)
 * @see https://academy.ftmo.com/?p=47 (looked up 2026-11-22)
 * @see https://ftmo.com/en/trading-objectives (looked up 2026-11-22)
 * @internal
 */
export const ftmo2Step: PropFirmPreset = {
  name: 'ftmo-2step',
  firm: 'FTMO',
  program: 'FTMO Challenge 2-Step',
  version: '2026.11.22',
  effectiveDate: RETRIEVED,
  accountSizes: [10_000, 25_000, 50_000, 100_000, 200_000],
  fixedSizes: false,
  profitSplit: 0.8,
  phases: [
    { name: 'challenge', rules: ({ accountSize }) => ftmo2StepRules(accountSize, 0.1, 4) },
    { name: 'verification', rules: ({ accountSize }) => ftmo2StepRules(accountSize, 0.05, 4) },
    {
      name: 'funded',
      rules: ({ accountSize }) => ({ ...ftmo2StepRules(accountSize), payout: { profitSplit: 0.8 } }),
    },
  ],
  sources: SOURCES_2STEP,
  unconfirmed: ['profit split 80 % (third-party summaries only)', 'payout schedule'],
}

function ftmo2StepRules(accountSize: number, target?: number, minDays?: number): ChallengeRules {
  return {
    initialBalance: accountSize,
    ...PRAGUE,
    ...(target === undefined ? {} : { profitTarget: { fraction: target } }),
    maxDailyLoss: { fraction: 0.05, basis: 'initialBalance', anchor: 'balance', mode: 'fail' },
    maxLoss: { fraction: 0.1, mode: 'static' },
    ...(minDays === undefined ? {} : { minTradingDays: { days: minDays } }),
  }
}

const SOURCES_1STEP: readonly PresetSource[] = [
  {
    url: 'https://ftmo.com/au/?p=1671',
    retrieved: RETRIEVED,
    kind: 'firm',
    confirms:
      'Maximum Loss (1-Step): highest end-of-day balance (or the initial capital if higher) − 10 % of the initial capital, recalculated at midnight CE(S)T, never decreases; Day 1/2/3 worked example',
  },
  {
    url: 'https://promo.ftmo.oanda.com/new-1-step-challenge',
    retrieved: RETRIEVED,
    kind: 'firm',
    confirms:
      'Profit target 10 %, Max Daily Loss 3 %, Max Loss 10 %, unlimited period, Best Day Rule 50 %, reward 90 %',
  },
  {
    url: 'https://ftmo.com/au/faq/what-happens-if-the-best-day-rule-is-not-met-in-ftmo-challenge-1-step',
    retrieved: RETRIEVED,
    kind: 'firm',
    confirms:
      'Best Day Rule: best day ≤ 50 % of total profit; not met → keep trading (no failure); $5,000/$10,000 example',
  },
]

/**
 * FTMO 1-Step (FTMO Challenge → FTMO Account), scaled to the account size.
 *
 * - Profit target 10 %; Best Day Rule: best day ≤ 50 % of total profit (inclusive; blocks passing, never fails);
 * - Maximum Daily Loss 3 % of the initial capital (taken to use the 2-Step formula: balance at midnight
 *   Europe/Prague − 3 % — the stored pages give only the 3 %);
 * - Maximum Loss 10 % of the initial capital below the highest end-of-day balance, never decreasing;
 * - no minimum trading days; reward 90 %.
 *
 * @see https://ftmo.com/au/?p=1671 (looked up 2026-11-22)
 * @see https://promo.ftmo.oanda.com/new-1-step-challenge (looked up 2026-11-22)
 * @see https://ftmo.com/au/faq/what-happens-if-the-best-day-rule-is-not-met-in-ftmo-challenge-1-step (looked up 2026-11-22)
 * @internal
 */
export const ftmo1Step: PropFirmPreset = {
  name: 'ftmo-1step',
  firm: 'FTMO',
  program: 'FTMO Challenge 1-Step',
  version: '2026.11.22',
  effectiveDate: RETRIEVED,
  accountSizes: [10_000, 25_000, 50_000, 100_000, 200_000],
  fixedSizes: false,
  profitSplit: 0.9,
  phases: [
    {
      name: 'challenge',
      rules: ({ accountSize }) => ({
        ...ftmo1StepRules(accountSize),
        profitTarget: { fraction: 0.1 },
        consistency: { maxBestDayFraction: 0.5, inclusive: true },
      }),
    },
    { name: 'funded', rules: ({ accountSize }) => ({ ...ftmo1StepRules(accountSize), payout: { profitSplit: 0.9 } }) },
  ],
  sources: SOURCES_1STEP,
  unconfirmed: [
    'daily-loss anchor for 1-Step (assumed: balance at midnight, as in 2-Step)',
    'whether the Best Day Rule applies to rewards on the FTMO Account',
    'account sizes',
  ],
}

function ftmo1StepRules(accountSize: number): ChallengeRules {
  return {
    initialBalance: accountSize,
    ...PRAGUE,
    maxDailyLoss: { fraction: 0.03, basis: 'initialBalance', anchor: 'balance', mode: 'fail' },
    maxLoss: { fraction: 0.1, mode: 'trailingEndOfDay' },
  }
}
