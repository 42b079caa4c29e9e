import { describe, expect, it } from 'vitest'
import { findSyntaxSpans } from '../src/syntax/syntax-spans.js'

const kinds = (text: string) => findSyntaxSpans(text).map((span) => `${span.kind}:${span.value}`)

describe('syntax spans', () => {
  it.each([
    ['@eva_de_vries2 hoi', ['mention:@eva_de_vries2']],
    ['@mila.jansen. Hoi', ['mention:@mila.jansen']],
    ['mail info@voorbeeld.nl', ['email:info@voorbeeld.nl']],
    ['zie https://www.voorbeeld.nl/hulp.', ['url:https://www.voorbeeld.nl/hulp']],
    ['zie voorbeeld.nl/hulp, of bel', ['url:voorbeeld.nl/hulp']],
    ['(zie www.voorbeeld.nl/a_(b))', ['url:www.voorbeeld.nl/a_(b)']],
    ['#klantenservice #fail2', ['hashtag:#klantenservice', 'hashtag:#fail2']],
    ['Fijne dag! ^AB', ['signoff:^AB']],
    ['Fijne dag! ^ ab', ['signoff:^ ab']],
    ['Hoi {{ticket.requester.first_name}}, {naam} [naam] %naam%', ['placeholder:{{ticket.requester.first_name}}', 'placeholder:{naam}', 'placeholder:[naam]', 'placeholder:%naam%']],
    ['Hoi {%customer.firstName,fallback=daar%}', ['placeholder:{%customer.firstName,fallback=daar%}']],
    ['@{{handle}} hoi ^{{initialen}}', ['mention:@{{handle}}', 'signoff:^{{initialen}}']],
    ['Top 👍🏽 en 👨‍👩‍👧 en 🇳🇱', ['emoji:👍🏽', 'emoji:👨‍👩‍👧', 'emoji:🇳🇱']],
    ['Leuk :) en :-D en <3 en ^^', ['emoticon::)', 'emoticon::-D', 'emoticon:<3', 'emoticon:^^']],
    ['om 18.00 uur of 9:30 of 17u30', ['time:18.00', 'time:9:30', 'time:17u30']],
    ['bestelling 12345 van € 12,50', ['number:12345', 'number:12,50']],
    ['© 2024 Voorbeeld', ['number:2024']],
    // Found by a scanner now; the same spans as the pattern it replaced.
    ['zie voorbeeld.nl-shop.nl en foo_bar.nl', ['url:voorbeeld.nl-shop.nl']],
    ['zie a-.voorbeeld.nl of x..y.nl', ['url:voorbeeld.nl', 'url:y.nl']],
    ['café.nl of www.één.nl', ['url:café.nl', 'url:www.één.nl']],
    ['(zie https://a.nl/x_(y))).', ['url:https://a.nl/x_(y)']],
    // RFC 5321 and 1035: a local part of at most 64 characters, a label of at most 63.
    [`mail ${'a'.repeat(64)}@voorbeeld.nl`, [`email:${'a'.repeat(64)}@voorbeeld.nl`]],
    [`mail ${'a'.repeat(65)}@voorbeeld.nl`, ['url:voorbeeld.nl']],
    [`mail info@${'a'.repeat(64)}.nl`, [`url:${'a'.repeat(64)}.nl`]],
  ])('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected)
  })

  it('keeps ordinary words, including ones with dots in them, as language', () => {
    expect(kinds('Dat is o.a. het geval, bijv. morgen.')).toEqual([])
  })
})
