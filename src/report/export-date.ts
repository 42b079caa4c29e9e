// The day a reply was sent, from a date as help desks and spreadsheets write it: ISO 8601 ("2026-11-03T14:05:00Z",
// "2026-11-03 14:05:00 +0100", Zendesk's and Freshdesk's "2026-11-03 14:05:00"), day first as Dutch and
// Flemish spreadsheets write it ("03-11-2026", "3/11/2026 14:05"), and with a month's name ("3 nov 2026",
// "Nov 3, 2026 2:05 PM", "Tue, 03 Nov 2026 14:05:00 +0100"). A time with a zone is moved to the time in the
// Netherlands and Belgium (CET/CEST), where the team works; a time without one is taken as written.

/** A calendar day, "YYYY-MM-DD". */
export type Day = string

const monthNames: Readonly<Record<string, number>> = {
  jan: 1, januari: 1, january: 1,
  feb: 2, februari: 2, february: 2,
  mrt: 3, maart: 3, mar: 3, march: 3,
  apr: 4, april: 4,
  mei: 5, may: 5,
  jun: 6, juni: 6, june: 6,
  jul: 7, juli: 7, july: 7,
  aug: 8, augustus: 8, august: 8,
  sep: 9, sept: 9, september: 9,
  okt: 10, oktober: 10, oct: 10, october: 10,
  nov: 11, november: 11,
  dec: 12, december: 12,
}

const zone = String.raw`(?:\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?`
const clock = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,]\d{1,9})?)?\s*([ap]\.?m\.?)?`
const isoPattern = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:(?:T|\s+)${clock})?${zone}$`, 'i')
const dayFirstPattern = new RegExp(String.raw`^(\d{1,2})([-/.])(\d{1,2})\2(\d{4})(?:(?:,?\s+(?:om\s+|at\s+)?|T)${clock})?${zone}$`, 'i')
const weekday = String.raw`(?:[a-z]{2,9}\.?,?\s+)?`
const namedDayFirst = new RegExp(String.raw`^${weekday}(\d{1,2})\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})(?:,?\s+(?:om\s+|at\s+)?${clock})?${zone}$`, 'i')
const namedMonthFirst = new RegExp(String.raw`^${weekday}([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})(?:,?\s+(?:om\s+|at\s+)?${clock})?${zone}$`, 'i')

interface Parts {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  /** The zone as written, when there is one. */
  zone: string | undefined
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** 12-hour clock to 24: "2:05 PM" is 14:05, "12:30 AM" 0:30. */
function hourOf(hour: string | undefined, meridiem: string | undefined): number {
  const value = Number(hour ?? 0)
  if (!meridiem) return value
  const pm = meridiem.toLowerCase().startsWith('p')
  return (value % 12) + (pm ? 12 : 0)
}

function partsOf(value: string): Parts | undefined {
  let match = isoPattern.exec(value)
  if (match) {
    return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), hour: hourOf(match[4], match[7]), minute: Number(match[5] ?? 0), zone: match[8] }
  }
  match = dayFirstPattern.exec(value)
  if (match) {
    let day = Number(match[1])
    let month = Number(match[3])
    // Day first, as in the Netherlands and Belgium; a slash date that only works month first is American
    // (a help desk set to English: 11/23/2026).
    if (match[2] === '/' && month > 12 && day <= 12) [day, month] = [month, day]
    return { year: Number(match[4]), month, day, hour: hourOf(match[5], match[8]), minute: Number(match[6] ?? 0), zone: match[9] }
  }
  match = namedDayFirst.exec(value)
  if (match) {
    const month = monthNames[match[2]!.toLowerCase()]
    if (month === undefined) return undefined
    return { year: Number(match[3]), month, day: Number(match[1]), hour: hourOf(match[4], match[7]), minute: Number(match[5] ?? 0), zone: match[8] }
  }
  match = namedMonthFirst.exec(value)
  if (match) {
    const month = monthNames[match[1]!.toLowerCase()]
    if (month === undefined) return undefined
    return { year: Number(match[3]), month, day: Number(match[2]), hour: hourOf(match[4], match[7]), minute: Number(match[5] ?? 0), zone: match[8] }
  }
  return undefined
}

/** Minutes east of UTC of a zone as written: "Z" 0, "+0100" 60, "-05:30" -330. */
function zoneMinutes(zone: string): number {
  if (/^(?:Z|UTC|GMT)$/i.test(zone)) return 0
  const sign = zone.startsWith('-') ? -1 : 1
  const digits = zone.slice(1).replace(':', '')
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4) || 0))
}

/** The last Sunday of a month, as a day of the month. */
function lastSunday(year: number, month: number): number {
  const last = daysIn(year, month)
  return last - new Date(Date.UTC(year, month - 1, last)).getUTCDay()
}

/** Minutes the Netherlands and Belgium are ahead of UTC at a UTC instant: CEST from the last Sunday of March 01:00 UTC to the last Sunday of October 01:00 UTC. */
function dutchOffset(utc: number): number {
  const year = new Date(utc).getUTCFullYear()
  const summerStart = Date.UTC(year, 2, lastSunday(year, 3), 1)
  const summerEnd = Date.UTC(year, 9, lastSunday(year, 10), 1)
  return utc >= summerStart && utc < summerEnd ? 120 : 60
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** The day as "YYYY-MM-DD" from a date written in any of the forms above; undefined when it is none of them or no real day. */
export function exportDay(value: string): Day | undefined {
  const parts = partsOf(value.trim())
  if (!parts) return undefined
  const { year, month, day, hour, minute } = parts
  if (year < 1970 || year > 2200 || month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59) return undefined
  if (parts.zone === undefined) return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  const utc = Date.UTC(year, month - 1, day, hour, minute) - zoneMinutes(parts.zone) * 60_000
  const local = new Date(utc + dutchOffset(utc) * 60_000)
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`
}

/** A day given on the command line (--since): ISO or day first; undefined when it is not one. Times are not for this. */
export function parseDayFlag(value: string): Day | undefined {
  const trimmed = value.trim()
  if (!/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed) && !/^\d{1,2}[-/.]\d{1,2}[-/.]\d{4}$/.test(trimmed)) return undefined
  return exportDay(trimmed)
}

/** An ISO week: "2026-W45", with its number and the Monday it starts. */
export interface IsoWeek {
  id: string
  year: number
  week: number
  /** The Monday, "YYYY-MM-DD". */
  monday: Day
}

/** The ISO 8601 week of a day (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(day: Day): IsoWeek {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  const time = Date.UTC(year, month - 1, date)
  const weekday = (new Date(time).getUTCDay() + 6) % 7
  const monday = time - weekday * 86_400_000
  const thursday = new Date(monday + 3 * 86_400_000)
  const weekYear = thursday.getUTCFullYear()
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(weekYear, 0, 1)) / (7 * 86_400_000))
  const start = new Date(monday)
  return { id: `${weekYear}-W${pad(week)}`, year: weekYear, week, monday: `${pad(start.getUTCFullYear(), 4)}-${pad(start.getUTCMonth() + 1)}-${pad(start.getUTCDate())}` }
}

/** The weeks from the week of `from` to that of `to`, each once, in order (a week without replies included). */
export function weeksBetween(from: Day, to: Day): IsoWeek[] {
  const weeks: IsoWeek[] = []
  let current = isoWeek(from)
  const last = isoWeek(to).id
  for (;;) {
    weeks.push(current)
    if (current.id === last || weeks.length > 600) return weeks
    const [y, m, d] = current.monday.split('-').map(Number) as [number, number, number]
    const next = new Date(Date.UTC(y, m - 1, d + 7))
    current = isoWeek(`${pad(next.getUTCFullYear(), 4)}-${pad(next.getUTCMonth() + 1)}-${pad(next.getUTCDate())}`)
  }
}

const dutchMonths = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** "3 november 2026". */
export function dutchDay(day: Day): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return `${date} ${dutchMonths[month - 1]} ${year}`
}
