import { loadavg } from 'node:os'

/** The first line every benchmark group prints: what it measures, node version and the machine's load average. */
export function benchHeader(title: string): string {
  const load = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')
  return `${title} — node ${process.version}, load average ${load} (1/5/15 min)`
}
