import { describe, expect, it } from 'vitest'
import * as api from './index.js'

// The public runtime API of @aitrade/backtest, as a snapshot: an API change shows up in review as a snapshot diff.
// Update it (vitest -u) together with a changeset.
describe('@aitrade/backtest exports', () => {
  it('the main entry', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })
})
