import type { ChallengeRules } from '../prop/challengeRules.js'

/** Names of the built-in prop-firm presets. */
export type PropFirmPresetName =
  | 'ftmo-2step'
  | 'ftmo-1step'
  | 'the5ers-high-stakes'
  | 'topstep-combine'
  | 'apex-evaluation'
  | 'apex-funded'
  | 'fundednext-stellar-2step'

/** Phase of a prop-firm programme: first evaluation, second evaluation, funded (payout) account. */
export type PropFirmPhaseName = 'challenge' | 'verification' | 'funded'

/** A page a preset's rules were read from. */
export interface PresetSource {
  /** Address of the page. */
  readonly url: string
  /** When the stored copy was looked up (ISO date); the copies carry no retrieval date of their own. */
  readonly retrieved: string
  /** Whether the page is the firm's own (`firm`) or a third-party summary (`third-party`). */
  readonly kind: 'firm' | 'third-party'
  /** What the page confirms. */
  readonly confirms: string
}

/** Inputs of a preset phase's rule builder. */
export interface PresetRuleInputs {
  /** Account size (initial balance), account currency. */
  readonly accountSize: number
  /** News calendar (epoch ms) for presets with news rules. */
  readonly newsEvents?: readonly { time: number; label?: string }[]
}

/** One phase of a preset. */
export interface PropFirmPhase {
  /** Phase name. */
  readonly name: PropFirmPhaseName
  /** Builds the phase's {@link ChallengeRules} for an account size. */
  readonly rules: (inputs: PresetRuleInputs) => ChallengeRules
}

/** A prop-firm programme as data: phases with their rules, payout terms, sources and what could not be confirmed. */
export interface PropFirmPreset {
  /** Preset name. */
  readonly name: PropFirmPresetName
  /** Firm. */
  readonly firm: string
  /** Programme as the firm names it. */
  readonly program: string
  /** Version of this rule set (the date the rules were read, `YYYY.MM.DD`, plus the firm's own label if any). */
  readonly version: string
  /** Date from which the rules are taken to apply (ISO date): the date they were read from the stored pages. */
  readonly effectiveDate: string
  /** Account sizes offered; for percentage-based presets any positive size is accepted. */
  readonly accountSizes: readonly number[]
  /** Whether only `accountSizes` are accepted (dollar-table firms). */
  readonly fixedSizes: boolean
  /** Phases in order (challenge → verification → funded). */
  readonly phases: readonly PropFirmPhase[]
  /** Trader's profit split on the funded account, fraction. */
  readonly profitSplit: number
  /** Pages the rules come from. */
  readonly sources: readonly PresetSource[]
  /** Rules whose current number could not be confirmed from a stored page of the firm itself. */
  readonly unconfirmed: readonly string[]
}
