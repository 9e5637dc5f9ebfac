#!/usr/bin/env node
// Runs the built CLI (examples/backtest/dist). `npm run build` (or `npm run demo` at the root) builds it.
import('../dist/cli.js')
  .then((m) => m.main(process.argv.slice(2)))
  .then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      console.error(error)
      process.exitCode = 1
    },
  )
