/** A one-line progress bar on a TTY stream (stderr); silent when the stream is not a terminal. */
export class ProgressBar {
  private last = -1
  private readonly started = Date.now()
  constructor(
    private readonly label: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = stream.isTTY === true,
  ) {}

  /** Draws `done / total` (at most once per percent). */
  update(done: number, total: number, note = ''): void {
    if (!this.enabled || total <= 0) return
    const pct = Math.min(100, Math.floor((done / total) * 100))
    if (pct === this.last && done < total) return
    this.last = pct
    const width = 30
    const full = Math.round((pct / 100) * width)
    const secs = ((Date.now() - this.started) / 1000).toFixed(1)
    this.stream.write(
      `\r${this.label} [${'#'.repeat(full)}${'.'.repeat(width - full)}] ${pct}% ${done}/${total} ${secs}s ${note}`,
    )
  }

  /** Ends the line. */
  done(): void {
    if (this.enabled && this.last >= 0) this.stream.write('\n')
  }
}
