#!/usr/bin/env node
// Runs the built demo (examples/backtest/dist/demo.js): the README's main job.
import('../dist/demo.js')
  .then((m) => m.demo())
  .then(
    (code) => {
      process.exitCode = code
    },
    (error) => {
      console.error(error)
      process.exitCode = 1
    },
  )
