// Test support: a CliIo whose stdout and stderr collect what the CLI writes (stderr is not a TTY: no progress bars).
import type { CliIo } from '../src/cli.js'

export function captureIo(): CliIo & { out: () => string; err: () => string } {
  let out = ''
  let err = ''
  return {
    stdout: {
      write: (s: string) => {
        out += s
        return true
      },
    } as unknown as CliIo['stdout'],
    stderr: {
      write: (s: string) => {
        err += s
        return true
      },
      isTTY: false,
    } as unknown as CliIo['stderr'],
    out: () => out,
    err: () => err,
  }
}
