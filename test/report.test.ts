// `tov report`: the export readers (tov's, Zendesk's and Freshdesk's column names, dates, channels, HTML
// bodies, skipped rows and their reasons, broken files as one Dutch line), the figures of the fixtures'
// exports counted by hand, the masking of customers' data, --anonymise, --since, and the three formats
// through the command line.
import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { Command, CommanderError } from 'commander'
import { beforeAll, describe, expect, it } from 'vitest'
import { formatReport, isTovError, loadConfig, reportFromExport, type ResolvedConfig } from '../src/index.js'
import { registerReport } from '../src/cli/commands/report.js'
import type { CliIo } from '../src/cli/run.js'
import { customerRedactions, maskMessage, maskText } from '../src/report/mask-text.js'
import { buildReport, exportChannel, exportDay, isoWeek, parseDayFlag, parseExport, readExport, renderReport, type ExportReply, type ExportRow, type ReportData } from '../src/report/report.js'
import { root, tov } from './run-cli.js'

const csvFixture = 'fixtures/exports/zendesk-november.csv'
const jsonFixture = 'fixtures/exports/zendesk-comments.json'
const teamConfig = 'fixtures/exports/team.tovrc.json'

/** Every customer's phone number, e-mail address, IBAN and address in the fixtures (internal notes included). */
const personalData = [
  '06-12345678', 'daan.visser@gmail.com', 'NL91ABNA0417164300', '0612345678', 'NL20INGB0001234567', '0470 12 34 56',
  'Kerkstraat 12', '3511 AB', '0478 55 66 77', 'thijs.dewit@hotmail.com', '06-98765432', 'BE68 5390 0754 7034',
  '@daan_visser', '@esther_bos', '@bas_hendriks',
]

/** `tov report ...` on the command line: through run() once it registers the command, else through registerReport as run() would. */
async function report(args: string[], options: { cwd?: string; stdoutIsTTY?: boolean; stderrIsTTY?: boolean; env?: Record<string, string> } = {}) {
  if (!options.stdoutIsTTY && (await registered())) return tov(['report', ...args], { cwd: options.cwd ?? root, env: options.env ?? {}, stderrIsTTY: options.stderrIsTTY ?? false })
  let stdout = ''
  let stderr = ''
  let code = 0
  const io: CliIo = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => Buffer.from(''),
    openStdin: () => Readable.from(['']),
    cwd: options.cwd ?? root,
    env: options.env ?? {},
    stdoutIsTTY: options.stdoutIsTTY ?? false,
    stderrIsTTY: options.stderrIsTTY ?? false,
  }
  const program = new Command('tov').exitOverride().configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: () => undefined })
  registerReport(program, io, (value) => void (code = value))
  try {
    await program.parseAsync(['node', 'tov', 'report', ...args])
  } catch (error) {
    if (error instanceof CommanderError) code = error.exitCode === 0 ? 0 : 2
    else if (isTovError(error)) {
      stderr += `tov: ${error.message}\n`
      code = 2
    } else throw error
  }
  return { code, stdout, stderr }
}
let isRegistered: boolean | undefined
async function registered(): Promise<boolean> {
  isRegistered ??= (await tov(['help'])).stdout.includes('report')
  return isRegistered
}

function replies(rows: Iterable<ExportRow>): ExportReply[] {
  return [...rows].filter((row): row is ExportReply => row.kind === 'reply')
}

const parse = (file: string, content: string) => parseExport(file, content, { channel: 'x' })

/** The one-line TovError a function throws: its code and message. */
async function refusalOf(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run()
  } catch (error) {
    if (!isTovError(error)) throw error
    return { code: error.code, message: error.message }
  }
  throw new Error('expected a TovError')
}

describe('export columns', () => {
  it("reads tov's own columns, in any case, with any channel name", () => {
    const file = parse(
      'eigen.csv',
      'TEXT;Agent;Channel;Date;Thread\n' +
        '"@eva Je pakket komt morgen. ^AB";Anna de Boer;twitter;2026-11-03;T1\n' +
        'Hoi Bram, je factuur is aangepast.;Kees Jansen;mail;03-11-2026;T2\n' +
        'Hoi Lien, je meter is vervangen. ^LP;Lotte Peeters;telefoon;2026-11-04 10:00:00;\n',
    )
    expect(file.format).toBe('csv')
    expect(file.columns).toEqual({ text: 'TEXT', agent: 'Agent', channel: 'Channel', date: 'Date', thread: 'Thread' })
    expect(file.total).toBe(3)
    expect(replies(file.rows())).toEqual([
      { kind: 'reply', row: 2, text: '@eva Je pakket komt morgen. ^AB', agent: 'Anna de Boer', channel: 'x', day: '2026-11-03', thread: 'T1' },
      { kind: 'reply', row: 3, text: 'Hoi Bram, je factuur is aangepast.', agent: 'Kees Jansen', channel: 'email', day: '2026-11-03', thread: 'T2' },
      // "telefoon" is no channel tov checks: the config's, and the value kept for the report.
      { kind: 'reply', row: 4, text: 'Hoi Lien, je meter is vervangen. ^LP', agent: 'Lotte Peeters', channel: 'x', unknownChannel: 'telefoon', day: '2026-11-04' },
    ])
  })

  it("reads Zendesk's names: the comment's author before the ticket's assignee, the comment before the description", () => {
    const file = parse(
      'zendesk.csv',
      'Id,Description,Assignee,Author,Via,Created at,Comment\n' + '4711,Mijn pakket is kwijt,Kees Jansen,Anna de Boer,Facebook Private Message,2026-11-03 14:05:00 +0100,Hoi Eva! Ik zoek het voor je uit. ^AB\n',
    )
    expect(file.columns).toEqual({ text: 'Comment', agent: 'Author', channel: 'Via', date: 'Created at', thread: 'Id' })
    expect(replies(file.rows())).toEqual([{ kind: 'reply', row: 2, text: 'Hoi Eva! Ik zoek het voor je uit. ^AB', agent: 'Anna de Boer', channel: 'facebook-messenger', day: '2026-11-03', thread: '4711' }])
  })

  it("reads Freshdesk's names: Description, Agent, Source, Created time, Ticket ID (Group is not an agent)", () => {
    const file = parse(
      'freshdesk.csv',
      'Ticket ID,Subject,Description,Status,Source,Agent,Group,Created time\n' +
        '881,Factuur,"<div>Hoi Bram,</div><div>Je factuur is aangepast &amp; verstuurd.</div>",Closed,Email,Sanne Mulder,Webcare,2026-11-05 09:30:00\n' +
        '882,Storing,"Hoi Jens, de storing is voorbij. ^IK",Closed,Twitter,Iris Kok,Webcare,2026-11-06 10:00:00\n' +
        '883,Storing,"Hoi Roos, de storing is voorbij. ^IK",Closed,Phone,Iris Kok,Webcare,2026-11-06 11:00:00\n',
    )
    expect(file.columns).toEqual({ text: 'Description', agent: 'Agent', channel: 'Source', date: 'Created time', thread: 'Ticket ID' })
    const [first, second, third] = replies(file.rows())
    // Freshdesk's HTML description becomes the text the customer read.
    expect(first).toMatchObject({ text: 'Hoi Bram,\nJe factuur is aangepast & verstuurd.', agent: 'Sanne Mulder', channel: 'email', day: '2026-11-05', thread: '881' })
    expect(second).toMatchObject({ channel: 'x' })
    expect(third).toMatchObject({ channel: 'x', unknownChannel: 'Phone' })
  })

  it("reads a JSON list, or { tickets | replies | comments: [...] }, with Zendesk's nested via.channel, author and html_body", async () => {
    const list = parse('a.json', JSON.stringify([{ text: 'Hoi Eva, je pakket komt morgen. ^AB', agent: 'Anna de Boer', channel: 'whatsapp', date: '2026-11-03' }]))
    expect(replies(list.rows())).toEqual([{ kind: 'reply', row: 1, text: 'Hoi Eva, je pakket komt morgen. ^AB', agent: 'Anna de Boer', channel: 'whatsapp', day: '2026-11-03' }])
    const tickets = parse('b.json', JSON.stringify({ tickets: [{ description_text: 'Hoi Bram, geregeld.', description: '<p>oud</p>', responder_name: 'Iris Kok', source: 1, created_at: '2026-11-04T10:00:00Z', id: 9 }] }))
    expect(replies(tickets.rows())).toEqual([{ kind: 'reply', row: 1, text: 'Hoi Bram, geregeld.', agent: 'Iris Kok', channel: 'email', day: '2026-11-04', thread: '9' }])
    const file = await readExport(join(root, jsonFixture), jsonFixture, { channel: 'x' })
    expect(file.columns).toEqual({ text: 'html_body', agent: 'author', channel: 'via', date: 'created_at', thread: 'ticket_id' })
    const rows = [...file.rows()]
    expect(rows.slice(0, 3)).toEqual([
      { kind: 'reply', row: 1, text: '@lisa_vermeulen Dank je voor je bericht! Je factuur is gecorrigeerd; je krijgt € 18,20 terug. ^SM', agent: 'Sanne Mulder', channel: 'x', day: '2026-11-02', thread: '3301' },
      // The customer's answer (author.role end-user) is no reply of the team's.
      { kind: 'skipped', row: 2, reason: 'customer-message' },
      { kind: 'reply', row: 3, text: expect.stringMatching(/^Dag Elien,\nBedankt voor uw vraag\./), agent: 'Jens Wouters', channel: 'email', day: '2026-11-03', thread: '3302' },
    ])
    // An internal note (public: false) is no sent reply either.
    expect(rows[4]).toEqual({ kind: 'skipped', row: 5, reason: 'internal-note' })
  })

  it('skips rows it cannot use, each with its reason, and never stops at one', () => {
    const file = parse(
      'rijen.csv',
      'text,agent,date,public,incoming\n' +
        'Hoi Eva! ^AB,Anna de Boer,2026-11-03,true,false\n' +
        ',Anna de Boer,2026-11-03,true,false\n' +
        'Hoi Eva! ^AB,Anna de Boer,,true,false\n' +
        'Hoi Eva! ^AB,Anna de Boer,gisteren,true,false\n' +
        'Hoi Eva! ^AB,Anna de Boer,31-02-2026,true,false\n' +
        'Notitie voor Kees,Anna de Boer,2026-11-03,false,false\n' +
        'Waar blijft mijn pakket?,,2026-11-03,true,true\n' +
        'Hoi Eva! ^AB,Anna de Boer,2026-11-03,true,false,extra\n' +
        '<p>   </p>,Anna de Boer,2026-11-03,true,false\n' +
        'Hoi Eva!\u0000 ^AB,Anna de Boer,2026-11-03,true,false\n',
    )
    expect([...file.rows()].map((row) => (row.kind === 'reply' ? 'reply' : row.reason))).toEqual([
      'reply', 'no-text', 'no-date', 'bad-date', 'bad-date', 'internal-note', 'customer-message', 'bad-row', 'no-text', 'bad-text',
    ])
  })

  it('counts rows by the line they start on, through quoted line breaks', () => {
    const file = parse('regels.csv', 'text,date\n"Hoi Eva,\n\nje pakket komt. ^AB",2026-11-03\n\n"Hoi Bram,\nklaar. ^AB",\n')
    expect([...file.rows()].map((row) => row.row)).toEqual([2, 6])
  })
})

describe('export dates', () => {
  it.each([
    ['2026-11-03', '2026-11-03'],
    ['2026-11-03 14:05:00', '2026-11-03'],
    ['2026-11-03 14:05', '2026-11-03'],
    ['2026-11-03T14:05:00.000Z', '2026-11-03'],
    // A zone moves the time to the Netherlands: CET in winter, CEST in summer.
    ['2026-11-08T23:30:00Z', '2026-11-09'],
    ['2026-11-08T22:59:00Z', '2026-11-08'],
    ['2026-07-01T22:30:00Z', '2026-07-02'],
    ['2026-07-01T21:59:00Z', '2026-07-01'],
    ['2026-11-03 23:30:00 -0500', '2026-11-04'],
    ['2026-11-03 14:05:00 +0100', '2026-11-03'],
    ['2026-11-03T00:30:00+02:00', '2026-11-02'],
    ['03-11-2026', '2026-11-03'],
    ['3-11-2026 14:05', '2026-11-03'],
    ['03/11/2026 14:05:00', '2026-11-03'],
    ['03.11.2026', '2026-11-03'],
    // Month first only where day first is no date: a help desk set to American English.
    ['11/23/2026 2:05 PM', '2026-11-23'],
    ['3 nov 2026', '2026-11-03'],
    ['3 november 2026 om 14:05', '2026-11-03'],
    ['di 3 nov. 2026 14:05', '2026-11-03'],
    ['Nov 3, 2026 2:05 PM', '2026-11-03'],
    ['Tue, 03 Nov 2026 23:05:00 +0000', '2026-11-04'],
    ['3 mrt 2026', '2026-03-03'],
  ])('%s is %s', (written, day) => {
    expect(exportDay(written)).toBe(day)
  })

  it.each(['', 'gisteren', '31-02-2026', '2026-13-01', '2026-11-03 25:00', '3 brumaire 2026', '12345', '1900-01-01'])('"%s" is no date', (written) => {
    expect(exportDay(written)).toBeUndefined()
  })

  it('ISO weeks, also across the turn of a year', () => {
    expect(isoWeek('2026-11-02')).toEqual({ id: '2026-W45', year: 2026, week: 45, monday: '2026-11-02' })
    expect(isoWeek('2026-11-08').id).toBe('2026-W45')
    expect(isoWeek('2027-01-01')).toEqual({ id: '2026-W53', year: 2026, week: 53, monday: '2026-12-28' })
    expect(isoWeek('2021-01-03').id).toBe('2020-W53')
    expect(isoWeek('2024-12-30').id).toBe('2025-W01')
  })

  it('--since takes a day, not a time', () => {
    expect(parseDayFlag('2026-11-16')).toBe('2026-11-16')
    expect(parseDayFlag('16-11-2026')).toBe('2026-11-16')
    expect(parseDayFlag('2026-11-16 10:00')).toBeUndefined()
    expect(parseDayFlag('volgende week')).toBeUndefined()
  })
})

describe('export channels', () => {
  it.each([
    ['x', 'x'], ['Twitter', 'x'], ['twitter', 'x'], ['Email', 'email'], ['e-mail', 'email'], ['mail', 'email'], ['web', 'email'], ['Web Form', 'email'],
    ['Portal', 'email'], ['Feedback Widget', 'email'], ['WhatsApp', 'whatsapp'], ['whatsapp', 'whatsapp'], ['Facebook Post', 'facebook'], ['facebook', 'facebook'],
    ['Facebook Private Message', 'facebook-messenger'], ['Messenger', 'facebook-messenger'], ['Instagram', 'instagram'], ['Instagram Direct', 'instagram-dm'],
    ['instagram-dm', 'instagram-dm'], ['Google Review', 'google-review'], ['1', 'email'], ['2', 'email'], ['5', 'x'], ['6', 'facebook'], ['10', 'email'],
  ])('%s is %s', (value, channel) => {
    expect(exportChannel(value)).toBe(channel)
  })

  it.each(['Phone', 'Chat', 'voice', '3', '7', 'native_messaging', ''])('"%s" names no channel tov checks', (value) => {
    expect(exportChannel(value)).toBeUndefined()
  })
})

describe('broken exports: one Dutch line, exit 2', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tov-report-input-'))
  const write = (name: string, content: string | Buffer) => {
    const path = join(folder, name)
    writeFileSync(path, content)
    return path
  }

  it.each([
    ['binair.csv', Buffer.from([0x74, 0x65, 0x78, 0x74, 0x0a, 0x00, 0x01]), 'BINARY_INPUT', 'binair.csv: dit is een binair bestand, geen tekst.'],
    ['latin1.csv', Buffer.from('text,date\nCaf\xe9 open,2026-11-03\n', 'latin1'), 'INVALID_UTF8', 'latin1.csv: geen geldige UTF-8-tekst. Sla het bestand op als UTF-8.'],
    ['leeg.csv', '', 'EMPTY_INPUT', 'leeg.csv: leeg; er zijn geen reacties om te bekijken.'],
    ['kop.csv', 'text,date\n', 'EMPTY_INPUT', undefined],
    ['geen-tekst.csv', 'Id,Created at,Assignee\n1,2026-11-03,Anna\n', 'LIBRARY_INVALID', 'geen-tekst.csv: geen kolom met de tekst van de reacties (gevonden: Id, Created at, Assignee). tov zoekt onder meer: text, tekst, reply, reactie, antwoord, comment, plain body, body text.'],
    ['geen-datum.csv', 'Comment,Assignee\nHoi,Anna\n', 'LIBRARY_INVALID', undefined],
    ['quote.csv', 'text,date\n"Hoi Eva,2026-11-03\n', 'LIBRARY_INVALID', 'quote.csv:2:1: veld met " wordt niet afgesloten.'],
    ['kapot.json', '[{"text": "Hoi", "date": "2026-11-03"},\n {"text": }]', 'LIBRARY_INVALID', undefined],
    ['object.json', '{"count": 3}', 'LIBRARY_INVALID', 'object.json: verwacht een lijst van reacties, of een object met "tickets" of "replies" (een lijst).'],
  ])('%s', async (name, content, code, message) => {
    const path = write(name, content)
    const refused = await refusalOf(() => readExport(path, name, { channel: 'x' }))
    expect(refused.code).toBe(code)
    if (message) expect(refused.message).toBe(message)
    expect(refused.message).not.toContain('\n')
    expect(refused.message.startsWith(name)).toBe(true)
  })

  it('names the line of broken JSON', async () => {
    const refused = await refusalOf(() => readExport(write('regel.json', '[\n  {"text": "Hoi", "date": "2026-11-03"},\n  {"text": }\n]'), 'regel.json', { channel: 'x' }))
    expect(refused.message).toMatch(/^regel\.json:3:\d+: geen geldige JSON/)
  })

  it('refuses more than 64 MiB before reading it', async () => {
    const path = write('groot.csv', '')
    truncateSync(path, 64 * 1024 * 1024 + 1)
    expect(await refusalOf(() => readExport(path, 'groot.csv', { channel: 'x' }))).toEqual({ code: 'INPUT_TOO_LARGE', message: 'groot.csv: te groot voor een export (meer dan 64 MiB); exporteer een kortere periode.' })
  })

  it('refuses more rows than half a million, before checking any', () => {
    const rows = `text,date\n${'Hoi,2026-11-03\n'.repeat(500_001)}`
    expect(() => parse('veel.csv', rows)).toThrow('veel.csv: meer dan 500.000 rijen; exporteer een kortere periode.')
    expect(() => parse('veel.json', JSON.stringify(Array.from({ length: 500_001 }, () => ({ text: 'Hoi', date: '2026-11-03' }))))).toThrow('meer dan 500.000 rijen')
  })

  it('refuses a folder', async () => {
    expect((await refusalOf(() => readExport(folder, 'map', { channel: 'x' }))).code).toBe('NOT_A_FILE')
  })

  it('through the command line', async () => {
    const binary = write('binair2.csv', Buffer.from([0, 1, 2]))
    expect(await report([binary, '--format', 'json'])).toEqual({ code: 2, stdout: '', stderr: `tov: ${binary}: dit is een binair bestand, geen tekst.\n` })
    const missing = await report(['bestaat-niet.csv', '--format', 'json'])
    expect(missing).toEqual({ code: 2, stdout: '', stderr: 'tov: bestaat-niet.csv: bestand niet gevonden.\n' })
    const allSkipped = write('alles-weg.csv', 'text,date\nHoi Eva! ^AB,gisteren\n,2026-11-03\n')
    expect(await report([allSkipped, '--format', 'json'])).toEqual({ code: 2, stdout: '', stderr: `tov: ${allSkipped}: geen reactie om te bekijken (datum niet te lezen: 1; geen tekst: 1).\n` })
  })
})

describe('the report of the fixture exports, counted by hand', () => {
  let config: ResolvedConfig
  let csv: ReportData
  let json: ReportData

  beforeAll(async () => {
    config = await loadConfig(root, { configFile: teamConfig })
    csv = await buildReport(await readExport(join(root, csvFixture), csvFixture, { channel: config.channel }), { config })
    json = await buildReport(await readExport(join(root, jsonFixture), jsonFixture, { channel: config.channel }), { config })
  }, 60_000)

  it('counts rows, replies and skipped rows with their lines', () => {
    // Lines as an editor counts them: quoted fields hold line breaks of their own.
    const lines = readFileSync(join(root, csvFixture), 'utf8').split('\n')
    const lineOf = (ticket: string) => lines.findIndex((line) => line.startsWith(`${ticket},`)) + 1
    expect(csv.counts).toMatchObject({ rows: 48, replies: 44, skipped: 4, beforeSince: 0, agents: 4 })
    expect(csv.skipped.map(({ reason, count, rows }) => ({ reason, count, rows }))).toEqual(
      expect.arrayContaining([
        { reason: 'no-date', count: 1, rows: [lineOf('10492')] },
        { reason: 'internal-note', count: 1, rows: [lineOf('10493')] },
        { reason: 'bad-date', count: 1, rows: [lineOf('10505')] },
        { reason: 'no-text', count: 1, rows: [lineOf('10519')] },
      ]),
    )
    expect(csv.skipped).toHaveLength(4)
    expect(csv.source).toEqual({
      file: csvFixture,
      format: 'csv',
      rowUnit: 'line',
      columns: { text: 'Comment', agent: 'Assignee', channel: 'Via', date: 'Created at', thread: 'Ticket ID' },
      unknownChannels: [{ value: 'Chat', rows: 2 }],
    })
  })

  it('puts each reply in its ISO week (a Sunday night in UTC is Monday in the Netherlands)', () => {
    expect(csv.period).toEqual({
      from: '2026-11-02',
      to: '2026-11-22',
      since: null,
      weeks: [
        { id: '2026-W45', label: 'week 45', start: '2026-11-02', replies: 13 },
        { id: '2026-W46', label: 'week 46', start: '2026-11-09', replies: 14 },
        { id: '2026-W47', label: 'week 47', start: '2026-11-16', replies: 17 },
      ],
    })
  })

  it('counts per agent and per channel', () => {
    expect(csv.agents.map((agent) => [agent.name, agent.replies])).toEqual([
      ['Anna de Boer', 10],
      ['Kees Jansen', 12],
      ['Lotte Peeters', 11],
      ['Youssef El Amrani', 11],
    ])
    // Chat counts as the config's channel, x.
    expect(csv.channels.map((channel) => [channel.channel, channel.label, channel.replies])).toEqual([
      ['x', 'X', 21],
      ['whatsapp', 'WhatsApp', 8],
      ['email', 'e-mail', 7],
      ['facebook', 'Facebook', 5],
      ['facebook-messenger', 'Facebook Messenger', 3],
    ])
  })

  it('judges privacy on public channels only: two of the 26 replies on X and Facebook share personal data', () => {
    const privacy = csv.checklist.find((item) => item.id === 'privacy')!
    expect(privacy.total).toEqual({ pass: 24, fail: 2, rate: 0.9231 })
    expect(privacy.weeks).toEqual([
      { pass: 7, fail: 1, rate: 0.875 },
      { pass: 8, fail: 1, rate: 0.8889 },
      { pass: 9, fail: 0, rate: 1 },
    ])
    const email = csv.channels.find((channel) => channel.channel === 'email')!
    expect(email.checklist.find((item) => item.id === 'privacy')).toEqual({ id: 'privacy', pass: 0, fail: 0, rate: null })
    // The checklist's automatic items, in its order; the manual ones are the agent's.
    expect(csv.checklist.map((item) => item.id)).toEqual(['persoonlijk', 'feiten', 'toon', 'vorm', 'privacy'])
  })

  it('counts the rules: personal data in 2 replies (3 findings), a missing sign-off in 3', () => {
    const rule = (id: string) => csv.rules.find((entry) => entry.ruleId === id)!
    expect(rule('no-personal-data')).toMatchObject({ checklist: 'privacy', severity: 'error', findings: 3, replies: 2, share: 0.0455 })
    expect(rule('no-personal-data').weeks).toEqual([
      { week: '2026-W45', replies: 1, share: 0.0769 },
      { week: '2026-W46', replies: 1, share: 0.0714 },
      { week: '2026-W47', replies: 0, share: 0 },
    ])
    // 10482 (X), 10494 and 10514 (WhatsApp) end without ^initials.
    expect(rule('sign-off')).toMatchObject({ checklist: 'persoonlijk', replies: 3, weeks: [expect.objectContaining({ replies: 2 }), expect.objectContaining({ replies: 0 }), expect.objectContaining({ replies: 1 })] })
    expect(csv.rules.length).toBeLessThanOrEqual(10)
    const counts = csv.rules.map((entry) => entry.replies)
    expect([...counts].sort((a, b) => b - a)).toEqual(counts)
  })

  it('holds the readability target of the brand (B1)', () => {
    expect(csv.readability.target).toEqual({ level: 'B1', fleschDouma: 60, averageSentenceLength: 15 })
    expect(csv.readability.fleschDouma.histogram).toHaveLength(10)
    expect(csv.readability.fleschDouma.histogram.reduce((sum, bin) => sum + bin.count, 0)).toBe(csv.readability.replies)
    expect(csv.voice.histograms.overall.reduce((sum, bin) => sum + bin.count, 0)).toBe(csv.voice.replies)
  })

  it('chooses at most three best and three weakest replies per agent, none in both, by the documented score', () => {
    for (const agent of csv.agents) {
      const { best, weakest } = agent.examples
      expect(best.length).toBeGreaterThan(0)
      expect(best.length).toBeLessThanOrEqual(3)
      expect(weakest.length).toBeLessThanOrEqual(3)
      expect(best.filter((example) => weakest.some((other) => other.row === example.row))).toEqual([])
      for (const example of [...best, ...weakest]) expect(example.deviation).toBeGreaterThanOrEqual(3 * example.errors + example.warnings)
      expect(Math.max(...best.map((example) => example.deviation))).toBeLessThanOrEqual(Math.min(...weakest.map((example) => example.deviation)))
      for (const example of weakest) expect(example.deviation).toBeGreaterThan(0)
    }
    expect(csv.scoring).toEqual({ errors: 3, warnings: 1, voiceGap: 2 })
  })

  it('keeps each finding on its words in the masked text', () => {
    const examples = csv.agents.flatMap((agent) => [...agent.examples.best, ...agent.examples.weakest])
    const findings = examples.flatMap((example) => example.findings.map((finding) => ({ ...finding, words: example.text.slice(finding.start, finding.end) })))
    // Behind "[IBAN]", which is shorter than the IBAN, the misspelling is still where it was.
    expect(findings.filter((finding) => finding.ruleId === 'spelling').map((finding) => finding.words)).toContain('onstaat')
    for (const finding of findings.filter((entry) => entry.ruleId === 'no-personal-data')) expect(finding.words).toMatch(/^\[(?:telefoonnummer|e-mailadres|adres)\]$/)
    for (const finding of findings) {
      expect(finding.start).toBeGreaterThanOrEqual(0)
      expect(finding.end).toBeGreaterThanOrEqual(finding.start)
    }
  })

  it('reads the Zendesk comments export (JSON): authors, customer messages and notes left out, HTML made text', () => {
    expect(json.counts).toMatchObject({ rows: 16, replies: 13, skipped: 3, agents: 3 })
    expect(json.skipped.map(({ reason, count, rows }) => ({ reason, count, rows }))).toEqual([
      { reason: 'customer-message', count: 2, rows: [2, 11] },
      { reason: 'internal-note', count: 1, rows: [5] },
    ])
    expect(json.period.weeks.map((week) => week.replies)).toEqual([4, 4, 5])
    expect(json.channels.map((channel) => [channel.channel, channel.replies])).toEqual([['x', 5], ['email', 3], ['facebook', 2], ['whatsapp', 2], ['instagram', 1]])
    expect(json.agents.map((agent) => [agent.name, agent.replies])).toEqual([['Iris Kok', 4], ['Jens Wouters', 4], ['Sanne Mulder', 5]])
    const texts = json.agents.flatMap((agent) => [...agent.examples.best, ...agent.examples.weakest].map((example) => example.text))
    expect(texts.some((text) => /<\/?p>|&euro;/.test(text))).toBe(false)
  })

  it('--since leaves out what came before, and says how much', async () => {
    const since = await buildReport(await readExport(join(root, csvFixture), csvFixture, { channel: 'x' }), { config, since: '2026-11-16' })
    expect(since.counts).toMatchObject({ replies: 17, beforeSince: 27, skipped: 4 })
    expect(since.period).toMatchObject({ from: '2026-11-16', to: '2026-11-22', since: '2026-11-16' })
    expect(since.period.weeks.map((week) => week.id)).toEqual(['2026-W47'])
  })
})

describe('masking', () => {
  it('masks what no-personal-data finds, @handles and greeted names, and keeps findings on their words', () => {
    const text = '@eva_devries Hoi Eva de Vries, we bellen je op 06-12345678 en mailen naar eva@gmail.com; het adres is Dorpsstraat 12. Info: info@stroomlijn.nl of 0800-1234. ^AB'
    const masked = maskText(text, customerRedactions(text))
    expect(masked.text).toBe('@klant Hoi [naam], we bellen je op [telefoonnummer] en mailen naar [e-mailadres]; het adres is [adres]. Info: info@stroomlijn.nl of 0800-1234. ^AB')
    const start = text.indexOf('^AB')
    expect(masked.text.slice(masked.offset(start, 'start'), masked.offset(start + 3, 'end'))).toBe('^AB')
    // An offset inside a masked stretch goes to its edge.
    expect(masked.offset(text.indexOf('12345678'), 'start')).toBe(masked.text.indexOf('[telefoonnummer]'))
    expect(maskMessage('Dit lijkt een telefoonnummer ("06-12345678"). Ook 06-87654321.', masked.replaced)).toBe('Dit lijkt een telefoonnummer ("[telefoonnummer]"). Ook [telefoonnummer].')
  })

  it('masks a name only as a whole word in a message', () => {
    expect(maskMessage('Onbekend woord "Evaluatie" na Eva.', [{ original: 'Eva', replacement: '[naam]' }])).toBe('Onbekend woord "Evaluatie" na [naam].')
  })

  it('leaves no customer data of the fixtures in any format, and shows the masks', async () => {
    const config = await loadConfig(root, { configFile: teamConfig })
    for (const fixture of [csvFixture, jsonFixture]) {
      const data = await buildReport(await readExport(join(root, fixture), fixture, { channel: 'x' }), { config })
      const outputs = (['html', 'md', 'json'] as const).map((format) => renderReport(data, format))
      for (const output of outputs) for (const value of personalData) expect(output).not.toContain(value)
      expect(outputs[0]).toContain('[telefoonnummer]')
      expect(outputs[0]).toContain('[IBAN]')
    }
  })

  it('masks every reply of agents with few replies (all are examples)', async () => {
    const config = await loadConfig(root, { configFile: teamConfig })
    const content = [
      'text,agent,channel,date',
      '"@bram_kok Je nieuwe nummer 06-11223344 staat erin. ^AB",Anna de Boer,x,2026-11-03',
      '"Hoi Bram, je IBAN NL02RABO0123456789 is gewijzigd. ^AB",Anna de Boer,whatsapp,2026-11-04',
      '"Beste Inge, we sturen de bon naar inge.smit@ziggo.nl. ^KJ",Kees Jansen,email,2026-11-05',
      '"Hoi Inge, de monteur komt naar Molenweg 8, 1234 AB Almere. ^KJ",Kees Jansen,x,2026-11-05',
    ].join('\n')
    const data = await buildReport(parseExport('weinig.csv', content, { channel: 'x' }), { config })
    expect(data.agents.map((agent) => agent.examples.best.length + agent.examples.weakest.length)).toEqual([2, 2])
    const json = renderReport(data, 'json')
    for (const value of ['06-11223344', 'NL02RABO0123456789', 'inge.smit@ziggo.nl', 'Molenweg 8', '1234 AB', '@bram_kok']) expect(json).not.toContain(value)
    for (const mask of ['[telefoonnummer]', '[IBAN]', '[e-mailadres]', '[adres]', '@klant', 'Hoi [naam]', 'Beste [naam]']) expect(json).toContain(mask)
  })
})

describe('--anonymise', () => {
  it('names agents Medewerker A, B, … in order of first appearance, in the data and in the texts', async () => {
    const config = await loadConfig(root, { configFile: teamConfig })
    const data = await buildReport(await readExport(join(root, csvFixture), csvFixture, { channel: 'x' }), { config, anonymise: true })
    expect(data.anonymised).toBe(true)
    // 10481 Anna, 10482 Kees, 10483 Lotte, 10484 Youssef: the export's order.
    expect(data.agents.map((agent) => agent.name)).toEqual(['Medewerker A', 'Medewerker B', 'Medewerker C', 'Medewerker D'])
    for (const format of ['html', 'md', 'json'] as const) {
      const output = renderReport(data, format)
      for (const name of ['Anna', 'Boer', 'Kees', 'Jansen', 'Lotte', 'Peeters', 'Youssef', 'Amrani', '^AB', '^KJ', '^LP', '^YE']) expect(output).not.toContain(name)
    }
    const texts = data.agents.flatMap((agent) => [...agent.examples.best, ...agent.examples.weakest].map((example) => example.text))
    expect(texts.some((text) => text.endsWith('^A') || text.endsWith('^B') || text.endsWith('^C') || text.endsWith('^D'))).toBe(true)
    expect(texts.some((text) => /Medewerker [A-D]\nKlantenservice Stroomlijn$/.test(text))).toBe(true)
  })
})

describe('tov report on the command line', () => {
  const folder = mkdtempSync(join(tmpdir(), 'tov-report-cli-'))

  it('--format json prints the data buildReport makes', async () => {
    const run = await report([csvFixture, '--config', teamConfig, '--format', 'json'])
    expect(run.code).toBe(0)
    const config = await loadConfig(root, { configFile: teamConfig })
    const data = await buildReport(await readExport(join(root, csvFixture), csvFixture, { channel: 'x' }), { config })
    expect(JSON.parse(run.stdout)).toEqual(JSON.parse(JSON.stringify(data)))
    expect(run.stderr).toBe('tov: 4 rijen overgeslagen (geen datum: 1; interne notitie, niet verstuurd: 1; datum niet te lezen: 1; geen tekst: 1).\n')
  })

  it('--format md prints the summary', async () => {
    const run = await report([csvFixture, '--config', teamConfig, '--format', 'md', '--since', '09-11-2026'])
    expect(run.code).toBe(0)
    expect(run.stdout).toContain('# Teamrapport tone of voice: 9 november 2026 t/m 22 november 2026')
    expect(run.stdout).toContain('- **31** verstuurde reacties van **4** medewerkers (2 weken; bron `fixtures/exports/zendesk-november.csv`, vanaf 9 november 2026)')
    expect(run.stdout).toContain('| privacy | 94% (17 van 18) | wk 46: 89%, wk 47: 100% |')
    expect(run.stdout).toMatch(/^- \*\*Kees Jansen\*\*: 8 reacties, /m)
    expect(run.stdout).toContain('- van voor 9 november 2026, niet meegeteld: 13')
    expect(run.stdout).toContain('| `no-personal-data` | privacy | 1 | 3% |')
  })

  it('writes the HTML page with -o, atomically, and says so', async () => {
    const output = join(folder, 'rapport.html')
    const run = await report([csvFixture, '--config', teamConfig, '-o', output])
    expect(run).toMatchObject({ code: 0, stdout: '' })
    expect(run.stderr).toContain(`tov: rapport geschreven naar ${output}: 44 reacties van 4 medewerkers.\n`)
    const html = readFileSync(output, 'utf8')
    expect(html).toMatch(/^<!doctype html>\n<html lang="nl">/)
    expect(html).not.toMatch(/<script|<link|src="http|href="http/)
    expect(html).toContain('<svg class="chart" data-chart="checklist-weeks"')
  })

  it('refuses HTML on a terminal without -o, and other mistakes, before reading the export', async () => {
    expect(await report([csvFixture, '--config', teamConfig], { stdoutIsTTY: true })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'tov: een HTML-rapport hoort in een bestand: geef -o rapport.html, of kies --format md of json voor de terminal.\n',
    })
    expect(await report([csvFixture, '--format', 'pdf'])).toMatchObject({ code: 2, stderr: 'tov: Onbekend formaat "pdf". Kies uit: html, md, markdown, json.\n' })
    expect(await report([csvFixture, '--format', 'json', '--since', 'vorige maand'])).toMatchObject({ code: 2, stderr: 'tov: --since verwacht een dag, zoals 2026-11-01 of 01-11-2026, niet "vorige maand".\n' })
    expect(await report([csvFixture, '--format', 'json', '--since', '2027-01-01'])).toMatchObject({ code: 2, stderr: expect.stringContaining('geen reactie om te bekijken (44 reacties van voor 2027-01-01; geen datum: 1; ') })
  })

  it('shows progress on a terminal, not in CI and not when piped', async () => {
    const rows = ['text,agent,date']
    for (let index = 0; index < 250; index++) rows.push(`"Hoi Eva, je pakket ${index} komt morgen. ^AB",Anna de Boer,2026-11-03`)
    const path = join(folder, 'veel.csv')
    writeFileSync(path, `${rows.join('\n')}\n`)
    const terminal = await report([path, '--format', 'json', '--config', teamConfig], { stderrIsTTY: true })
    expect(terminal.stderr).toContain('\r tov [')
    expect(terminal.stderr).toContain('250/250 rijen')
    expect((await report([path, '--format', 'json', '--config', teamConfig], { stderrIsTTY: true, env: { CI: 'true' } })).stderr).toBe('')
    expect((await report([path, '--format', 'json', '--config', teamConfig])).stderr).toBe('')
  })
})

describe('the library', () => {
  it('reportFromExport and formatReport do what tov report does', async () => {
    const data = await reportFromExport(join(root, jsonFixture), { config: await loadConfig(root, { configFile: teamConfig }), since: '2026-11-09' })
    expect(data.counts.replies).toBe(9)
    expect(await formatReport(data, 'md')).toContain('# Teamrapport tone of voice: ')
    expect(JSON.parse(await formatReport(data, 'json'))).toEqual(JSON.parse(JSON.stringify(data)))
    await expect(reportFromExport(join(root, jsonFixture), { since: 'morgen' })).rejects.toThrow('since: verwacht een dag')
  })
})
