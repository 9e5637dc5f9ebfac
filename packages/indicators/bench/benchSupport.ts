import { loadavg } from 'node:os'

/** The first line every benchmark group prints: what it measures, node version and the machine's load average. */
export function benchHeader(title: string): string {
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
  return `${title} — node ${process.version}, load average ${load} (1/5/15 min)`
}

/**
 * A fresh `for` loop feeding `update(x, false)` to one indicator, compiled on its own (`new Function`) so that its
 * call site keeps its own type feedback, as a bot's own `cmf.update(bar)` line would; one loop shared by every row
 * would see every class of every library and time megamorphic dispatch instead. Code shared inside each library
 * stays as shared as it is.
 */
export function ownLoop(): (s: unknown, xs: readonly unknown[], count: number) => void {
  return new Function('s', 'xs', 'count', 'for (let i = 0; i < count; i++) s.update(xs[i], false)') as never
}
