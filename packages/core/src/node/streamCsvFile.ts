import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { BarsCsvParser } from '../csv/barsCsvParser.js'
import type { ParseBarsCsvOptions } from '../csv/options.js'
import { NotFoundError } from '../errors.js'

/**
 * Streams the file at `path` through a {@link BarsCsvParser} in 1 MiB UTF-8 chunks and returns the finished parser.
 * @throws {@link NotFoundError} `NOT_FOUND` when the file does not exist; other file-system errors pass through.
 * @internal
 */
export async function streamCsvFile(
  path: string,
  options: ParseBarsCsvOptions | undefined,
  multi: boolean,
): Promise<BarsCsvParser> {
  let size: number
  try {
    size = (await stat(path)).size
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'ENOENT') throw new NotFoundError('file', path, { cause })
    throw cause
  }
  const parser = new BarsCsvParser(options, multi, size)
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 })
  try {
    for await (const chunk of stream) parser.push(chunk as string)
  } finally {
    stream.destroy()
  }
  parser.end()
  return parser
}
