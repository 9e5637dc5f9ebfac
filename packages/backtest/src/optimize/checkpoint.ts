import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import type { TradeStats } from '@aitrade/analytics'
import { DataFormatError } from '@aitrade/core'
import { type ParamSet, paramKey } from './parameterSpace.js'

/** First line of a checkpoint file. */
const FORMAT = '@aitrade/backtest optimize checkpoint'

/** One finished run as stored in a checkpoint. */
export interface CheckpointEntry {
  readonly params: ParamSet
  readonly stats: TradeStats
  readonly objective: number
}

/** JSON has no NaN or ±Infinity, which statistics use; they are written as the strings "NaN", "Infinity", "-Infinity". */
function encode(_key: string, v: unknown): unknown {
  if (typeof v === 'number' && !Number.isFinite(v)) return String(v)
  return v
}

function decode(_key: string, v: unknown): unknown {
  if (v === 'NaN') return Number.NaN
  if (v === 'Infinity') return Number.POSITIVE_INFINITY
  if (v === '-Infinity') return Number.NEGATIVE_INFINITY
  return v
}

/**
 * Opens a checkpoint file (JSON Lines: a header line, then one `{ params, stats, objective }` object per line) and
 * returns its finished runs keyed by parameter set. A missing or empty file is created with its header; a cut-off
 * last line (a run killed while writing) is dropped from the file.
 *
 * @throws {@link @aitrade/core!index.DataFormatError} `DATA_FORMAT` with the line number when the header or a line that
 *   is not the last one is not valid.
 */
export function openCheckpoint(path: string): Map<string, CheckpointEntry> {
  const out = new Map<string, CheckpointEntry>()
  const text = existsSync(path) ? readFileSync(path, 'utf8') : ''
  const lines = text.split('\n')
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length === 0) {
    writeFileSync(path, `${JSON.stringify({ format: FORMAT, version: 1 })}\n`)
    return out
  }
  let header: unknown
  try {
    header = JSON.parse(lines[0] as string)
  } catch {
    header = undefined
  }
  if ((header as { format?: unknown } | undefined)?.format !== FORMAT)
    throw new DataFormatError(`not an optimize checkpoint (expected a header with format "${FORMAT}")`, {
      line: 1,
      path,
    })
  for (let i = 1; i < lines.length; i++) {
    let e: CheckpointEntry
    try {
      e = JSON.parse(lines[i] as string, decode) as CheckpointEntry
      if (typeof e?.params !== 'object' || typeof e.stats !== 'object' || typeof e.objective !== 'number')
        throw new Error('missing params, stats or objective')
    } catch (err) {
      if (i === lines.length - 1) {
        writeFileSync(path, `${lines.slice(0, i).join('\n')}\n`)
        return out
      }
      throw new DataFormatError(`bad checkpoint entry: ${(err as Error).message}`, { line: i + 1, path })
    }
    out.set(paramKey(e.params), e)
  }
  if (!text.endsWith('\n')) appendFileSync(path, '\n')
  return out
}

/** Appends one finished run (one line, so a crash loses at most the run being written). */
export function appendCheckpoint(path: string, entry: CheckpointEntry): void {
  appendFileSync(path, `${JSON.stringify(entry, encode)}\n`)
}
