// The one-minute checklist (seed 004, "de 1-minuut-regel"): every item passed, failed, or left to the agent.
import type { ChecklistItem, ChecklistItemInput, ChecklistVerdict, Finding, HumanVoice, VoiceGroup } from '../types.js'

export type { ChecklistItem }

export const defaultChecklist: readonly ChecklistItem[] = [
  { id: 'persoonlijk', question: 'Spreek je de klant persoonlijk aan en sluit je af met je naam of initialen?' },
  { id: 'feiten', question: 'Heb je je beperkt tot de feiten, zonder loze beloftes of eigen mening?' },
  { id: 'toon', question: 'Is je toon respectvol: geen betweterigheid, verdediging, robottaal of stapel excuses?' },
  { id: 'vorm', question: 'Past je reactie in het kanaal en is ze foutloos gespeld?' },
  { id: 'privacy', question: 'Deel je geen persoonsgegevens in het openbaar?' },
  { id: 'deskundige', question: 'Heb je de reactie voorgelegd aan de inhoudelijk deskundige?', manual: true },
  { id: 'tevreden', question: 'Zou jij als klant zelf tevreden zijn met deze reactie?', manual: true },
]

/**
 * An item fails when one of its findings is there, passes when at least one of its rules ran and found
 * nothing, and is left to the agent when no rule of it ran (or it is a manual item).
 */
export function checklistVerdicts(
  items: readonly ChecklistItem[],
  findings: readonly Finding[],
  itemsWithActiveRules: ReadonlySet<string>,
): ChecklistVerdict[] {
  const failed = new Set(findings.map((finding) => finding.checklist))
  return items.map((item) => ({
    id: item.id,
    question: item.question,
    status: failed.has(item.id) ? 'fail' : item.manual || !itemsWithActiveRules.has(item.id) ? 'manual' : 'pass',
  }))
}

/** The default items with a brand's own added before the manual ones (which end the minute). */
export function buildChecklist(extra: readonly ChecklistItemInput[] = []): ChecklistItem[] {
  const automatic = defaultChecklist.filter((item) => !item.manual)
  const manual = defaultChecklist.filter((item) => item.manual)
  return [...automatic, ...extra.map(({ id, question }) => ({ id, question })), ...manual]
}

/** "Maak je reactie ...": each group as the comparative a remark asks for. */
const moreOf: Record<VoiceGroup, string> = { personalisation: 'persoonlijker', informal: 'informeler', invitational: 'uitnodigender' }

/**
 * The verdicts with the human voice said under `persoonlijk` when it is below the brand's target: a
 * remark, not a failure (how much warmth a reply needs depends on the question it answers).
 */
export function withVoiceDetail(verdicts: ChecklistVerdict[], voice: HumanVoice): ChecklistVerdict[] {
  if (voice.below.length === 0) return verdicts
  const percent = (score: number) => `${Math.round(score * 100)}%`
  const detail = `Menselijke toon ${percent(voice.scores.overall)} (doel ${percent(voice.target.overall)}): maak je reactie ${voice.below.map((group) => moreOf[group]).join(' en ')}.`
  return verdicts.map((verdict) => (verdict.id === 'persoonlijk' ? { ...verdict, detail } : verdict))
}
