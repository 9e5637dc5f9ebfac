/**
 * `@aitrade/core` — typed trading domain models with zod schemas, Decimal money, errors, events,
 * timeframes, bar series and loaders, and the engine that runs one `Strategy` against any broker and feed.
 *
 * @packageDocumentation
 */

export {
  type Account,
  AccountSchema,
  type Position,
  type PositionMode,
  PositionModeSchema,
  PositionSchema,
} from './account.js'
export { type Bar, BarSchema } from './bar.js'
export {
  type AlignOptions,
  type BarColumns,
  type BarGap,
  BarSeries,
  type BarSeriesMeta,
  type ResampleOptions,
} from './barSeries.js'
export type { DateOrder } from './csv/dateTimeScanner.js'
export type { CsvColumnMapping, CsvSkippedRow, ParseBarsCsvOptions } from './csv/options.js'
export { parseBarsCsv } from './csv/parseBarsCsv.js'
export { parseBarsCsvMulti } from './csv/parseBarsCsvMulti.js'
export { Decimal, toDecimal } from './decimal.js'
export type { Broker, BrokerListener, OrderModification } from './engine/broker.js'
export { type Clock, SimulatedClock, SystemClock } from './engine/clock.js'
export {
  type BarEvent,
  BarSeriesFeed,
  type DataFeed,
  type MarketEvent,
  type QuoteEvent,
  type TickEvent,
} from './engine/dataFeed.js'
export { Engine, type EngineEvents, type EngineOptions, type EngineRunSummary } from './engine/engine.js'
export type {
  PreTradeCheck,
  PreTradeContext,
  PreTradeDecision,
  RiskReason,
} from './engine/preTradeCheck.js'
export type { Strategy, StrategyContext, SubmitResult } from './engine/strategy.js'
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
export { type Fee, FeeSchema, type Fill, type FillInput, FillSchema } from './fill.js'
export {
  type AssetClass,
  AssetClassSchema,
  type Instrument,
  type InstrumentInput,
  InstrumentSchema,
  marginRateOf,
  roundToLot,
  roundToTick,
} from './instrument.js'
export { Ledger, type LedgerFillResult, type LedgerOptions } from './ledger.js'
export {
  type OrderBook,
  type OrderBookLevel,
  OrderBookSchema,
  type Quote,
  QuoteSchema,
  type TradeTick,
  TradeTickSchema,
} from './marketData.js'
export {
  assertOrderTransition,
  type BracketLeg,
  BracketLegSchema,
  canTransitionOrder,
  type Order,
  type OrderRequest,
  type OrderRequestInput,
  OrderRequestSchema,
  OrderSchema,
  type OrderStatus,
  OrderStatusSchema,
  type OrderType,
  OrderTypeSchema,
  sideSign,
  type TimeInForce,
  TimeInForceSchema,
} from './order.js'
export {
  DecimalSchema,
  EpochMsSchema,
  FractionSchema,
  NonNegativeDecimalSchema,
  PositiveDecimalSchema,
  type Side,
  SideSchema,
} from './schemas.js'
export { type Signal, type SignalInput, SignalSchema, type SignalStatus, SignalStatusSchema } from './signal.js'
export {
  alignTime,
  isTimeframe,
  nextBarTime,
  parseTimeframe,
  TIMEFRAMES,
  type Timeframe,
  TimeframeSchema,
  timeframeFromMs,
  timeframeToMs,
} from './timeframe.js'
export { type Trade, TradeSchema } from './trade.js'
export { parseWith } from './validation.js'
