import { describe, expect, it } from 'vitest'
import * as api from './index.js'
import * as sub1 from './node/index.js'

// The public runtime API of @aitrade/core, as a snapshot: an API change shows up in review as a snapshot diff.
// Update it (vitest -u) together with a changeset.
describe('@aitrade/core exports', () => {
  it('the main entry', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })
  it('@aitrade/core/node', () => {
    expect(Object.keys(sub1).sort()).toMatchSnapshot()
  })
})
