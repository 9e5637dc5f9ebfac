const BRAND: unique symbol = Symbol.for('@aitrade/core/AitradeError') as never

/**
 * Machine-readable error codes. Stable across minor versions: codes are added, never repurposed.
 *
 * - `INVALID_ARGUMENT` — an argument is outside its documented domain.
 * - `INSUFFICIENT_DATA` — not enough observations for the requested computation.
 * - `DATA_FORMAT` — a file or payload could not be parsed (see `details.line`, `details.field`).
 * - `INVALID_STATE` — an operation is illegal in the object's current state (e.g. an order status transition).
 * - `RISK_LIMIT_BREACHED` — a pre-trade check or account guard refused the action.
 * - `CONNECTOR_UNAVAILABLE` — an exchange or broker could not be reached.
 * - `ORDER_REJECTED` — a venue or the simulated broker rejected an order.
 * - `RATE_LIMITED` — a venue's rate limit was hit.
 * - `NOT_FOUND` — a referenced entity (order, position, instrument) does not exist.
 */
export type AitradeErrorCode =
  | 'INVALID_ARGUMENT'
  | 'INSUFFICIENT_DATA'
  | 'DATA_FORMAT'
  | 'INVALID_STATE'
  | 'RISK_LIMIT_BREACHED'
  | 'CONNECTOR_UNAVAILABLE'
  | 'ORDER_REJECTED'
  | 'RATE_LIMITED'
  | 'NOT_FOUND'

/** Options accepted by {@link AitradeError} and its subclasses. */
export interface AitradeErrorOptions {
  /** Underlying error (standard `Error.cause`). */
  cause?: unknown
  /** JSON-serialisable context for logs and API error bodies. */
  details?: Readonly<Record<string, unknown>>
}

/** The JSON shape produced by {@link AitradeError.toJSON}. */
export interface AitradeErrorJSON {
  name: string
  code: AitradeErrorCode
  message: string
  details: Readonly<Record<string, unknown>>
}

/**
 * Base class of every error thrown by the SDK. Switch on {@link AitradeError.code}, not on `message`.
 * Use {@link isAitradeError} rather than `instanceof`: it also recognises errors from a second (ESM/CJS) copy.
 *
 * @example
 * ```ts
 * import { AitradeError } from '@aitrade/core'
 *
 * const e = new AitradeError('NOT_FOUND', 'order 42 not found', { details: { orderId: '42' } })
 * JSON.stringify(e) // '{"name":"AitradeError","code":"NOT_FOUND","message":"order 42 not found","details":{"orderId":"42"}}'
 * ```
 */
export class AitradeError<C extends AitradeErrorCode = AitradeErrorCode> extends Error {
  /** @internal */
  readonly [BRAND] = true
  override readonly name: string = 'AitradeError'
  /** Stable machine-readable code. */
  readonly code: C
  /** JSON-safe context (argument name, line number, limit, …). */
  readonly details: Readonly<Record<string, unknown>>
  /**
   * @param code - Stable error code.
   * @param message - Human-readable message naming the field/row and the reason.
   * @param options - `cause` and JSON-safe `details`.
   */
  constructor(code: C, message: string, options: AitradeErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.details = options.details ?? {}
  }
  /** @returns `{ name, code, message, details }`, safe for `JSON.stringify`. */
  toJSON(): AitradeErrorJSON {
    return { name: this.name, code: this.code, message: this.message, details: this.details }
  }
}

/**
 * Thrown when an argument is outside its documented domain. `details.argument` names it.
 *
 * @example
 * ```ts
 * import { InvalidArgumentError } from '@aitrade/core'
 *
 * new InvalidArgumentError('period', 'must be an integer >= 2').message
 * // 'Invalid argument "period": must be an integer >= 2'
 * ```
 */
export class InvalidArgumentError extends AitradeError<'INVALID_ARGUMENT'> {
  override readonly name: string = 'InvalidArgumentError'
  /**
   * @param argument - Name (or path, e.g. `orders[3].amount`) of the offending argument.
   * @param reason - What is wrong, e.g. `must be > 0`.
   * @param options - Extra `details` and `cause`.
   */
  constructor(argument: string, reason: string, options: AitradeErrorOptions = {}) {
    super('INVALID_ARGUMENT', `Invalid argument "${argument}": ${reason}`, {
      ...options,
      details: { argument, reason, ...options.details },
    })
  }
}

/**
 * Thrown when a computation needs more observations than it was given.
 *
 * @example
 * ```ts
 * import { InsufficientDataError } from '@aitrade/core'
 *
 * new InsufficientDataError('returns', 2, 1).details // { argument: 'returns', required: 2, actual: 1 }
 * ```
 */
export class InsufficientDataError extends AitradeError<'INSUFFICIENT_DATA'> {
  override readonly name: string = 'InsufficientDataError'
  /**
   * @param argument - The input that is too short.
   * @param required - Minimum number of observations.
   * @param actual - Number given.
   */
  constructor(argument: string, required: number, actual: number, options: AitradeErrorOptions = {}) {
    super('INSUFFICIENT_DATA', `Insufficient data in "${argument}": need ${required}, got ${actual}`, {
      ...options,
      details: { argument, required, actual, ...options.details },
    })
  }
}

/**
 * Thrown when a file or payload cannot be parsed. `details.line` is the 1-based line number in the source
 * text (when known) and `details.field` the column or field name.
 *
 * @example
 * ```ts
 * import { DataFormatError } from '@aitrade/core'
 *
 * new DataFormatError('high < low', { line: 12, field: 'high' }).message // 'line 12, field "high": high < low'
 * ```
 */
export class DataFormatError extends AitradeError<'DATA_FORMAT'> {
  override readonly name: string = 'DataFormatError'
  /**
   * @param reason - What is wrong with the data.
   * @param where - `line` (1-based) and/or `field` where it was found, plus any extra JSON-safe context.
   */
  constructor(
    reason: string,
    where: { line?: number; field?: string; [key: string]: unknown } = {},
    options: AitradeErrorOptions = {},
  ) {
    const loc = [
      where.line !== undefined ? `line ${where.line}` : '',
      where.field !== undefined ? `field "${where.field}"` : '',
    ]
      .filter(Boolean)
      .join(', ')
    super('DATA_FORMAT', loc ? `${loc}: ${reason}` : reason, {
      ...options,
      details: { ...where, reason, ...options.details },
    })
  }
}

/**
 * Thrown when an operation is illegal in an object's current state, e.g. an order going from `closed` to `open`.
 *
 * @example
 * ```ts
 * import { InvalidStateError } from '@aitrade/core'
 *
 * new InvalidStateError('order status closed -> open is not allowed').code // 'INVALID_STATE'
 * ```
 */
export class InvalidStateError extends AitradeError<'INVALID_STATE'> {
  override readonly name: string = 'InvalidStateError'
  /** @param message - Which transition or operation, from which state. */
  constructor(message: string, options: AitradeErrorOptions = {}) {
    super('INVALID_STATE', message, options)
  }
}

/**
 * Thrown when a referenced entity (order id, position id, instrument symbol) does not exist.
 *
 * @example
 * ```ts
 * import { NotFoundError } from '@aitrade/core'
 *
 * new NotFoundError('order', 'abc').message // 'order "abc" not found'
 * ```
 */
export class NotFoundError extends AitradeError<'NOT_FOUND'> {
  override readonly name: string = 'NotFoundError'
  /**
   * @param kind - Entity kind, e.g. `order`.
   * @param id - The identifier that was looked up.
   */
  constructor(kind: string, id: string, options: AitradeErrorOptions = {}) {
    super('NOT_FOUND', `${kind} "${id}" not found`, { ...options, details: { kind, id, ...options.details } })
  }
}

/**
 * Thrown when a risk limit refuses an action. `details` carries `rule`, `limit` and `actual`.
 *
 * @example
 * ```ts
 * import { RiskLimitError } from '@aitrade/core'
 *
 * new RiskLimitError('maxOpenPositions', 10, 11).code // 'RISK_LIMIT_BREACHED'
 * ```
 */
export class RiskLimitError extends AitradeError<'RISK_LIMIT_BREACHED'> {
  override readonly name: string = 'RiskLimitError'
  /**
   * @param rule - Name of the rule, e.g. `maxDailyLoss`.
   * @param limit - The configured limit (number or decimal string).
   * @param actual - The value that breached it.
   */
  constructor(rule: string, limit: unknown, actual: unknown, options: AitradeErrorOptions = {}) {
    super('RISK_LIMIT_BREACHED', `Risk rule "${rule}" breached: limit ${String(limit)}, actual ${String(actual)}`, {
      ...options,
      details: { rule, limit, actual, ...options.details },
    })
  }
}

/**
 * Thrown when an order is rejected by a venue or by the simulated broker. `details.reason` says why.
 *
 * @example
 * ```ts
 * import { OrderRejectedError } from '@aitrade/core'
 *
 * new OrderRejectedError('insufficient margin', { clientOrderId: 'a1' }).code // 'ORDER_REJECTED'
 * ```
 */
export class OrderRejectedError extends AitradeError<'ORDER_REJECTED'> {
  override readonly name: string = 'OrderRejectedError'
  /**
   * @param reason - Why the order was rejected.
   * @param details - Extra JSON-safe context (order id, limit, …).
   */
  constructor(reason: string, details: Readonly<Record<string, unknown>> = {}, options: AitradeErrorOptions = {}) {
    super('ORDER_REJECTED', `Order rejected: ${reason}`, {
      ...options,
      details: { reason, ...details, ...options.details },
    })
  }
}

/**
 * Thrown when an exchange or broker cannot be reached or answers with a server error.
 *
 * @example
 * ```ts
 * import { ConnectorUnavailableError } from '@aitrade/core'
 *
 * new ConnectorUnavailableError('binance', 'timeout').code // 'CONNECTOR_UNAVAILABLE'
 * ```
 */
export class ConnectorUnavailableError extends AitradeError<'CONNECTOR_UNAVAILABLE'> {
  override readonly name: string = 'ConnectorUnavailableError'
  /**
   * @param venue - Exchange or broker id.
   * @param reason - What failed.
   */
  constructor(venue: string, reason: string, options: AitradeErrorOptions = {}) {
    super('CONNECTOR_UNAVAILABLE', `${venue} unavailable: ${reason}`, {
      ...options,
      details: { venue, reason, ...options.details },
    })
  }
}

/**
 * Thrown when a venue's rate limit is hit. `details.retryAfterMs` is the suggested wait, when known.
 *
 * @example
 * ```ts
 * import { RateLimitedError } from '@aitrade/core'
 *
 * new RateLimitedError('kraken', 1000).details.retryAfterMs // 1000
 * ```
 */
export class RateLimitedError extends AitradeError<'RATE_LIMITED'> {
  override readonly name: string = 'RateLimitedError'
  /**
   * @param venue - Exchange or broker id.
   * @param retryAfterMs - Suggested wait in milliseconds, if the venue said.
   */
  constructor(venue: string, retryAfterMs?: number, options: AitradeErrorOptions = {}) {
    super('RATE_LIMITED', `${venue} rate limit hit`, {
      ...options,
      details: { venue, retryAfterMs, ...options.details },
    })
  }
}

/**
 * `true` when `error` was created by any copy of {@link AitradeError} (ESM or CJS build, any version).
 *
 * @param error - Anything caught.
 * @returns Whether it is an SDK error; narrows the type.
 *
 * @example
 * ```ts
 * import { isAitradeError, InvalidArgumentError } from '@aitrade/core'
 *
 * isAitradeError(new InvalidArgumentError('x', 'bad')) // true
 * isAitradeError(new Error('x'))                        // false
 * ```
 */
export function isAitradeError(error: unknown): error is AitradeError {
  return typeof error === 'object' && error !== null && (error as Record<PropertyKey, unknown>)[BRAND] === true
}
