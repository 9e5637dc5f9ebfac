import { describe, expect, it } from 'vitest'
import {
  allNegativeReturns,
  DECIMAL_8,
  emptyReturns,
  expectClose,
  mixedReturns,
  oneReturn,
  positiveReturns,
} from '../__fixtures__/empyricalFixtures.js'
import { capture, downCapture, upCapture, upDownCapture } from './capture.js'

// Oracle: empyrical tests/test_stats.py test_capture_ratio, test_up_capture, test_down_capture,
// test_up_down_capture (stefan-jansen/empyrical-reloaded), decimal=8
describe('capture / upCapture / downCapture / upDownCapture (empyrical)', () => {
  it('matches the published fixtures', () => {
    expect(capture(emptyReturns, emptyReturns)).toBeNaN()
    expectClose(capture(oneReturn, oneReturn), 1)
    expectClose(capture(mixedReturns, mixedReturns), 1)
    expectClose(capture(allNegativeReturns, mixedReturns), -0.52257643222960259, DECIMAL_8)

    expect(upCapture(emptyReturns, emptyReturns)).toBeNaN()
    expectClose(upCapture(oneReturn, oneReturn), 1)
    expectClose(upCapture(mixedReturns, mixedReturns), 1)
    expectClose(upCapture(positiveReturns, mixedReturns), 0.0076167762, DECIMAL_8)
    expectClose(upCapture(allNegativeReturns, mixedReturns), -0.0004336328, DECIMAL_8)

    expect(downCapture(emptyReturns, emptyReturns)).toBeNaN()
    expect(downCapture(oneReturn, oneReturn)).toBeNaN()
    expectClose(downCapture(mixedReturns, mixedReturns), 1)
    expectClose(downCapture(allNegativeReturns, mixedReturns), 0.99956025703798634, DECIMAL_8)
    expectClose(downCapture(positiveReturns, mixedReturns), -11.27400221, DECIMAL_8)

    expect(upDownCapture(emptyReturns, emptyReturns)).toBeNaN()
    expect(upDownCapture(oneReturn, oneReturn)).toBeNaN()
    expectClose(upDownCapture(mixedReturns, mixedReturns), 1)
    expectClose(upDownCapture(positiveReturns, mixedReturns), -0.0006756053495, DECIMAL_8)
    expectClose(upDownCapture(allNegativeReturns, mixedReturns), -0.0004338236, DECIMAL_8)
  })

  it('worked by hand', () => {
    expectClose(capture([0.21], [0.1], { annualization: 0.5 }), (Math.sqrt(1.21) - 1) / (Math.sqrt(1.1) - 1))
    expectClose(upCapture([0.02, -0.05], [0.01, -0.02], { annualization: 1 }), 2)
    expectClose(downCapture([0.02, -0.01], [0.01, -0.02], { annualization: 1 }), 0.5)
    expectClose(upDownCapture([0.02, -0.01], [0.01, -0.02], { annualization: 1 }), 4)
  })
})
