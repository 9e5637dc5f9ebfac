/**
 * `@aitrade/core` — typed trading domain models with zod schemas, Decimal money, errors, events,
 * timeframes, bar series and loaders, and the engine that runs one `Strategy` against any broker and feed.
 *
 * @packageDocumentation
 */

// market data (timeframes, bars, series, loaders)
export { type Bar, BarSchema } from './bar.js'
export { Decimal, toDecimal } from './decimal.js'
export {
  AitradeError,
  type AitradeErrorCode,
  type AitradeErrorJSON,
  type AitradeErrorOptions,
  ConnectorUnavailableError,
  DataFormatError,
  InsufficientDataError,
  InvalidArgumentError,
  InvalidStateError,
  isAitradeError,
  NotFoundError,
  OrderRejectedError,
  RateLimitedError,
  RiskLimitError,
} from './errors.js'
export {
  alignTime,
  isTimeframe,
  nextBarTime,
  parseTimeframe,
  TIMEFRAMES,
  type Timeframe,
  TimeframeSchema,
  timeframeToMs,
} from './timeframe.js'
