// Writes a realistic export of sent replies for `tov report`: N replies by 12 agents over 8 weeks, as a
// Zendesk-like CSV ("Ticket ID", "Created at", "Assignee", "Via", "Public", "Comment"), with the replies of
// make-distinct-library.mjs (Dutch and Flemish, ~30% with a typo), each signed by the agent it is assigned
// to. A few rows are what real exports hold too: internal notes (Public false), a row without a date, chat
// messages (a channel tov does not check). Seeded, so a run is reproducible:
//
//   node bench/make-export.mjs 10000 export.csv [seed]
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { agents as signers, makeDistinctLibrary, prng } from './make-distinct-library.mjs'

/** The team: the first twelve of the generator's agents. */
export const exportAgents = signers.slice(0, 12)

/** Zendesk's "Via" for each channel of the generator. */
const via = {
  x: 'Twitter',
  facebook: 'Facebook Post',
  'facebook-messenger': 'Facebook Private Message',
  instagram: 'Instagram',
  'instagram-dm': 'Instagram Direct',
  whatsapp: 'WhatsApp',
  'google-review': 'Google Review',
  email: 'Email',
}

const initialsOf = (name) => {
  const parts = name.split(' ')
  return `${parts[0][0]}${parts.at(-1)[0].toUpperCase()}`
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The text signed by `agent` instead of the generator's agent who signed it. */
function signedBy(text, agent) {
  const signer = signers.find((name) => text.includes(name) || text.includes(`^${initialsOf(name)}`) || new RegExp(`(?<!\\p{L})${escapeRegExp(name.split(' ')[0])}(?!\\p{L})`, 'u').test(text))
  if (!signer || signer === agent) return text
  return text
    .replaceAll(signer, agent)
    .replaceAll(`^${initialsOf(signer)}`, `^${initialsOf(agent)}`)
    .replace(new RegExp(`(?<!\\p{L})${escapeRegExp(signer.split(' ')[0])}(?!\\p{L})`, 'gu'), agent.split(' ')[0])
}

const pad = (value) => String(value).padStart(2, '0')

/** A time in the Netherlands as Zendesk writes it: "2026-10-05 09:14:00 +0200" (CEST until the last Sunday of October). */
function zendeskTime(utc) {
  const year = new Date(utc).getUTCFullYear()
  const lastSunday = (month) => {
    const last = new Date(Date.UTC(year, month + 1, 0))
    return last.getUTCDate() - last.getUTCDay()
  }
  const summer = utc >= Date.UTC(year, 2, lastSunday(2), 1) && utc < Date.UTC(year, 9, lastSunday(9), 1)
  const offset = summer ? 2 : 1
  const local = new Date(utc + offset * 3_600_000)
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())} +0${offset}00`
}

/** A CSV field, quoted when it must be. */
const field = (value) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)

/**
 * `count` replies as a CSV export, in the order they were sent over eight weeks from Monday 5 October 2026.
 * About 0.5% of the rows are internal notes, 0.2% lack a date, 1% came in by chat.
 */
export function makeExport(count, seed = 1) {
  const random = prng(seed * 7919 + 17)
  const entries = JSON.parse(makeDistinctLibrary(count, seed))
  // 06:00 UTC: 8:00 in the Netherlands in summer time.
  const start = Date.UTC(2026, 9, 5, 6)
  const lines = ['Ticket ID,Created at,Assignee,Via,Public,Comment']
  let ticket = 480_000
  entries.forEach((entry, index) => {
    // Office hours, 8:00 to 22:00 local time, spread over the eight weeks in order.
    const day = Math.floor((index / count) * 56)
    const minute = Math.floor(random() * 14 * 60)
    const utc = start + day * 86_400_000 + minute * 60_000
    const agent = exportAgents[Math.floor(random() * exportAgents.length)]
    const roll = random()
    const date = roll < 0.002 ? '' : zendeskTime(utc)
    const channel = roll > 0.99 ? 'Chat' : via[entry.channel]
    const isPublic = roll >= 0.002 && roll < 0.007 ? 'false' : 'true'
    ticket += 1 + Math.floor(random() * 3)
    lines.push([String(ticket), date, agent, channel, isPublic, signedBy(entry.text, agent)].map(field).join(','))
  })
  return `${lines.join('\r\n')}\r\n`
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const size = Number(process.argv[2] ?? 10000)
  writeFileSync(process.argv[3] ?? 'export.csv', makeExport(size, Number(process.argv[4] ?? 1)))
}
