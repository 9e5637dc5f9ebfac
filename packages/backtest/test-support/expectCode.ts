// Test support: asserts that a promise rejects with an AitradeError of the given code whose message contains a text.
import { isAitradeError } from '@aitrade/core'
import { expect } from 'vitest'

export async function expectCode(p: Promise<unknown>, code: string, text: string): Promise<void> {
  try {
    await p
    expect.unreachable()
  } catch (e) {
    expect(isAitradeError(e) && e.code).toBe(code)
    expect((e as Error).message).toContain(text)
  }
}
