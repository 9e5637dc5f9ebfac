/**
 * Test fixtures: two return series and their published expected values from quantstats' reference test data,
 * `tests/data/reference_values.json` of ranaroussi/quantstats (values from "vetted", checked against R
 * PerformanceAnalytics 2.1.0 where it implements the convention). `bacon_monthly` is the 24-month portfolio of
 * C. Bacon, "Practical Portfolio Performance Measurement and Attribution" (2008). Used only by tests.
 *
 * @module
 * @internal
 */

/** `bacon_monthly` (monthly, 12 periods per year). */
export const baconMonthly = [
  0.003, 0.026, 0.011, -0.01, 0.015, 0.025, 0.016, 0.067, -0.014, 0.04, -0.005, 0.081, 0.04, -0.037, -0.061, 0.017,
  -0.049, -0.022, 0.07, 0.058, -0.065, 0.024, -0.005, -0.009,
]

/** `tiny_sample_n7` (daily, 252 periods per year). */
export const tinySample = [
  -0.018720930383, -0.014303070725, -0.014572173794, -0.003467788444, -0.025038397377, -0.001677869157, -0.010129521509,
]

/** Published expected values per metric (`metrics.<name>.values`) for the two fixtures. */
export const reference = {
  volatilityAnnual: { bacon: 0.13700015867969229, tiny: 0.13086457754395944 },
  returnAnnual: { bacon: 0.10367828972980941, tiny: -0.9589235732751437 },
  sharpeAnnual: { bacon: 0.7883202548144859, tiny: -24.183404779195588 },
  sortinoAnnual: { bacon: 1.3592165786838633, tiny: -13.565806946540524 },
  maxDrawdown: { bacon: -0.144672955739218, tiny: -0.08485758410265398 },
  calmar: { bacon: 0.7166390511623746, tiny: -11.30038738924165 },
  var95: { bacon: -0.05605155822002584, tiny: -0.026118205089509853 },
  es95: { bacon: -0.0725772784216993, tiny: -0.029562908106231696 },
  omega0: { bacon: 1.7797833935018055, tiny: 0.0 },
  skewnessAdjusted: { bacon: -0.08817174934967567, tiny: -0.05724138737086073 },
  kurtosisAdjusted: { bacon: -0.4076603211860866, tiny: -0.6907159418089514 },
} as const
