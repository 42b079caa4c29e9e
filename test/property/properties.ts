// The property of each public API: an arbitrary of inputs and a run that calls the API and checks its
// answer against the invariants. Bound to a library instance (the TypeScript sources under vitest, the
// built dist/ under `npm run fuzz`), so both run exactly the same properties.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import type { Arbitrary } from 'fast-check'
import type * as TovApi from '../../src/index.js'
import type { fixReply as FixReplyFunction } from '../../src/engine/fix-reply.js'
import type { Checker } from '../../src/engine/checker.js'
import type { CheckOptions, CheckResult, ResolvedConfig, Thread, TovConfigInput } from '../../src/types.js'
import type { ReadLibraryOptions } from '../../src/library/read-library.js'
import {
  channelNames,
  checkInput,
  configInput,
  fixInput,
  libraryInput,
  threadInput,
  type CheckInput,
  type ConfigInput,
  type FixInput,
  type LibraryFormatName,
  type LibraryInput,
  type RuleInfo,
  type Sizes,
  type ThreadInput,
} from './arbitraries.js'
import {
  checkResultInvariants,
  Crash,
  ensure,
  InvariantFailure,
  libraryInvariants,
  pointOf,
  preview,
  prototypeInvariants,
  settle,
  snapshotPrototypes,
  textRefusals,
  threadInvariants,
  tovErrorCodes,
  type ResultContext,
} from './invariants.js'

export { preview }

/** The library under test: its public API and the fix engine. */
export interface Library {
  tov: typeof TovApi
  fixReply: typeof FixReplyFunction
}

export interface ApiProperty<T> {
  name: string
  arbitrary: Arbitrary<T>
  /** Calls the API on the input and checks every invariant; throws a Crash or an InvariantFailure. */
  /**
   * Runs the API on `input` and checks its invariants. A property whose checks cost far more than the API
   * call (fix replays every applied fix) returns the milliseconds of the API calls alone, for the time budget.
   */
  run(input: T): Promise<number | void>
  /** The size of the input, for the report of the slowest ones. */
  size(input: T): number
  /** The input as a short escaped line. */
  show(input: T, length?: number): string
}

export type ApiName = 'check' | 'thread' | 'library' | 'config' | 'fix'
export const apiNames: ApiName[] = ['check', 'thread', 'library', 'config', 'fix']

export interface Apis {
  check: ApiProperty<CheckInput>
  thread: ApiProperty<ThreadInput>
  library: ApiProperty<LibraryInput>
  config: ApiProperty<ConfigInput>
  fix: ApiProperty<FixInput>
  /** readLibrary for one format only. */
  libraryFormat(format: LibraryFormatName): ApiProperty<LibraryInput>
  /** Removes the temporary folder of the config files. */
  dispose(): void
}

/** The configs the shared checkers are built from: the default, everything on, and a strict e-mail brand. */
function sharedConfigs(rules: readonly RuleInfo[]): TovConfigInput[] {
  const optionValue = (rule: string, name: string, type: string): unknown =>
    type === 'number' ? (name === 'threshold' ? 0.6 : 120) : type === 'boolean' ? true : type === 'string' ? 'x' : rule === 'spelling' ? ['PostNL', 'webcare'] : ['hoi', 'pakket']
  const everything: TovConfigInput = {
    addressForm: 'u',
    values: ['behulpzaam', 'betrouwbaar', 'deskundig', 'onbevooroordeeld', 'persoonlijk', 'vriendelijk'],
    agents: { AB: 'Anna de Boer', CD: 'Chris Dekker' },
    vocabulary: ['PostNL', 'Bol.com'],
    rules: Object.fromEntries(
      rules.map((rule, index) => {
        const names = Object.keys(rule.options)
        const severity = index % 3 === 0 ? 'warn' : 'error'
        if (names.length === 0) return [rule.id, severity]
        return [rule.id, [severity, Object.fromEntries(names.map((name) => [name, optionValue(rule.id, name, rule.options[name]!)]))]]
      }),
    ) as TovConfigInput['rules'],
    phrases: [
      { id: 'klantenservice', match: 'klantendienst', replace: 'klantenservice' },
      { id: 'geen-sorry', match: ['sorry', 'excuses'], severity: 'warn' },
      { id: 'pakket', match: 'pakketje', replace: 'pakket', exact: true, checklist: 'merktaal' },
      { id: 'naar-kijken', match: 'ernaar kijken', message: 'Zeg wat je doet in plaats van "{actual}".', severity: 'error' },
    ],
    checklist: [{ id: 'merktaal', question: 'Gebruik je de woorden van het merk?' }],
    placeholders: ['naam', 'first_name', 'ticket.id', 'agent'],
    placeholderLength: 5,
  }
  const strictEmail: TovConfigInput = {
    extends: [],
    channel: 'email',
    addressForm: 'ge',
    rules: Object.fromEntries(
      rules.filter((rule) => ['max-length', 'no-slang', 'no-emoji', 'no-diminutive', 'no-gendered-address', 'greeting', 'no-hedging', 'no-opinion', 'spelling', 'sign-off', 'mention-first'].includes(rule.id)).map((rule) => [rule.id, rule.id === 'max-length' ? ['error', { max: 40 }] : 'warn']),
    ) as TovConfigInput['rules'],
    phrases: [{ id: 'kijken', match: ['kijken', 'ernaar'], replace: 'zoeken uit' }],
  }
  return [{}, everything, strictEmail]
}

/** Checks a reply on a checker; a refusal must be one a reply can get, and a result must keep the contract. */
async function checkReply(
  api: string,
  lib: Library,
  checker: Checker,
  text: string,
  options: CheckOptions,
  context: Omit<ResultContext, 'text' | 'config'>,
  run: () => Promise<CheckResult>,
  extraAllowed: readonly string[] = [],
): Promise<CheckResult | undefined> {
  const outcome = await settle(api, lib.tov.isTovError, [...textRefusals, ...extraAllowed], run)
  if (!outcome.ok) {
    if (outcome.error.code === 'EMPTY_INPUT') ensure(text.trim() === '', () => `${api}: EMPTY_INPUT for text that is not blank`)
    return undefined
  }
  ensure(text.trim() !== '', `${api}: a blank reply was checked without EMPTY_INPUT`)
  void options
  checkResultInvariants(outcome.value, { ...context, text, config: checker.config })
  return outcome.value
}

export async function createApis(lib: Library, sizes: Sizes, scratch: string = tmpdir()): Promise<Apis> {
  const { tov } = lib
  const rules: RuleInfo[] = tov.builtinRules.map((rule) => ({ id: rule.id, options: { ...rule.options } }))
  const ruleIds = new Set(rules.map((rule) => rule.id))
  // A field is {name}; {{name}} in a message is an example of a placeholder, not a field.
  const fieldsOf = (message: string) => [...message.matchAll(/(?<!\{)\{(\w+)\}(?!\})/g)].map((match) => match[1]!)
  const fieldNames = [...new Set(tov.builtinRules.flatMap((rule) => Object.values(rule.messages).flatMap(fieldsOf)))]
  const templateFields = new RegExp(`(?<!\\{)\\{(?:${fieldNames.join('|')})\\}(?!\\})`)
  const context = { ruleIds, templateFields }
  const configs = sharedConfigs(rules)
  const checkers = await Promise.all(configs.map((config) => tov.createChecker(config)))
  const fixChecker = checkers[1]!
  const substitutions = new Set(['custom/klantenservice', 'custom/pakket'])
  const folder = mkdtempSync(join(scratch, 'tov-property-'))

  const isChannel = (name: unknown) => typeof name === 'string' && (channelNames as readonly string[]).includes(name)

  // ---------------------------------------------------------------------------------------- check --
  const check: ApiProperty<CheckInput> = {
    name: 'check',
    arbitrary: checkInput(sizes),
    size: (input) => (input.wrongTypes ? preview(input.wrongTypes, 1e9).length : input.reply.text.length),
    show: (input, length) => (input.wrongTypes ? `wrong types ${preview(input.wrongTypes, length)}` : preview(input.reply.text, length)),
    async run(input) {
      const index = input.config % checkers.length
      const checker = checkers[index]!
      if (input.wrongTypes) {
        // Any TovError is an answer to arguments of the wrong type; a result must still keep the contract.
        const { text, options } = input.wrongTypes
        const outcome = await settle('check(wrong types)', tov.isTovError, tovErrorCodes, () =>
          input.top ? tov.check(text as string, { ...(options as CheckOptions), config: configs[index]! }) : checker.check(text as string, options as CheckOptions),
        )
        if (outcome.ok && typeof text === 'string') checkResultInvariants(outcome.value, { ...context, text, config: checker.config })
        return
      }
      const options = input.options as CheckOptions
      const junkChannel = options.channel !== undefined && !isChannel(options.channel)
      const channel = options.channel ?? checker.config.channel
      const result = await checkReply(
        'check',
        lib,
        checker,
        input.reply.text,
        options,
        { ...context, ...(junkChannel ? {} : { channel }) },
        () => (input.top ? tov.check(input.reply.text, { ...options, config: configs[index]! }) : checker.check(input.reply.text, options)),
        junkChannel ? ['UNKNOWN_CHANNEL'] : [],
      )
      if (input.reply.benign) ensure(result !== undefined || junkChannel, 'a benign reply was refused')
      if (result) ensure(result.file === (options.file ?? '<tekst>'), () => `result file ${preview(result.file)}`)
    },
  }

  // --------------------------------------------------------------------------------------- thread --
  const thread: ApiProperty<ThreadInput> = {
    name: 'thread',
    arbitrary: threadInput(sizes),
    size: (input) => (input.kind === 'text' ? input.content.length : preview(input.raw, 1e9).length) + input.draft.text.length,
    show: (input, length = 80) =>
      (input.kind === 'text' ? `text ${preview(input.content, length)}` : `object ${preview(input.raw, length)}`) + ` draft ${preview(input.draft.text, Math.max(40, length / 2))}`,
    async run(input) {
      const checker = checkers[0]!
      const draft = input.draft.text
      const threadAllowed = ['THREAD_INVALID', 'INPUT_TOO_LARGE', 'INPUT_TOO_COMPLEX']
      // A thread straight from a caller may name an unknown channel: the checker refuses the channel.
      const rawChannel = input.kind === 'object' ? (input.raw as { channel?: unknown } | null | undefined)?.channel : undefined
      const channelAllowed = rawChannel !== undefined && !isChannel(rawChannel) ? ['UNKNOWN_CHANNEL'] : []
      let parsed: Thread | undefined
      if (input.kind === 'object') {
        const outcome = await settle('parseThread', tov.isTovError, threadAllowed, () => tov.parseThread(input.raw))
        if (outcome.ok) {
          parsed = outcome.value
          threadInvariants(parsed)
          const again = await settle('parseThread', tov.isTovError, [], () => tov.parseThread(parsed))
          ensure(again.ok && isDeepStrictEqual(again.value, parsed), 'parseThread of its own output differs')
        }
      } else {
        const outcome = await settle('parseThreadText', tov.isTovError, threadAllowed, () => tov.parseThreadText(input.content))
        if (outcome.ok) {
          parsed = outcome.value
          threadInvariants(parsed)
          const again = await settle('parseThread', tov.isTovError, [], () => tov.parseThread(parsed))
          ensure(again.ok && isDeepStrictEqual(again.value, parsed), 'parseThread of parseThreadText output differs')
        }
      }
      // checkThread takes a thread straight from a JavaScript caller: junk must be refused, not crash.
      const given = (input.kind === 'object' ? input.raw : parsed) as Thread | undefined
      if (given === undefined) return
      const channel = isChannel((given as { channel?: unknown } | null)?.channel) ? (given as Thread).channel : checker.config.channel
      const result = await checkReply(
        input.top ? 'checkThread' : 'Checker.check({ thread })',
        lib,
        checker,
        draft,
        { thread: given },
        parsed ? { ...context, channel } : context,
        () => (input.top ? tov.checkThread(given, draft) : checker.check(draft, { thread: given })),
        [...threadAllowed, ...channelAllowed],
      )
      if (parsed && input.kind === 'object' && result) {
        // A thread parseThread accepts is checked as the thread it parses to.
        const viaParsed = await settle('checkThread', tov.isTovError, [...textRefusals, ...threadAllowed], () => checker.check(draft, { thread: parsed }))
        ensure(viaParsed.ok && isDeepStrictEqual(viaParsed.value, result), 'checking the raw thread and the parsed thread differ')
      }
      if (parsed && input.draft.benign && parsed.messages.length <= 50 && parsed.messages.every((message) => !message.text.includes('\u0000'))) {
        ensure(result !== undefined, 'a benign draft with a valid thread was refused')
      }
    },
  }

  // -------------------------------------------------------------------------------------- library --
  const libraryProperty = (formats?: readonly LibraryFormatName[], name = 'library'): ApiProperty<LibraryInput> => ({
    name,
    arbitrary: libraryInput(sizes, formats),
    size: (input) => (input.wrongTypes ? preview(input.wrongTypes, 1e9).length : input.content.length),
    show: (input, length) => (input.wrongTypes ? `wrong types ${preview(input.wrongTypes, length)}` : `${input.format} ${preview(input.content, length)}`),
    async run(input) {
      if (input.wrongTypes) {
        const { file, content, options } = input.wrongTypes
        const outcome = await settle('readLibrary(wrong types)', tov.isTovError, tovErrorCodes, () => tov.readLibrary(file as string, content as string, options as ReadLibraryOptions))
        if (outcome.ok && typeof file === 'string' && typeof content === 'string') libraryInvariants(outcome.value, { file, content, format: input.format, channelNames })
        return
      }
      const options = {
        ...(input.explicitFormat ? { format: input.format } : {}),
        ...(input.csvColumns ? { csvColumns: { ...input.csvColumns } } : {}),
        ...(input.template ? { template: true } : {}),
      }
      const allowed = ['LIBRARY_INVALID', 'NO_REPLIES', 'TOO_MANY_ENTRIES', 'INPUT_TOO_LARGE', 'INPUT_TOO_COMPLEX', 'BINARY_INPUT', 'EMPTY_INPUT', 'INVALID_UTF8']
      const outcome = await settle('readLibrary', tov.isTovError, allowed, () => tov.readLibrary(input.file, input.content, options))
      if (!outcome.ok) {
        ensure(input.expected === undefined, () => `a well-formed ${input.format} library was refused: ${outcome.error.code} ${outcome.error.message.slice(0, 200)}`)
        return
      }
      const library = outcome.value
      libraryInvariants(library, { file: input.file, content: input.content, format: input.format, channelNames })
      if (input.format !== 'json' && input.format !== 'zendesk' && input.explicitFormat) ensure(library.format === input.format, () => `read as ${library.format}, asked for ${input.format}`)
      if (input.format === 'zendesk' && input.explicitFormat) ensure(library.format === 'zendesk', 'zendesk asked, other format read')
      if (input.expected) {
        const got = library.entries.map((entry) => ({ id: entry.id, ...(entry.channel ? { channel: entry.channel } : {}), text: entry.text }))
        const want = input.expected
        ensure(got.length === want.length, () => `read ${got.length} entries, wrote ${want.length}: ${preview(got.map((entry) => entry.id))}`)
        want.forEach((entry, index) => {
          const actual = got[index]!
          ensure(actual.id === entry.id, () => `entry ${index + 1}: id ${preview(actual.id)}, written ${preview(entry.id)}`)
          ensure(actual.channel === entry.channel, () => `entry ${preview(entry.id)}: channel ${preview(actual.channel)}, written ${preview(entry.channel)}`)
          if (entry.text !== undefined) ensure(actual.text === entry.text, () => `entry ${preview(entry.id)}: text ${preview(actual.text)}, written ${preview(entry.text)}`)
        })
      }
      // Checking the library places every finding on the file's own line and column.
      if (library.entries.length <= 20) {
        const checker = checkers[0]!
        const results = await settle('checkLibrary', tov.isTovError, [...textRefusals, 'UNKNOWN_CHANNEL'], () => tov.checkLibrary(checker, library))
        if (!results.ok) return
        ensure(results.value.length === library.entries.length, 'checkLibrary: one result per entry')
        results.value.forEach((result, index) => {
          const entry = library.entries[index]!
          if (library.format !== 'text' || entry.id !== library.file) ensure(result.entry === entry.id, () => `checkLibrary: result ${index} names entry ${preview(result.entry)}`)
          checkResultInvariants(result, { ...context, text: entry.text, config: checker.config, positionsInFile: true })
          for (const finding of result.findings) {
            const start = pointOf(input.content, entry.map.toSource(finding.offset))
            ensure(finding.line === start.line && finding.column === start.column, () => `checkLibrary: ${finding.ruleId} at ${finding.line}:${finding.column}, its place in the file is ${start.line}:${start.column}`)
          }
        })
      }
    },
  })

  // --------------------------------------------------------------------------------------- config --
  const evil = `globalThis.__tovFuzzExecuted = (globalThis.__tovFuzzExecuted ?? 0) + 1\n`
  writeFileSync(join(folder, 'evil.mjs'), `${evil}export default { channel: 'email' }\n`)
  writeFileSync(join(folder, 'evil.cjs'), `${evil}module.exports = { channel: 'email' }\n`)
  const repository = join(folder, 'repo')
  mkdirSync(repository)
  const globals = globalThis as { __tovFuzzExecuted?: number }
  // Load what loads late (the readers, twitter-text for long X replies, the dictionary) before taking the
  // prototypes' picture, so that only what an input does is compared.
  await checkers[0]!.check(`@eva ${'Je pakket komt morgen tussen 9.00 en 12.00 uur. '.repeat(12)}^AB`).catch(() => undefined)
  for (const format of ['json', 'yaml', 'csv', 'text'] as const) await tov.readLibrary('warm', format === 'csv' ? 'text\nhoi' : format === 'yaml' ? 'a: hoi' : format === 'json' ? '["hoi"]' : '---\nid: a\n---\nhoi', { format }).catch(() => undefined)
  await tov.loadConfig(repository).catch(() => undefined)
  const prototypes = snapshotPrototypes()

  const resolvedInvariants = async (resolved: ResolvedConfig, where: string) => {
    ensure(isChannel(resolved.channel), () => `${where}: channel ${preview(resolved.channel)}`)
    ensure(['je', 'u', 'ge'].includes(resolved.addressForm), () => `${where}: addressForm ${preview(resolved.addressForm)}`)
    ensure(Object.getPrototypeOf(resolved.rules) === Object.prototype, `${where}: rules is not a plain object`)
    for (const [id, rule] of Object.entries(resolved.rules)) {
      ensure(ruleIds.has(id), () => `${where}: unknown rule ${preview(id)} resolved`)
      ensure(rule.severity === 'error' || rule.severity === 'warn', () => `${where}: rule ${id} severity ${preview(rule.severity)}`)
    }
    ensure(Number.isInteger(resolved.placeholderLength) && resolved.placeholderLength >= 0, `${where}: placeholderLength`)
    ensure(['id', 'text', 'channel'].every((key) => typeof (resolved.csvColumns as unknown as Record<string, unknown>)[key] === 'string'), `${where}: csvColumns`)
    // A config that resolves builds a checker that checks a reply.
    const checker = await settle(`createChecker(${where})`, tov.isTovError, [], () => tov.createChecker(resolved))
    if (!checker.ok) return
    const text = '@eva Hoi Eva, wat vervelend dat je pakketje nog niet is bezorgd. We kijken ernaar! ^AB'
    const result = await settle(`check(${where})`, tov.isTovError, [], () => checker.value.check(text))
    if (result.ok) checkResultInvariants(result.value, { ...context, text, config: checker.value.config, channel: resolved.channel })
  }

  const config: ApiProperty<ConfigInput> = {
    name: 'config',
    arbitrary: configInput(rules),
    size: (input) => (input.kind === 'file' ? input.content.length : preview(input.kind === 'object' ? input.raw : input, 1e9).length),
    show: (input, length = 80) =>
      input.kind === 'file'
        ? `${input.named ? '--config ' : ''}${input.name} ${preview(input.content, length)}`
        : input.kind === 'object'
          ? `object ${preview(input.raw, length)}`
          : `loadConfig(${preview(input.cwd, length / 2)}, ${preview(input.options, length / 2)})`,
    async run(input) {
      try {
        const configErrors = ['CONFIG_INVALID', 'CONFIG_UNREADABLE']
        if (input.kind === 'object') {
          const before = preview(input.raw, 1e9)
          const validated = await settle('validateConfig', tov.isTovError, configErrors, () => tov.validateConfig(input.raw, 'fuzz'))
          const resolved = await settle('resolveConfig', tov.isTovError, configErrors, () => tov.resolveConfig(input.raw as TovConfigInput, 'fuzz'))
          // resolveConfig() without a config (undefined) is the default config; validateConfig needs one.
          if (input.raw !== undefined) ensure(validated.ok === resolved.ok, () => `validateConfig ${validated.ok ? 'accepts' : 'refuses'} what resolveConfig ${resolved.ok ? 'accepts' : 'refuses'}`)
          ensure(preview(input.raw, 1e9) === before, 'validating or resolving changed the config object')
          if (input.valid) ensure(resolved.ok, () => `a well-formed config was refused: ${resolved.ok ? '' : resolved.error.message.slice(0, 200)}`)
          if (resolved.ok) await resolvedInvariants(resolved.value, 'resolveConfig')
          return
        }
        if (input.kind === 'arguments') {
          await settle('loadConfig(wrong types)', tov.isTovError, tovErrorCodes, () => tov.loadConfig(input.cwd as string, input.options as { configFile?: string }))
          return
        }
        for (const name of readdirSync(repository)) rmSync(join(repository, name), { recursive: true, force: true })
        // The project root: a package.json ends the search here (it may be the config itself).
        if (input.name !== 'package.json') writeFileSync(join(repository, 'package.json'), '{"name": "repo"}')
        writeFileSync(join(repository, input.name), input.content)
        const loaded = await settle('loadConfig', tov.isTovError, configErrors, () =>
          input.named ? tov.loadConfig(repository, { configFile: input.name }) : tov.loadConfig(repository),
        )
        if (input.valid) ensure(loaded.ok, () => `a well-formed config file was refused: ${loaded.ok ? '' : loaded.error.message.slice(0, 200)}`)
        if (loaded.ok) await resolvedInvariants(loaded.value, 'loadConfig')
      } finally {
        ensure(globals.__tovFuzzExecuted === undefined, 'loading a config executed code (evil.mjs / evil.cjs ran)')
      }
    },
  }

  // ------------------------------------------------------------------------------------------ fix --
  const fix: ApiProperty<FixInput> = {
    name: 'fix',
    arbitrary: fixInput(sizes),
    size: (input) => input.text.length,
    show: (input, length) => preview(input.text, length),
    async run(input) {
      const options: CheckOptions = {
        ...(input.agent !== undefined ? { agent: input.agent } : {}),
        ...(input.channel !== undefined ? { channel: input.channel as CheckOptions['channel'] } : {}),
        ...(input.template !== undefined ? { template: input.template } : {}),
        ...(input.customer !== undefined ? { thread: { customer: input.customer, messages: [] } } : {}),
      }
      const started = performance.now()
      const outcome = await settle('fixReply', tov.isTovError, textRefusals, () => lib.fixReply(fixChecker, input.text, options))
      let apiMs = performance.now() - started
      if (!outcome.ok) return apiMs
      const fixed = outcome.value
      ensure(typeof fixed.text === 'string' && Array.isArray(fixed.applied), 'fixReply: no text or applied list')
      // Replay: each applied fix is one the checker reported on the text it was applied to, and applying it
      // changes nothing outside its range.
      let current = input.text
      for (const [step, { ruleId, fix: edit }] of fixed.applied.entries()) {
        const checked = await settle('check(during fix)', tov.isTovError, [], () => fixChecker.check(current, options))
        ensure(checked.ok, 'a text fixReply applied a fix to is refused by the checker')
        const reported = checked.value.findings.some((finding) => finding.ruleId === ruleId && finding.fix && isDeepStrictEqual(finding.fix, edit))
        ensure(reported, () => `fix ${step + 1} (${ruleId} ${preview(edit)}) is not a fix the checker reported`)
        const [start, end] = edit.range
        ensure(0 <= start && start <= end && end <= current.length, () => `fix ${step + 1} range ${start}-${end} outside the text`)
        current = current.slice(0, start) + edit.text + current.slice(end)
      }
      ensure(current === fixed.text, () => `the fixed text ${preview(fixed.text)} is not the text with the applied fixes ${preview(current)}`)
      // The fixed text is still a reply the checker takes, and the result fixReply gives is its check.
      const again = await settle('check(fixed)', tov.isTovError, [], () => fixChecker.check(fixed.text, options))
      ensure(again.ok, 'the fixed text is refused by the checker')
      checkResultInvariants(again.value, { ...context, text: fixed.text, config: fixChecker.config, channel: options.channel! })
      ensure(isDeepStrictEqual(again.value, fixed.result), 'fixReply result is not the check of the fixed text')
      // A brand's word-for-word substitutions (whose replacement never matches again) are all applied.
      const left = again.value.findings.find((finding) => substitutions.has(finding.ruleId) && finding.fix)
      ensure(!left, () => `fixReply left a ${left!.ruleId} fix unapplied at ${left!.offset} (${preview(left!.actual)})`)
      // Idempotent: a second fix finds nothing to do.
      const again2 = performance.now()
      const second = await settle('fixReply(fixed)', tov.isTovError, [], () => lib.fixReply(fixChecker, fixed.text, options))
      apiMs = Math.max(apiMs, performance.now() - again2)
      ensure(second.ok, 'fixReply refuses its own output')
      ensure(second.value.text === fixed.text && second.value.applied.length === 0, () => `fixing twice changes the text again: ${preview(fixed.text)} -> ${preview(second.value.text)}`)
      return apiMs
    },
  }

  // Whatever the API, nothing may touch the built-in prototypes.
  const guard = <T>(property: ApiProperty<T>): ApiProperty<T> => ({
    ...property,
    async run(input) {
      try {
        return await property.run(input)
      } finally {
        prototypeInvariants(prototypes)
      }
    },
  })

  return {
    check: guard(check),
    thread: guard(thread),
    library: guard(libraryProperty()),
    config: guard(config),
    fix: guard(fix),
    libraryFormat: (format) => guard(libraryProperty([format], `library:${format}`)),
    dispose: () => rmSync(folder, { recursive: true, force: true }),
  }
}

export { Crash, InvariantFailure }
export { fuzzSizes, suiteSizes } from './arbitraries.js'
