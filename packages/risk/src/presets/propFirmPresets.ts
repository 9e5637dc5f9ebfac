import { InvalidArgumentError } from '@aitrade/core'
import type { ChallengeRules } from '../prop/challengeRules.js'
import { apexEvaluation, apexFunded } from './apex.js'
import { ftmo1Step, ftmo2Step } from './ftmo.js'
import { fundedNextStellar2Step } from './fundedNext.js'
import type { PropFirmPhaseName, PropFirmPreset, PropFirmPresetName } from './propFirmPreset.js'
import { the5ersHighStakes } from './the5ers.js'
import { topstepCombine } from './topstep.js'

const PRESETS: Readonly<Record<PropFirmPresetName, PropFirmPreset>> = {
  'ftmo-2step': ftmo2Step,
  'ftmo-1step': ftmo1Step,
  'the5ers-high-stakes': the5ersHighStakes,
  'topstep-combine': topstepCombine,
  'apex-evaluation': apexEvaluation,
  'apex-funded': apexFunded,
  'fundednext-stellar-2step': fundedNextStellar2Step,
}

/**
 * Names of every built-in prop-firm preset.
 *
 * @example
 * ```ts
 * import { PROP_FIRM_PRESET_NAMES } from '@aitrade/risk'
 *
 * PROP_FIRM_PRESET_NAMES.includes('ftmo-2step') // true
 * ```
 */
export const PROP_FIRM_PRESET_NAMES: readonly PropFirmPresetName[] = Object.keys(PRESETS) as PropFirmPresetName[]

/**
 * Looks up a built-in prop-firm preset: phases, payout split, version, effective date and sources.
 *
 * @param name - Preset name, e.g. `ftmo-2step`.
 * @returns The preset.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for an unknown name.
 *
 * @example
 * ```ts
 * import { getPropFirmPreset } from '@aitrade/risk'
 *
 * getPropFirmPreset('ftmo-2step').phases.map((p) => p.name) // ['challenge', 'verification', 'funded']
 * ```
 */
export function getPropFirmPreset(name: PropFirmPresetName): PropFirmPreset {
  const p = (PRESETS as Record<string, PropFirmPreset>)[name]
  if (p === undefined) {
    throw new InvalidArgumentError(
      'name',
      `unknown preset "${String(name)}"; one of ${PROP_FIRM_PRESET_NAMES.join(', ')}`,
    )
  }
  return p
}

/**
 * The {@link ChallengeRules} of one phase of a preset for an account size.
 *
 * @param name - Preset name.
 * @param options - `accountSize` (account currency; dollar-table firms accept only their listed sizes), optional
 *   `phase` (default: the first) and `newsEvents` (calendar for presets with news rules).
 * @returns Rules ready for `new ChallengeEvaluator(rules)`.
 * @throws {@link @aitrade/core!index.InvalidArgumentError} `INVALID_ARGUMENT` for an unknown preset or phase or a bad size.
 *
 * @example
 * ```ts
 * import { presetRules } from '@aitrade/risk'
 *
 * presetRules('ftmo-2step', { accountSize: 100_000, phase: 'verification' }).profitTarget // { fraction: 0.05 }
 * ```
 */
export function presetRules(
  name: PropFirmPresetName,
  options: { accountSize: number; phase?: PropFirmPhaseName; newsEvents?: readonly { time: number; label?: string }[] },
): ChallengeRules {
  const preset = getPropFirmPreset(name)
  const size = options?.accountSize
  if (typeof size !== 'number' || !Number.isFinite(size) || size <= 0) {
    throw new InvalidArgumentError('options.accountSize', `must be a number > 0, got ${String(size)}`)
  }
  if (preset.fixedSizes && !preset.accountSizes.includes(size)) {
    throw new InvalidArgumentError(
      'options.accountSize',
      `${name} offers ${preset.accountSizes.join(', ')}; got ${size}`,
    )
  }
  const phaseName = options.phase ?? preset.phases[0]!.name
  const phase = preset.phases.find((p) => p.name === phaseName)
  if (phase === undefined) {
    throw new InvalidArgumentError(
      'options.phase',
      `${name} has phases ${preset.phases.map((p) => p.name).join(', ')}; got ${String(phaseName)}`,
    )
  }
  const inputs =
    options.newsEvents === undefined ? { accountSize: size } : { accountSize: size, newsEvents: options.newsEvents }
  return { ...phase.rules(inputs), name: `${name}/${phase.name}` }
}
