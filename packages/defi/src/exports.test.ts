import { describe, expect, it } from 'vitest'
import * as api from './index.js'

// The public runtime API of @aitrade/defi, as a snapshot: an API change shows up in review as a snapshot diff.
// Update it (vitest -u) together with a changeset.
describe('@aitrade/defi exports', () => {
  it('the main entry', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })
})
