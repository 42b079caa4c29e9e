// Writes a generated canned-response library of N entries (JSON), varied from the fixture replies with a
// few defects, for `npm run bench` and for trying tov at scale: node bench/make-library.mjs 10000 out.json
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(fileURLToPath(import.meta.url), '..', '..')

const openings = ['Hoi {{first_name}},', 'Goedemorgen {{first_name}},', 'Hallo {{first_name}},', 'Beste {{first_name}},']
const middles = [
  'Dank voor je bericht. Je pakket is onderweg en komt morgen tussen 9.00 en 12.00 uur.',
  'Vervelend dat je bestelling later komt. Je hoort uiterlijk vrijdag om 17.00 uur van ons.',
  'Je kunt je abonnement aanpassen via voorbeeld.nl/account. Lukt dat niet, stuur ons dan een DM.',
  'Bedankt voor je review! Fijn dat de monteur je zo goed heeft geholpen.',
  'We hebben je terugbetaling vandaag verwerkt; binnen drie werkdagen staat het bedrag op je rekening.',
  'Hoe is dit probleem onstaan? Dan zoeken we het meteen voor je uit.',
  'Zoals al eerder gezegd kun je dit ook op onze website vinden.',
  'We gaan ernaar kijken en komen er zo snel mogelijk op terug.',
]
const closings = ['^{{agent_initials}}', 'Groet, {{agent_name}}', '^AB']
const channels = ['x', 'whatsapp', 'email', 'facebook', 'instagram-dm']

export function makeLibrary(size) {
  const fixtures = readdirSync(join(root, 'fixtures/replies/x')).map((name) => readFileSync(join(root, 'fixtures/replies/x', name), 'utf8').trim())
  const entries = []
  for (let index = 0; index < size; index++) {
    const channel = channels[index % channels.length]
    const body = index % 7 === 6
      ? fixtures[index % fixtures.length]
      : `${channel === 'x' ? '@{{handle}} ' : ''}${openings[index % openings.length]} ${middles[(index * 7) % middles.length]} ${middles[(index * 3 + 1) % middles.length]} ${closings[index % closings.length]}`
    entries.push({ id: `antwoord-${String(index + 1).padStart(5, '0')}`, channel, text: `${body} (${index})` })
  }
  return `${JSON.stringify(entries, null, 2)}\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 10000)
  writeFileSync(process.argv[3] ?? 'library.json', makeLibrary(size))
}
