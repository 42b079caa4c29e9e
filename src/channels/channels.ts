// The channel table of DESIGN.md: what each channel requires of a reply.
import type { ChannelName } from '../types.js'
import { didYouMean } from '../did-you-mean.js'
import { shownValue, TovError } from '../tov-error.js'

/** How a channel measures length: X's weighted count, UTF-8 bytes (Google), or characters. */
export type LengthUnit = 'x-weighted' | 'utf8-bytes' | 'characters'

export interface ChannelSpec {
  name: ChannelName
  /** Dutch name shown in messages. */
  label: string
  public: boolean
  mention: 'required' | 'optional' | 'off'
  signOff: 'required' | 'off'
  maxLength: { max: number; unit: LengthUnit } | null
  personalData: 'error' | 'off'
}

const table: Record<ChannelName, ChannelSpec> = {
  x: {
    name: 'x',
    label: 'X',
    public: true,
    mention: 'required',
    signOff: 'required',
    maxLength: { max: 280, unit: 'x-weighted' },
    personalData: 'error',
  },
  facebook: {
    name: 'facebook',
    label: 'Facebook',
    public: true,
    mention: 'optional',
    signOff: 'required',
    maxLength: { max: 8000, unit: 'characters' },
    personalData: 'error',
  },
  instagram: {
    name: 'instagram',
    label: 'Instagram',
    public: true,
    mention: 'required',
    signOff: 'required',
    maxLength: { max: 2200, unit: 'characters' },
    personalData: 'error',
  },
  'instagram-dm': {
    name: 'instagram-dm',
    label: 'Instagram DM',
    public: false,
    mention: 'off',
    signOff: 'required',
    maxLength: { max: 1000, unit: 'characters' },
    personalData: 'off',
  },
  'facebook-messenger': {
    name: 'facebook-messenger',
    label: 'Facebook Messenger',
    public: false,
    mention: 'off',
    signOff: 'required',
    maxLength: { max: 2000, unit: 'characters' },
    personalData: 'off',
  },
  whatsapp: {
    name: 'whatsapp',
    label: 'WhatsApp',
    public: false,
    mention: 'off',
    signOff: 'required',
    maxLength: { max: 4096, unit: 'characters' },
    personalData: 'off',
  },
  'google-review': {
    name: 'google-review',
    label: 'Google-review',
    public: true,
    mention: 'off',
    signOff: 'off',
    maxLength: { max: 4096, unit: 'utf8-bytes' },
    personalData: 'error',
  },
  email: {
    name: 'email',
    label: 'e-mail',
    public: false,
    mention: 'off',
    signOff: 'off',
    maxLength: null,
    personalData: 'off',
  },
}

export const channelNames = Object.keys(table) as ChannelName[]

/** Other names people use for a channel: X was Twitter until 2023, and many teams still say so. */
const aliases: Readonly<Record<string, ChannelName>> = { twitter: 'x' }

/** A channel's own name exactly as tov writes it; an alias or other case is not (see `channelName`). */
export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(table, name)
}

/**
 * The channel a user means, wherever one is read (flag, config, thread, library entry): its name in any
 * case, or an alias ("twitter", "X"); undefined when there is none. Output always shows the own name.
 */
export function channelName(name: unknown): ChannelName | undefined {
  if (typeof name !== 'string') return undefined
  const key = name.trim().toLowerCase()
  if (Object.hasOwn(table, key)) return key as ChannelName
  return Object.hasOwn(aliases, key) ? aliases[key] : undefined
}

/**
 * The channel a request names (a server's "channel" field): its own name, for an alias too; else a
 * TovError with the "bedoel je" hint, aliases counted ("twitterr" is closest to "twitter").
 */
export function requireChannel(name: unknown): ChannelName {
  if (typeof name !== 'string') throw new TovError('UNKNOWN_CHANNEL', `"channel" moet een kanaalnaam zijn, zoals "x"; kies uit: ${channelNames.join(', ')}.`)
  const known = channelName(name)
  if (known !== undefined) return known
  throw new TovError('UNKNOWN_CHANNEL', `Onbekend kanaal "${shownValue(name)}"${didYouMean(name, [...channelNames, ...Object.keys(aliases)])}. Kies uit: ${channelNames.join(', ')}.`)
}

export function getChannel(name: unknown): ChannelSpec {
  const known = channelName(name)
  if (known === undefined) {
    throw new TovError('UNKNOWN_CHANNEL', `Onbekend kanaal "${shownValue(name)}". Kies uit: ${channelNames.join(', ')}.`)
  }
  return table[known]
}
