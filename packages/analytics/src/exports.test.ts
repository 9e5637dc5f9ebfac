import { describe, expect, it } from 'vitest'
import * as api from './index.js'
import * as node from './node/index.js'

// The public runtime API of @aitrade/analytics, as a snapshot: an API change shows up in review as a snapshot diff.
// Update it (vitest -u) together with a changeset.
describe('@aitrade/analytics exports', () => {
  it('the main entry', () => {
    expect(Object.keys(api).sort()).toMatchSnapshot()
  })
  it('@aitrade/analytics/node', () => {
    expect(Object.keys(node).sort()).toMatchSnapshot()
  })
})
