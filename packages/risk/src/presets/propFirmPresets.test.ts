import { describe, expect, it } from 'vitest'
import { ChallengeEvaluator } from '../prop/challengeEvaluator.js'
import { getPropFirmPreset, PROP_FIRM_PRESET_NAMES, presetRules } from './propFirmPresets.js'

describe('prop-firm presets', () => {
  it('has exactly the names of the issue', () => {
    expect([...PROP_FIRM_PRESET_NAMES].sort()).toEqual(
      [
        'apex-evaluation',
        'apex-funded',
        'fundednext-stellar-2step',
        'ftmo-1step',
        'ftmo-2step',
        'the5ers-high-stakes',
        'topstep-combine',
      ].sort(),
    )
  })

  it.each(PROP_FIRM_PRESET_NAMES)(
    '%s: version, effective date, sources, phases ending in funded with payout',
    (name) => {
      const p = getPropFirmPreset(name)
      expect(p.version).toMatch(/^\d{4}\.\d{2}\.\d{2}/)
      expect(p.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      expect(p.sources.length).toBeGreaterThan(0)
      for (const src of p.sources) expect(src.url).toMatch(/^https:\/\//)
      expect(p.phases.at(-1)!.name).toBe('funded')
      expect(p.profitSplit).toBeGreaterThan(0)
      for (const size of p.accountSizes) {
        for (const phase of p.phases) {
          const ev = new ChallengeEvaluator(presetRules(name, { accountSize: size, phase: phase.name }))
          expect(ev.status).toBe('active')
          expect(ev.limits.maxLossFloor!.lt(size)).toBe(true)
        }
        expect(presetRules(name, { accountSize: size, phase: 'funded' }).payout?.profitSplit).toBe(p.profitSplit)
      }
    },
  )

  it('percentage presets scale with any account size', () => {
    const ev = ChallengeEvaluator.fromPreset('ftmo-2step', { accountSize: 80_000 })
    expect(ev.limits.dailyLossFloor!.toString()).toBe('76000')
    expect(ev.limits.maxLossFloor!.toString()).toBe('72000')
    expect(ev.progress.profitTarget!.toString()).toBe('8000')
  })

  it('dollar-table presets scale by their table', () => {
    const t = ChallengeEvaluator.fromPreset('topstep-combine', { accountSize: 150_000 })
    expect(t.limits.maxLossFloor!.toString()).toBe('145500')
    expect(t.progress.profitTarget!.toString()).toBe('9000')
    const a = ChallengeEvaluator.fromPreset('apex-evaluation', { accountSize: 300_000 })
    expect(a.limits.maxLossFloor!.toString()).toBe('292500')
  })
})
