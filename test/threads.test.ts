// Thread-aware rules, each with conversations that must fire and conversations that must not; thread
// formats; and checkThread() giving what `tov check --thread` gives.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkThread, parseThreadText } from '../src/index.js'
import { ruleTable } from './rule-tester.js'
import { tov } from './run-cli.js'

import { agent, customer, plain, promised, sorry, thread } from './conversation.js'

const vague = agent('@eva We gaan ernaar kijken. ^AB')

ruleTable('no-hollow-promise', {
  name: 'no-hollow-promise after a promise the customer asks after',
  minimum: 6,
  valid: [
    // The outcome, not a new promise.
    { text: '@eva Ik heb de vervoerder gebeld: je pakket is vandaag opgehaald en komt morgen. ^AB', thread: thread(customer('Waar blijft mijn pakket?'), promised, customer('En?')) },
    { text: '@eva Je pakket is onderweg; je hoort morgen voor 12.00 uur van ons wanneer het er is. ^AB', thread: thread(promised, customer('Nog steeds niets gehoord.')) },
    // A concrete promise when nobody came back on an earlier one.
    { text: '@eva Je hoort morgen voor 12.00 uur van ons. ^AB', thread: thread(customer('Mijn pakket is zoek.'), plain, customer('Dank je!')) },
    { text: '@eva Je hoort morgen voor 12.00 uur van ons. ^AB', thread: thread(customer('Mijn pakket is zoek.')) },
    // The earlier promise was vague; the new one is concrete: that is the improvement.
    { text: '@eva Je hoort vandaag voor 17.00 uur van ons. ^AB', thread: thread(vague, customer('En?')) },
    { text: '@eva Graag gedaan, fijne dag! ^AB', thread: thread(promised, customer('Ik wacht nog steeds.')) },
    { text: '@eva De monteur komt donderdag om 10.00 uur, dat is bevestigd. ^AB', thread: thread(promised, customer('Hoe staat het ervoor?')) },
    // What became of the promise first, then the new one.
    { text: '@eva Sorry, ik heb de vervoerder gesproken: de bus had pech. Ik bel je dinsdag om 9.00 uur met de nieuwe tijd. ^AB', thread: thread(promised, customer('Niemand heeft gebeld!')) },
    // A firm promise when nothing is being chased.
    { text: '@eva Ik bel je dinsdag om 9.00 uur. ^AB', thread: thread(customer('Kunnen jullie me bellen over mijn factuur?')) },
    { text: '@eva Graag gedaan! We bellen je vrijdag, zoals afgesproken. ^AB', thread: thread(promised, customer('Top, dank je!')) },
    // The customer is asked to keep the brand informed: no promise.
    { text: '@eva Je router is om 14.00 uur vervangen. Houd ons gerust op de hoogte! ^AB', thread: thread(promised, customer('En?')) },
  ],
  invalid: [
    { text: '@eva We gaan ernaar kijken en laten het je weten. ^AB', thread: thread(promised, customer('En?')), actual: ['We gaan ernaar kijken'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 27 },
    { text: '@eva Je hoort maandag voor 12.00 uur van ons. ^AB', thread: thread(promised, customer('Nog steeds niets gehoord.')), actual: ['hoort maandag voor 12.00 uur van ons'], messageId: 'again', line: 1, column: 9, endLine: 1, endColumn: 45 },
    { text: '@eva Ik zet het nogmaals door, je hoort morgen van ons. ^AB', thread: thread(promised, customer('Ik wacht nog steeds op antwoord')), actual: ['Ik zet het nogmaals door', 'hoort morgen van ons'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 30 },
    { text: '@eva We komen er zo snel mogelijk op terug. ^AB', thread: thread(customer('Pakket zoek'), promised, customer('Al nieuws?')), actual: ['We komen er zo snel mogelijk op terug'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 43 },
    { text: '@eva Ik neem het mee en laat het je vrijdag weten. ^AB', thread: thread(promised, customer('Hallo??')), actual: ['Ik neem het mee'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 21 },
    { text: '@eva We pakken het op, je hoort morgen voor 12.00 uur van ons. ^AB', thread: thread(promised, customer('Jullie zouden vrijdag bellen.')), actual: ['We pakken het op', 'hoort morgen voor 12.00 uur van ons'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 22 },
    // A second vague promise, and a brand-new firm one, without a word on the first.
    { text: '@eva Sorry Eva, ik vraag het nog een keer na bij de vervoerder. ^AB', thread: thread(promised, customer('Nog altijd niks vernomen...')), actual: ['ik vraag het nog een keer na'], messageId: 'again', line: 1, column: 17, endLine: 1, endColumn: 45 },
    { text: '@eva Ik bel je dinsdag om 9.00 uur. ^AB', thread: thread(promised, customer('Niemand heeft gebeld!')), actual: ['Ik bel'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 12 },
    { text: '@eva Dag Eva, we zijn er nog volop mee bezig. ^KV', thread: thread(promised, customer('Ik wacht al een week')), actual: ['we zijn er nog volop mee bezig'], messageId: 'again', line: 1, column: 15, endLine: 1, endColumn: 45 },
    { text: '@eva We sturen u vandaag nog een nieuwe. ^AB', thread: thread(agent('@eva Ik stuur je maandag een nieuwe. ^AB'), customer('Geen mail gekregen, niks.')), actual: ['We sturen'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 15 },
    // The brand's people at work, or a promise that it will not happen again, is no outcome either.
    { text: '@eva Onze technici werken volop aan een oplossing. ^AB', thread: thread(promised, customer('Nog steeds niets gehoord.')), actual: ['Onze technici werken volop aan een oplossing'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 50 },
    { text: '@eva Sorry Eva, we gaan ervoor zorgen dat dit niet meer gebeurt. ^AB', thread: thread(promised, customer('Niemand heeft gebeld!')), actual: ['we gaan ervoor zorgen dat dit niet meer gebeurt'], messageId: 'again', line: 1, column: 17, endLine: 1, endColumn: 64 },
  ],
})

ruleTable('no-repeated-apology', {
  name: 'no-repeated-apology across the agent\'s turns',
  minimum: 6,
  valid: [
    { text: '@eva Je pakket komt morgen. ^AB', thread: thread(sorry, customer('Wanneer dan?')) },
    { text: '@eva Sorry! Je pakket komt morgen. ^AB', thread: thread(customer('Waar is mijn pakket?')) },
    { text: '@eva Sorry! Je pakket komt morgen. ^AB', thread: thread(customer('Sorry dat ik zo boos was'), plain, customer('Echt?')) },
    { text: '@eva Dank voor je geduld, de monteur komt donderdag. ^AB', thread: thread(sorry, customer('Ok')) },
    { text: '@eva Excuses voor het wachten! Je retour is verwerkt. ^AB', thread: thread(plain, customer('En mijn retour?')) },
    { text: '@eva Je terugbetaling staat klaar. ^AB', thread: thread(sorry, customer('?'), plain, customer('??')) },
  ],
  invalid: [
    { text: '@eva Sorry nogmaals! Je pakket komt morgen. ^AB', thread: thread(sorry, customer('Wanneer?')), actual: ['Sorry'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 11 },
    { text: '@eva Onze excuses. De monteur komt donderdag. ^AB', thread: thread(sorry, customer('Ok')), actual: ['excuses'], messageId: 'again', line: 1, column: 11, endLine: 1, endColumn: 18 },
    { text: '@eva Het spijt me. Je terugbetaling staat klaar. ^AB', thread: thread(customer('a'), sorry, customer('b'), plain, customer('c')), actual: ['spijt'], messageId: 'again', line: 1, column: 10, endLine: 1, endColumn: 15 },
    { text: '@eva Sorry voor het wachten. ^AB', thread: thread(agent('@eva Excuses voor de vertraging! ^AB'), customer('En?')), actual: ['Sorry'], messageId: 'again', line: 1, column: 6, endLine: 1, endColumn: 11 },
    { text: '@eva Sorry! En nogmaals sorry. ^AB', thread: thread(customer('Waar blijft het?')), actual: ['sorry'], messageId: 'repeated', line: 1, column: 25, endLine: 1, endColumn: 30 },
    { text: '@eva Onze excuses. ^AB', thread: thread(agent('@eva Het spijt ons dat het zo loopt. ^AB'), customer('Ja')), actual: ['excuses'], messageId: 'again', line: 1, column: 11, endLine: 1, endColumn: 18 },
  ],
})

ruleTable('mention-first', {
  name: 'mention-first with the thread\'s customer',
  minimum: 6,
  valid: [
    { text: '@eva Je pakket komt morgen. ^AB', thread: thread(customer('Waar?')) },
    { text: '@Eva Je pakket komt morgen. ^AB', thread: thread(customer('Waar?')) },
    { text: '@piet @eva Jullie pakketten komen morgen. ^AB', thread: thread(customer('Waar?')) },
    { text: '@{{handle}} Je pakket komt morgen. ^AB', thread: thread(customer('Waar?')) },
    { text: 'Je pakket komt morgen. ^AB', thread: { channel: 'whatsapp', messages: [customer('Waar?')] }, channel: 'whatsapp' },
    { text: '@eva_2 Je pakket komt morgen. ^AB', thread: { channel: 'x', customer: 'eva_2', messages: [customer('Waar?')] } },
  ],
  invalid: [
    { text: '@piet Je pakket komt morgen. ^AB', thread: thread(customer('Waar?')), actual: ['@piet'], suggestion: '@eva', messageId: 'wrongCustomer', line: 1, column: 1, endLine: 1, endColumn: 6 },
    { text: 'Je pakket komt morgen. ^AB', thread: thread(customer('Waar?')), actual: ['Je'], output: '@eva Je pakket komt morgen. ^AB', messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 3 },
    { text: 'Hoi Eva, je pakket komt morgen @eva. ^AB', thread: thread(customer('Waar?')), actual: ['@eva'], output: '@eva Hoi Eva, je pakket komt morgen. ^AB', messageId: 'notFirst', line: 1, column: 32, endLine: 1, endColumn: 36 },
    { text: '@evaa Je pakket komt morgen. ^AB', thread: thread(customer('Waar?')), actual: ['@evaa'], messageId: 'wrongCustomer', line: 1, column: 1, endLine: 1, endColumn: 6 },
    { text: '@klantenservice Je pakket komt morgen. ^AB', thread: thread(customer('Waar?')), actual: ['@klantenservice'], messageId: 'wrongCustomer', line: 1, column: 1, endLine: 1, endColumn: 16 },
    { text: '@piet Je pakket komt morgen. ^AB', thread: { channel: 'instagram', customer: '@eva', messages: [customer('Waar?')] }, channel: 'instagram', actual: ['@piet'], messageId: 'wrongCustomer', line: 1, column: 1, endLine: 1, endColumn: 6 },
  ],
})

describe('thread formats', () => {
  const design = JSON.stringify({ channel: 'x', customer: '@eva', messages: [{ from: 'customer', text: 'Waar?' }, { from: 'agent', text: 'Sorry! ^AB' }] })
  it('reads the DESIGN object, a JSON array of messages, and klant:/agent: text', () => {
    expect(parseThreadText(design).messages).toHaveLength(2)
    expect(parseThreadText('[{"from": "customer", "text": "Waar?"}]').messages).toEqual([{ from: 'customer', text: 'Waar?' }])
    const plainText = parseThreadText('klant: Waar is mijn pakket?\nIk wacht al een week.\nagent: @eva Sorry! ^AB\nKlant: En?\n')
    // The customer is the one the agent's first reply mentions.
    expect(plainText.customer).toBe('@eva')
    expect(plainText.messages).toEqual([
      { from: 'customer', text: 'Waar is mijn pakket?\nIk wacht al een week.' },
      { from: 'agent', text: '@eva Sorry! ^AB' },
      { from: 'customer', text: 'En?' },
    ])
  })
  it('names the problem of a broken thread', () => {
    expect(() => parseThreadText('Hallo daar', 't.txt')).toThrow('t.txt: regel 1: begin elke beurt met "klant:" of "agent:".')
    expect(() => parseThreadText('[{"from": "bot", "text": "x"}]', 't.json')).toThrow('"from" moet "customer" of "agent" zijn')
  })
})

describe('checkThread()', () => {
  it('returns what tov check --thread prints, for every thread format', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'tov-thread-'))
    const draft = '@piet Sorry nogmaals! We gaan ernaar kijken. ^AB'
    const conversation = thread(customer('Waar is mijn pakket?'), promised, customer('En?'), sorry, customer('Nog steeds niets gehoord'))
    const files = {
      'thread.json': JSON.stringify(conversation),
      'thread.txt': conversation.messages.map((message) => `${message.from === 'customer' ? 'klant' : 'agent'}: ${message.text}`).join('\n'),
    }
    writeFileSync(join(folder, 'draft.txt'), draft)
    const api = await checkThread(conversation, draft, { file: 'draft.txt' })
    expect(api.findings.map((finding) => finding.ruleId)).toEqual(['mention-first', 'no-repeated-apology', 'no-hollow-promise'])
    for (const [name, content] of Object.entries(files)) {
      writeFileSync(join(folder, name), content)
      const cli = await tov(['check', 'draft.txt', '--thread', name, '-f', 'json'], { cwd: folder })
      const [result] = JSON.parse(cli.stdout)
      // The plain-text thread names no channel: compare with the API on the same thread.
      const expected = name === 'thread.txt' ? await checkThread(parseThreadText(content), draft, { file: 'draft.txt' }) : api
      expect(result).toEqual(JSON.parse(JSON.stringify(expected)))
    }
  })
})
