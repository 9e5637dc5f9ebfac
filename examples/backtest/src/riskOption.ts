import { existsSync, readFileSync } from 'node:fs'
import { isAitradeError } from '@aitrade/core'
import { ChallengeEvaluator, PROP_FIRM_PRESET_NAMES, type PropFirmPresetName } from '@aitrade/risk'
import { UsageError } from './usageError.js'

/**
 * `--risk`: a prop-firm preset name (scaled to the starting cash) or a JSON file of challenge rules.
 *
 * @throws {@link UsageError} for an unknown preset, a missing or malformed file, or invalid rules (naming the field).
 */
export function loadChallenge(risk: string, cash: number): ChallengeEvaluator {
  if ((PROP_FIRM_PRESET_NAMES as readonly string[]).includes(risk)) {
    return ChallengeEvaluator.fromPreset(risk as PropFirmPresetName, { accountSize: cash })
  }
  if (!/\.json$/i.test(risk)) {
    throw new UsageError(
      `--risk: unknown preset "${risk}" (presets: ${PROP_FIRM_PRESET_NAMES.join(', ')}; or a rules .json file)`,
    )
  }
  if (!existsSync(risk)) throw new UsageError(`--risk: file not found: ${risk}`)
  let rules: unknown
  try {
    rules = JSON.parse(readFileSync(risk, 'utf8'))
  } catch (e) {
    throw new UsageError(`--risk: ${risk} is not valid JSON: ${(e as Error).message}`)
  }
  try {
    return new ChallengeEvaluator(rules as ConstructorParameters<typeof ChallengeEvaluator>[0])
  } catch (e) {
    if (isAitradeError(e)) throw new UsageError(`--risk: ${risk}: ${e.message}`)
    throw e
  }
}
