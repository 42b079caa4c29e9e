import { ruleTable } from '../rule-tester.js'

ruleTable('no-personal-data', {
  valid: [
    '@eva Stuur je ons een DM met je adres en telefoonnummer? Dan regel ik het vandaag. ^AB',
    '@eva Bel ons gerust op 088-1234567 of 0800-0123. ^AB',
    '@eva Mail je foto naar klantenservice@voorbeeld.nl. ^AB',
    '@eva Je bestelling 123456789 is verstuurd. ^AB',
    '@eva Je pakket wordt morgen bezorgd op het adres uit je bestelling. ^AB',
    '@eva De actie loopt tot 31-12-2026 en geldt voor 2 stuks. ^AB',
    { text: 'Hoi Eva, je pakket komt naar Dorpsstraat 12, 1234 AB Utrecht. ^AB', channel: 'whatsapp' },
    { text: 'Beste Eva, we bellen je op 06-12345678.\n\nAnna', channel: 'email' },
    '@eva Om 14.30 uur staat de monteur voor de deur. ^AB',
  ],
  invalid: [
    { text: '@eva We bellen je op 06-12345678. ^AB', actual: ['06-12345678'] },
    { text: '@eva We bellen je op +31 6 1234 5678. ^AB', actual: ['+31 6 1234 5678'] },
    { text: '@eva Je pakket gaat naar Dorpsstraat 12. ^AB', actual: ['Dorpsstraat 12'] },
    { text: '@eva We hebben 1234 AB 12 als adres. ^AB', actual: ['1234 AB 12'] },
    { text: '@eva Het bedrag gaat naar NL91 ABNA 0417 1643 00. ^AB', actual: ['NL91 ABNA 0417 1643 00'] },
    { text: '@eva We mailen naar eva.jansen@gmail.com. ^AB', actual: ['eva.jansen@gmail.com'] },
    { text: '@eva Je BSN 111222333 staat verkeerd in ons systeem. ^AB', actual: ['111222333'] },
    { text: 'Bedankt Eva! We sturen de bon naar Kerkweg 4a.', channel: 'google-review', actual: ['Kerkweg 4a'] },
    { text: '@eva Bel je op 0612345678 ^AB', channel: 'instagram', actual: ['0612345678'] },
  ],
})
