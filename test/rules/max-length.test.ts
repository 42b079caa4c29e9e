import { ruleTable } from '../rule-tester.js'

const words = (count: number) => Array.from({ length: count }, () => 'pakket').join(' ')
const url = 'https://www.voorbeeld.nl/klantenservice/retourneren/stappenplan/met/een/heel/lange/link'

ruleTable('max-length', {
  valid: [
    `@eva ${'a'.repeat(280)}`,
    // Leading @mentions do not count on X.
    `@eva @piet_de_vries @klantenservice ${'a'.repeat(280)}`,
    // A long URL counts 23.
    `@eva ${'a'.repeat(200)} ${url}`,
    `@eva ${'😀'.repeat(140)}`,
    { text: 'é'.repeat(2048), channel: 'google-review' },
    { text: 'a'.repeat(2200), channel: 'instagram' },
    { text: 'a'.repeat(9000), channel: 'email' },
    { text: words(140), channel: 'facebook' },
    // A placeholder counts 10 (placeholderLength), not its own 32 characters: 260 + 10 fits.
    `@eva ${'a'.repeat(260)} {{ticket.requester.first_name}}`,
  ],
  invalid: [
    { text: `@eva ${'a'.repeat(281)}`, actual: ['a'] },
    { text: `@eva ${'a'.repeat(290)}`, actual: ['a'.repeat(10)] },
    // An emoji weighs 2 on X: 140 of them are 280, one more is over.
    { text: `@eva ${'😀'.repeat(141)}`, actual: ['😀'] },
    // CJK weighs 2.
    { text: `@eva ${'日'.repeat(141)}`, actual: ['日'] },
    { text: `@eva ${'a'.repeat(260)} ${url}`, actual: [url.slice(0)], column: 267 },
    { text: 'é'.repeat(2049), channel: 'google-review', actual: ['é'] },
    { text: 'a'.repeat(2201), channel: 'instagram', actual: ['a'] },
    { text: 'a'.repeat(1001), channel: 'instagram-dm', actual: ['a'] },
    { text: 'a'.repeat(4097), channel: 'whatsapp', actual: ['a'] },
    // 270 + a placeholder of 10 + " b" is 282: the overflow starts after the placeholder.
    { text: `@eva ${'a'.repeat(269)} {{first_name}} b`, actual: [' b'] },
  ],
})

ruleTable('max-length', {
  name: 'max-length (max: 100)',
  minimum: 1,
  config: { rules: { 'max-length': ['error', { max: 100 }] } },
  valid: [`@eva ${'a'.repeat(100)}`],
  invalid: [{ text: `@eva ${'a'.repeat(101)}`, actual: ['a'] }],
})
