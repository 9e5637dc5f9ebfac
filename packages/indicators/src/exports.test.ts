import { describe, expect, it } from 'vitest'
import * as compat from './compat/index.js'
import * as api from './index.js'

// The public runtime API of @aitrade/indicators, as a snapshot: an API change shows up in review as a snapshot diff.
// Update it (vitest -u) together with a changeset.
describe('@aitrade/indicators exports', () => {
  it('the main entry', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })
  it('@aitrade/indicators/compat', () => {
    expect(Object.keys(compat).sort()).toMatchSnapshot()
  })
})
