import { describe, expect, it } from 'vitest'
import {
  AitradeError,
  DataFormatError,
  InvalidArgumentError,
  InvalidStateError,
  isAitradeError,
  NotFoundError,
  RiskLimitError,
} from './errors.js'

describe('errors', () => {
  it('carries a stable code, details and a JSON form', () => {
    const e = new InvalidArgumentError('period', 'must be >= 2', { details: { value: 1 } })
    expect(e.code).toBe('INVALID_ARGUMENT')
    expect(e.message).toBe('Invalid argument "period": must be >= 2')
    expect(e.details).toEqual({ argument: 'period', reason: 'must be >= 2', value: 1 })
    expect(JSON.parse(JSON.stringify(e))).toEqual({
      name: 'InvalidArgumentError',
      code: 'INVALID_ARGUMENT',
      message: 'Invalid argument "period": must be >= 2',
      details: { argument: 'period', reason: 'must be >= 2', value: 1 },
    })
  })

  it('names the line and field of a data error', () => {
    const e = new DataFormatError('high < low', { line: 12, field: 'high' })
    expect(e.message).toBe('line 12, field "high": high < low')
    expect(e.details.line).toBe(12)
  })

  it('keeps the cause', () => {
    const cause = new Error('boom')
    expect(new InvalidStateError('x', { cause }).cause).toBe(cause)
  })

  it('recognises errors by brand, not by prototype', () => {
    expect(isAitradeError(new NotFoundError('order', '1'))).toBe(true)
    expect(isAitradeError(new RiskLimitError('maxLoss', 1, 2))).toBe(true)
    expect(isAitradeError(new Error('x'))).toBe(false)
    expect(isAitradeError(null)).toBe(false)
    const foreign = { [Symbol.for('@aitrade/core/AitradeError')]: true, code: 'NOT_FOUND' }
    expect(isAitradeError(foreign)).toBe(true)
    expect(new AitradeError('RATE_LIMITED', 'slow down')).toBeInstanceOf(Error)
  })
})
