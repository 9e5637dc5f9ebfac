// Writes docs/guides/indicators-reference.md from the package's own exports and TA-Lib's function list:
// names, inputs, outputs and options are read from the TypeScript types and TSDoc of src/index.ts and
// src/compat/index.ts, lookbacks are computed by calling each `…Lookback()` with default options, and the row set is
// `require('talib').functions`. src/referenceGuide.test.ts checks the written guide against the real exports.
// Run: npm run docs:reference -w @aitrade/indicators
import { existsSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import * as compat from '../src/compat/index.js'
import * as ind from '../src/index.js'

const require = createRequire(import.meta.url)
interface TalibFunction {
  name: string
  group: string
  hint: string
  optInputs: { name: string; defaultValue: number }[]
}
const talib = require('talib') as { functions: TalibFunction[] }

// the package folder: the nearest ancestor holding src/index.ts (this file runs from scripts/.out once bundled)
let pkg = dirname(fileURLToPath(import.meta.url))
while (!existsSync(join(pkg, 'src', 'index.ts'))) pkg = dirname(pkg)
const guidePath = join(pkg, '..', '..', 'docs', 'guides', 'indicators-reference.md')

// ---- the TypeScript view of the two entries ----
const program = ts.createProgram([join(pkg, 'src', 'index.ts'), join(pkg, 'src', 'compat', 'index.ts')], {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  strict: true,
  exactOptionalPropertyTypes: true,
  customConditions: ['@aitrade/source'],
  noEmit: true,
})
const checker = program.getTypeChecker()
function exportsOf(file: string): Map<string, ts.Symbol> {
  const sf = program.getSourceFile(file)
  if (!sf) throw new Error(`not in program: ${file}`)
  const mod = checker.getSymbolAtLocation(sf)
  if (!mod) throw new Error(`no module symbol: ${file}`)
  return new Map(checker.getExportsOfModule(mod).map((s) => [s.name, s]))
}
const mainExports = exportsOf(join(pkg, 'src', 'index.ts'))
const compatExports = exportsOf(join(pkg, 'src', 'compat', 'index.ts'))

function resolved(sym: ts.Symbol): ts.Symbol {
  return sym.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(sym) : sym
}
function signatureOf(name: string): ts.Signature {
  const sym = mainExports.get(name)
  if (!sym) throw new Error(`no export ${name}`)
  const type = checker.getTypeOfSymbol(resolved(sym))
  const sig = type.getCallSignatures()[0]
  if (!sig) throw new Error(`${name} is not callable`)
  return sig
}
function docOf(sym: ts.Symbol): string {
  return ts.displayPartsToString(resolved(sym).getDocumentationComment(checker))
}
/** First sentence of a TSDoc summary, with `{@link x}` written as `x`. */
function summary(text: string): string {
  const first = (text.split(/\n\s*\n/)[0] ?? '').replace(/\s+/g, ' ').trim()
  return first.replace(/\{@link ([^}|\s]+)[^}]*\}/g, '$1').replace(/@aitrade\/indicators!index\.(\w+)/g, '`$1`')
}
/** The first clause of a summary (up to its first colon, full stop or dash), for a table cell. */
function clause(text: string): string {
  const s = summary(text)
  const cut = /^(.+?)(?::\s|:$|\.\s|\s—\s|\.$|$)/.exec(s)?.[1] ?? s
  return cut.length <= 150 ? cut : `${cut.slice(0, cut.lastIndexOf(' ', 147))} …`
}
const cell = (s: string) => s.replace(/\|/g, '\\|')

/** The fields the first parameters read: `values`, `real0, real1` or the bar fields of a `Pick<OhlcvInput, …>`. */
function inputsOf(sig: ts.Signature): string {
  const params = sig.getParameters().filter((p) => p.name !== 'options')
  const parts: string[] = []
  for (const p of params) {
    const type = checker.getTypeOfSymbol(p)
    const text = checker.typeToString(type)
    if (/ArrayLike<number>/.test(text) && !type.getProperty('high') && !type.getProperty('close')) {
      parts.push(p.name)
      continue
    }
    const fields = ['open', 'high', 'low', 'close', 'volume', 'time'].filter((f) => type.getProperty(f))
    parts.push(`${p.name}: { ${fields.join(', ')} }`)
  }
  return parts.join(', ')
}
/**
 * `name = default` of every option but the output buffers, defaults read from each property's TSDoc, else from
 * TA-Lib's `optIn…` default when `talibFn` is given (options shared by many functions, such as `penetration`).
 */
function optionsOf(sig: ts.Signature, talibFn?: TalibFunction): string {
  const opt = sig.getParameters().find((p) => p.name === 'options')
  if (!opt) return '—'
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(opt))
  const props = type.getProperties().filter((p) => !/^out/.test(p.name))
  if (props.length === 0) return '—'
  return props
    .map((p) => {
      const doc = ts.displayPartsToString(p.getDocumentationComment(checker))
      const d = /Default(?:s to)? `([^`]+)`/.exec(doc) ?? /default (`[^`]+`|[-\d.]+)/i.exec(doc)
      if (d) return `${p.name} = ${(d[1] as string).replace(/`/g, '')}`
      const optIn = `optIn${p.name === 'period' ? 'TimePeriod' : p.name[0]?.toUpperCase() + p.name.slice(1)}`
      const talibDefault = talibFn?.optInputs.find((o) => o.name === optIn)?.defaultValue
      return talibDefault === undefined ? p.name : `${p.name} = ${talibDefault}`
    })
    .join(', ')
}
/** `Float64Array`, `Int32Array` or the keys of the returned object. */
function outputsOf(sig: ts.Signature): string {
  const type = sig.getReturnType()
  const text = checker.typeToString(type)
  if (/^Float64Array/.test(text)) return 'Float64Array'
  if (/^Int32Array/.test(text)) return 'Int32Array'
  return `{ ${type
    .getProperties()
    .map((p) => p.name)
    .join(', ')} }`
}
function lookbackText(fn: string): string {
  const sym = mainExports.get(`${fn}Lookback`)
  if (!sym) throw new Error(`no ${fn}Lookback`)
  const s = summary(docOf(sym))
  const formula = (/(?:leaves `NaN`|Lookback of [^:]+)(?:: | \()(.+)$/.exec(s)?.[1] ?? s)
    .replace(/^the number of leading bars that never get a value, /, '')
    .replace(/ over TA-Lib's default CANDLE_SETTINGS \(\d+\)/, '')
  const value = (ind as unknown as Record<string, (o?: object) => number>)[`${fn}Lookback`]?.({})
  return `${formula.replace(/\.$/, '').replace(/\)$/, s.includes(' (') && !s.includes(': ') ? '' : ')')} (default: ${value})`
}
function seeOf(sym: ts.Symbol): string {
  const tag = resolved(sym)
    .getJsDocTags(checker)
    .find((t) => t.name === 'see')
  return tag ? summary(ts.displayPartsToString(tag.text)) : ''
}

// ---- TA-Lib rows ----
const ELEMENT_WISE = new Set(
  'ADD SUB MULT DIV ACOS ASIN ATAN CEIL COS COSH EXP FLOOR LN LOG10 SIN SINH SQRT TAN TANH'.split(' '),
)
const RENAMED: Record<string, string> = { VAR: 'variance' }
const byLowerName = new Map([...mainExports.keys()].map((k) => [k.toLowerCase(), k]))
function ourName(talibName: string): string {
  const fn = RENAMED[talibName] ?? byLowerName.get(talibName.replace(/_/g, '').toLowerCase())
  if (!fn) throw new Error(`no export for ${talibName}`)
  return fn
}

const lines: string[] = []
const w = (s = '') => lines.push(s)
w('# Indicators reference')
w()
w('<!-- Generated by packages/indicators/scripts/referenceGuide.ts (npm run docs:reference -w @aitrade/indicators);')
w('     packages/indicators/src/referenceGuide.test.ts checks every row against the exports and TA-Lib. -->')
w()
w('Every export of `@aitrade/indicators`, and how it maps onto TA-Lib 0.6. Conventions, error behaviour and')
w('benchmarks are in the [package README](../../packages/indicators/README.md); the TSDoc of each export (TypeDoc in')
w('`docs/api`) has its formula, source and an example.')
w()
w('How to read the tables:')
w()
w('- **batch** is the function over whole arrays (`sma(values, { period })`), **streaming** the class with')
w('  `update`/`replace`/`snapshot`/`restore` (`new SMA({ period })`). Both give identical numbers.')
w('- **inputs**: `values` is one `ArrayLike<number>` (TA-Lib `inReal`, usually closes); `bars: { … }` names the')
w('  equal-length columns read from a bar-series object (a `BarSeries` fits). The streaming class takes one number')
w('  or one bar object with those fields.')
w('- **outputs**: a `Float64Array` of the input length with `NaN` warm-up, an object of such arrays (named after')
w("  TA-Lib's outputs), or for patterns an `Int32Array` of TA-Lib's values: `100` bullish / `−100` bearish, `0` none,")
w('  `±200` for confirmed `CDLHIKKAKE`/`CDLHIKKAKEMOD` signals.')
w("- **options**: TA-Lib's `optIn…` names without the prefix (`optInTimePeriod` → `period`), TA-Lib's defaults.")
w('  Every batch function also takes an `out` buffer (`outUpper`, … for multi-output ones) to avoid allocating.')
w('- **lookback**: the number of leading `NaN` (patterns: `0`) outputs, as `<batch>Lookback(options)` returns it and')
w("  as TA-Lib's `TA_<NAME>_Lookback` does; the value in brackets is for the default options.")
w()
w('## TA-Lib functions')
w()
const groups = new Map<string, TalibFunction[]>()
for (const f of talib.functions) groups.set(f.group, [...(groups.get(f.group) ?? []), f])
for (const [group, fns] of groups) {
  w(`### ${group}`)
  w()
  if (fns.every((f) => ELEMENT_WISE.has(f.name))) {
    w('Element-wise arithmetic, not provided: use `Math` in a loop (no window, no lookback).')
    w()
    w('| TA-Lib | what | batch | streaming | inputs | outputs | options | lookback |')
    w('| --- | --- | --- | --- | --- | --- | --- | --- |')
    for (const f of fns) w(`| \`${f.name}\` | ${cell(f.hint)} | — | — | — | — | — | — |`)
    w()
    continue
  }
  w('| TA-Lib | what | batch | streaming | inputs | outputs | options | lookback |')
  w('| --- | --- | --- | --- | --- | --- | --- | --- |')
  for (const f of fns) {
    if (ELEMENT_WISE.has(f.name)) {
      w(`| \`${f.name}\` | ${cell(f.hint)} (element-wise, not provided) | — | — | — | — | — | — |`)
      continue
    }
    const fn = ourName(f.name)
    const sig = signatureOf(fn)
    w(
      `| \`${f.name}\` | ${cell(f.hint)} | \`${fn}\` | \`${f.name}\` | ${cell(inputsOf(sig))} | ${cell(outputsOf(sig))} | ${cell(optionsOf(sig, f))} | ${cell(lookbackText(fn))} |`,
    )
  }
  w()
}

// ---- extras ----
const EXTRAS: [fn: string, cls: string][] = [
  ['vwap', 'VWAP'],
  ['superTrend', 'SUPERTREND'],
  ['keltnerChannels', 'KELTNER'],
  ['donchianChannels', 'DONCHIAN'],
  ['ichimoku', 'ICHIMOKU'],
  ['hma', 'HMA'],
  ['alma', 'ALMA'],
  ['zlema', 'ZLEMA'],
  ['heikinAshi', 'HEIKINASHI'],
  ['pivotPoints', 'PIVOTPOINTS'],
  ['chandelierExit', 'CHANDELIER'],
  ['awesomeOscillator', 'AO'],
  ['vortex', 'VORTEX'],
  ['choppiness', 'CHOP'],
  ['chaikinMoneyFlow', 'CMF'],
  ['forceIndex', 'FORCEINDEX'],
  ['easeOfMovement', 'EOM'],
  ['tsi', 'TSI'],
  ['connorsRsi', 'CONNORSRSI'],
  ['fisherTransform', 'FISHER'],
  ['zigZag', '—'],
]
w('## Beyond TA-Lib')
w()
w('Indicators traders ask for that TA-Lib does not have. Same conventions; the source of each formula is in the')
w('last column (and in the TSDoc `@see`). `zigZag` is batch-only: a swing is confirmed only by later bars, so a')
w('streaming value would repaint.')
w()
w('| indicator | batch | streaming | inputs | outputs | options | lookback | source |')
w('| --- | --- | --- | --- | --- | --- | --- | --- |')
for (const [fn, cls] of EXTRAS) {
  const sym = mainExports.get(fn)
  if (!sym) throw new Error(`no export ${fn}`)
  const sig = signatureOf(fn)
  const what = clause(docOf(sym))
  const streaming = cls === '—' ? '—' : `\`${cls}\``
  w(
    `| ${cell(what)} | \`${fn}\` | ${streaming} | ${cell(inputsOf(sig))} | ${cell(outputsOf(sig))} | ${cell(optionsOf(sig))} | ${cell(lookbackText(fn))} | ${cell(seeOf(sym))} |`,
  )
}
w()

// ---- compat ----
w('## Compatibility API')
w()
w("technicalindicators' API on this package's kernels: the same class names, input objects and output shapes.")
w(
  '`X.calculate(input)` (and the lower-case function `x(input)`) returns only the defined values; `new X(input)` computes',
)
w('`input.values`/bars into `getResult()` and then streams with `nextValue(tick)` (`undefined` while warming up).')
w("Numbers follow technicalindicators' own construction where it departs from TA-Lib. See")
w('[migrating from technicalindicators](migrating-from-technicalindicators.md).')
w()
// one line per class of what it computes; the full contract (and where technicalindicators departs from TA-Lib)
// is the class's TSDoc
const COMPAT: Record<string, string> = {
  ADL: "accumulation/distribution line, technicalindicators' flat-bar rule, rounded to integers",
  ADX: "`{ adx, pdi, mdi }` with technicalindicators' seeding (first values differ from TA-Lib's ADX)",
  ATR: "Wilder's average true range (same numbers as TA-Lib)",
  AwesomeOscillator: 'SMA(median, fast) − SMA(median, slow)',
  BollingerBands: '`{ middle, upper, lower, pb }`, SMA ± k·σ plus %B',
  CCI: 'Commodity Channel Index',
  ChandelierExit: '`{ exitLong, exitShort }`: highest high / lowest low ∓ multiplier · ATR',
  EMA: 'exponential moving average, SMA-seeded',
  ForceIndex: "Elder's force index, EMA-smoothed",
  IchimokuCloud: '`{ conversion, base, spanA, spanB }`, not displaced (as technicalindicators returns them)',
  KeltnerChannels: '`{ middle, upper, lower }`: EMA or SMA ± multiplier · ATR',
  MACD: "`{ MACD, signal, histogram }` with technicalindicators' seeding (first values differ from TA-Lib's MACD)",
  MFI: "money flow index, technicalindicators' rules, 2 decimals",
  OBV: 'on-balance volume from the second bar',
  PSAR: "parabolic SAR with technicalindicators' recursion (not TA-Lib's SAR)",
  ROC: 'rate of change in percent',
  RSI: "Wilder's RSI, technicalindicators' flat case, 2 decimals",
  SMA: 'simple moving average',
  Stochastic: '`{ k, d }` fast stochastic',
  StochasticRSI: "`{ stochRSI, k, d }`, technicalindicators' construction (not TA-Lib's STOCHRSI)",
  TRIX: 'one-bar rate of change of a triple EMA',
  VWAP: 'cumulative VWAP of the typical price',
  WEMA: "Wilder's smoothing (EMA with k = 1/period)",
  WMA: 'linearly weighted moving average',
  WilliamsR: "Williams' %R",
}
w('| class | function | computes | built on |')
w('| --- | --- | --- | --- |')
const compatClasses = [...compatExports.keys()]
  .filter((k) => /^[A-Z]/.test(k) && k !== 'TiIndicator')
  .filter((k) => typeof (compat as unknown as Record<string, unknown>)[k] === 'function')
  .sort()
for (const cls of compatClasses) {
  const what = COMPAT[cls]
  if (what === undefined) throw new Error(`describe compat ${cls} in COMPAT`)
  const fn = [...compatExports.keys()].find((k) => k === cls.toLowerCase()) ?? '—'
  // the main-entry functions the class's TSDoc links to
  const raw = docOf(compatExports.get(cls) as ts.Symbol)
  const builtOn = [...new Set([...raw.matchAll(/@aitrade\/indicators!index\.(\w+)/g)].map((m) => m[1] as string))]
    .filter((name) => mainExports.has(name))
    .map((name) => `\`${name}\``)
    .join(', ')
  w(`| \`${cls}\` | \`${fn}\` | ${cell(what)} | ${builtOn || '—'} |`)
}
w()

writeFileSync(guidePath, `${lines.join('\n')}`)
console.log(`wrote ${guidePath} (${lines.length} lines)`)
