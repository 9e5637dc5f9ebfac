import type { z } from 'zod'
import { InvalidArgumentError } from './errors.js'

/**
 * Parses `input` with a zod `schema` at an API edge, turning a zod failure into an {@link InvalidArgumentError}
 * whose argument is the path of the first bad field (e.g. `order.amount`) and whose `details.issues` lists all.
 *
 * @param schema - The zod schema.
 * @param input - Untrusted input.
 * @param argument - Name of the argument, prefixed to field paths.
 * @returns The parsed (and transformed) value.
 * @throws {@link InvalidArgumentError} `INVALID_ARGUMENT` naming the first failing field.
 *
 * @example
 * ```ts
 * import { parseWith, InstrumentSchema } from '@aitrade/core'
 *
 * const btc = parseWith(InstrumentSchema, { symbol: 'BTC/USDT', base: 'BTC', quote: 'USDT', assetClass: 'crypto',
 *   tickSize: '0.01', lotStep: '0.00001' }, 'instrument')
 * btc.tickSize.toString() // '0.01'
 * ```
 */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown, argument: string): z.output<S> {
  const r = schema.safeParse(input)
  if (r.success) return r.data
  const issues = r.error.issues.map((i) => ({ path: [argument, ...i.path.map(String)].join('.'), message: i.message }))
  const first = issues[0] ?? { path: argument, message: 'invalid' }
  throw new InvalidArgumentError(first.path, first.message, { details: { issues } })
}
