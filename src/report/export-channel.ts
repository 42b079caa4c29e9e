// The tov channel of a help desk's channel value: tov's own names and aliases ("x", "twitter", "email"),
// Zendesk's "Via" ("Web Form", "Email", "Twitter", "Facebook Private Message", "WhatsApp", "Instagram
// Direct") and via.channel ("web", "email", "twitter", "facebook", "native_messaging"), and Freshdesk's
// "Source", in words ("Email", "Portal", "Feedback Widget") or as the API's number (1 e-mail, 2 portal,
// 5 Twitter, 6 Facebook, 9 feedback widget, 10 outbound e-mail). What names no channel tov knows (phone,
// chat) is undefined: the report takes the config's channel for it and says how often it did.
import { channelName } from '../channels/channels.js'
import type { ChannelName } from '../types.js'

/** Freshdesk's source numbers (API v2) that name a channel tov checks. */
const freshdeskSources: Readonly<Record<string, ChannelName>> = { '1': 'email', '2': 'email', '5': 'x', '6': 'facebook', '9': 'email', '10': 'email' }

/** The channel a help desk's value names, or undefined. */
export function exportChannel(value: string): ChannelName | undefined {
  const trimmed = value.trim()
  if (trimmed === '') return undefined
  if (/^\d+$/.test(trimmed)) return freshdeskSources[String(Number(trimmed))]
  const own = channelName(trimmed)
  if (own !== undefined) return own
  const words = ` ${trimmed.toLowerCase().normalize('NFD').replace(/\p{M}+/gu, '').replace(/[^a-z0-9]+/g, ' ')} `
  const privately = /\b(?:dm|dms|direct|private|prive|message|messages|bericht|berichten|chat)\b/.test(words)
  if (/\bwhats ?app\b/.test(words)) return 'whatsapp'
  if (/\b(?:instagram|insta|ig)\b/.test(words)) return privately ? 'instagram-dm' : 'instagram'
  if (/\bmessenger\b/.test(words)) return 'facebook-messenger'
  if (/\b(?:facebook|fb)\b/.test(words)) return privately ? 'facebook-messenger' : 'facebook'
  if (/\b(?:twitter|tweet|tweets|x corp)\b/.test(words) || words === ' x ') return 'x'
  if (/\bgoogle\b|\breviews?\b|\bmy business\b|\bbusiness profile\b/.test(words)) return 'google-review'
  if (/\b(?:e ?mail|mail|web|web ?form|webform|portal|widget|form|formulier|contactformulier)\b/.test(words)) return 'email'
  return undefined
}
