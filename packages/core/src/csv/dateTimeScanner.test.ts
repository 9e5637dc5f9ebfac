import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type DateOrder, DateTimeScanner } from './dateTimeScanner.js'

function scan(text: string, order?: DateOrder): [number, boolean] | undefined {
  const s = new DateTimeScanner(order)
  return s.scanDateTime(text, 0, text.length) ? [s.ms, s.zoned] : undefined
}

describe('DateTimeScanner', () => {
  it('reads dates and date-times (Date.UTC by hand)', () => {
    expect(scan('2019-10-17')).toEqual([Date.UTC(2019, 9, 17), false])
    expect(scan('2024.01.02')).toEqual([Date.UTC(2024, 0, 2), false])
    expect(scan('2024/01/02 07:08')).toEqual([Date.UTC(2024, 0, 2, 7, 8), false])
    expect(scan('20240102')).toEqual([Date.UTC(2024, 0, 2), false])
    expect(scan('2024-01-02T07:08:09.123')).toEqual([Date.UTC(2024, 0, 2, 7, 8, 9, 123), false])
    expect(scan('2024-02-29 23:59:59')).toEqual([Date.UTC(2024, 1, 29, 23, 59, 59), false])
  })

  it('property: every real calendar instant reads back as Date.UTC gives it', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01T00:00:00Z'), max: new Date('9999-12-31T23:59:59Z'), noInvalidDate: true }),
        (d) => {
          const iso = d.toISOString() // YYYY-MM-DDTHH:MM:SS.sssZ
          return (
            scan(iso)?.[0] === d.getTime() &&
            scan(iso.slice(0, 10))?.[0] === Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate())
          )
        },
      ),
      { numRuns: 3000 },
    )
  })

  it('reads CryptoDataDownload AM/PM hours: 12-AM is midnight, 12-PM is noon', () => {
    expect(scan('2019-10-17 12-AM')).toEqual([Date.UTC(2019, 9, 17, 0), false])
    expect(scan('2019-10-17 09-AM')).toEqual([Date.UTC(2019, 9, 17, 9), false])
    expect(scan('2019-10-17 12-PM')).toEqual([Date.UTC(2019, 9, 17, 12), false])
    expect(scan('2019-10-17 11-PM')).toEqual([Date.UTC(2019, 9, 17, 23), false])
    expect(scan('2019-10-17 9:30 pm')).toEqual([Date.UTC(2019, 9, 17, 21, 30), false])
  })

  it('applies zone suffixes and reads epoch numbers as UTC', () => {
    expect(scan('2024-01-02T00:30:00Z')).toEqual([Date.UTC(2024, 0, 2, 0, 30), true])
    expect(scan('2024-01-02 00:30:00 UTC')).toEqual([Date.UTC(2024, 0, 2, 0, 30), true])
    expect(scan('2024-01-02T00:30:00-05:00')).toEqual([Date.UTC(2024, 0, 2, 5, 30), true])
    expect(scan('2024-01-02T00:30:00+0530')).toEqual([Date.UTC(2024, 0, 1, 19, 0), true])
    expect(scan('1704153600')).toEqual([Date.UTC(2024, 0, 2), true])
    expect(scan('1704153600000')).toEqual([Date.UTC(2024, 0, 2), true])
    expect(scan('1704153600000000')).toEqual([Date.UTC(2024, 0, 2), true])
  })

  it('resolves year-last dates by separator or by the option', () => {
    expect(scan('17.10.2019')?.[0]).toBe(Date.UTC(2019, 9, 17))
    expect(scan('10/17/2019')?.[0]).toBe(Date.UTC(2019, 9, 17))
    expect(scan('10-17-2019')?.[0]).toBe(Date.UTC(2019, 9, 17))
    expect(scan('05/04/2019', 'DMY')?.[0]).toBe(Date.UTC(2019, 3, 5))
    expect(scan('05.04.2019', 'MDY')?.[0]).toBe(Date.UTC(2019, 4, 4))
  })

  it('rejects what is not a valid date or time', () => {
    for (const bad of [
      '',
      'date',
      '2023-02-29',
      '2024-13-01',
      '2024-00-10',
      '2024-01-32',
      '2024-01-02 24:00',
      '2024-01-02 10:60',
      '2024-01-02 13-PM',
      '2024-01-02X10:00',
      '2024-01-02 10:00 junk',
      '2024-01-02+',
      '17.10.19',
      '123',
      '2024-1-2x',
    ]) {
      expect(scan(bad), bad).toBeUndefined()
    }
  })

  it('reads a time of day alone', () => {
    const s = new DateTimeScanner(undefined)
    expect(s.scanTimeOfDay('09:05:00', 0, 8)).toBe(true)
    expect(s.ms).toBe((9 * 60 + 5) * 60_000)
    expect(s.scanTimeOfDay('9:05', 0, 4)).toBe(true)
    expect(s.scanTimeOfDay('25:00', 0, 5)).toBe(false)
    expect(s.scanTimeOfDay('093000', 0, 6)).toBe(true)
    expect(s.ms).toBe((9 * 60 + 30) * 60_000)
    expect(s.scanTimeOfDay('0930', 0, 4)).toBe(true)
    expect(s.ms).toBe((9 * 60 + 30) * 60_000)
    expect(s.scanTimeOfDay('09300', 0, 5)).toBe(false)
  })
})
