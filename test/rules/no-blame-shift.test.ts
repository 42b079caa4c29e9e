import { ruleTable } from '../rule-tester.js'

ruleTable('no-blame-shift', {
  channel: 'google-review',
  valid: [
    'Jammer dat we je niet naar tevredenheid hebben geholpen. Ik bel je morgen om het goed te maken.',
    'Dit is niet hoe het hoort te gaan. We sturen vandaag een nieuwe.',
    'Sorry dat je zo lang moest wachten op je bestelling.',
    'Jammer dat de monteur niet op tijd was; we hebben de planning aangepast.',
    'Fijn dat je zo tevreden bent over onze service!',
    'Als je tevreden bent, horen we dat graag in een review.',
    'We hebben het formulier verkeerd verwerkt; je aanvraag is nu goedgekeurd.',
    'Jammer dat we je verwachtingen niet waarmaakten. Je krijgt de bezorgkosten terug.',
    'Het IBAN dat in ons systeem stond was onjuist; we hebben het aangepast.',
    // The agent owns the mistake, or the customer's act is a possibility, not a verdict.
    'We hebben bij je bestelling een verkeerd huisnummer ingevoerd, sorry. Het pakket komt morgen alsnog.',
    'Als je een verkeerd adres hebt ingevuld, kun je het tot 22.00 uur wijzigen via Mijn Account.',
    'Hebt ge misschien de foute code ingegeven? Dan stuur ik u een nieuwe.',
    'Vul je nieuwe adres in via Mijn Account, dan passen wij de bezorging aan.',
    // Empathy that names the customer without blaming.
    'Het ligt zeker niet aan jou: de storing zat bij ons en is sinds 14.00 uur verholpen.',
    'Dit is niet uw fout, u krijgt de kosten van de nieuwe batterij terug.',
    'Dat was onze eigen fout; de bon staat nu goed in uw account.',
    'Sorry dat je de verkeerde maat hebt ontvangen. De juiste ligt morgen bij je in de bus.',
    'Sorry voor de vertraging die je hebt ervaren; je abonnement is deze maand gratis.',
    'Vervelend dat je de knop niet kon vinden. Je vindt hem onder Mijn bestellingen.',
    'Uw pakje ligt bij u thuis in de brievenbus, zo meldt de bezorger.',
    'Schade door eigen schuld valt helaas niet onder de garantie, maar een reparatie kan wel: de prijsopgave volgt morgen.',
  ],
  invalid: [
    { text: 'Jammer dat je niet tevreden bent over onze service.', actual: ['Jammer dat je niet tevreden'], suggestion: 'Jammer dat we je niet naar tevredenheid hebben geholpen', messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 28 },
    { text: 'Het spijt ons dat u teleurgesteld bent.', actual: ['Het spijt ons dat u teleurgesteld'], messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 34 },
    { text: 'Sorry als je je gekwetst voelt door onze reactie.', actual: ['Sorry als je je gekwetst voelt'], messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 31 },
    { text: 'Vervelend dat je het zo hebt ervaren.', actual: ['Vervelend dat je het zo hebt ervaren'], messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 37 },
    { text: 'Excuses als u ontevreden bent.', actual: ['Excuses als u ontevreden'], messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 25 },
    { text: 'Wat jammer dat je onze service niet kunt waarderen.', actual: ['Wat jammer dat je onze service niet kunt waarderen'], messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 51 },
    { text: 'Balen dat je het gevoel hebt dat niemand luistert.', actual: ['Balen dat je het gevoel hebt'], messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 29 },
    { text: 'Je hebt het formulier verkeerd ingevuld.', actual: ['Je hebt het formulier verkeerd ingevuld'], messageId: 'mistake', line: 1, column: 1, endLine: 1, endColumn: 40 },
    { text: 'U heeft onze mail niet goed gelezen.', actual: ['U heeft onze mail niet goed gelezen'], messageId: 'mistake', line: 1, column: 1, endLine: 1, endColumn: 36 },
    // Regret about the customer's experience or reading, not our act.
    { text: 'Jammer dat u de levering als rommelig hebt ervaren.', actual: ['Jammer dat u de levering als rommelig hebt ervaren'], suggestion: 'Jammer dat we u niet naar tevredenheid hebben geholpen', messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 51 },
    { text: 'Het spijt ons dat u zich niet serieus genomen voelde.', actual: ['Het spijt ons dat u zich niet serieus genomen voelde'], messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 53 },
    { text: 'Spijtig dat ge ontgoocheld zijt in onze levering.', actual: ['Spijtig dat ge ontgoocheld'], messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 27 },
    { text: 'Excuses als ons antwoord kortaf overkwam.', actual: ['Excuses als ons antwoord kortaf overkwam'], messageId: 'feeling', line: 1, column: 1, endLine: 1, endColumn: 41 },
    // The customer's own act as the cause.
    { text: 'Bij het afrekenen heb je de verkeerde bezorgdag gekozen.', actual: ['heb je de verkeerde bezorgdag gekozen'], messageId: 'mistake', line: 1, column: 19, endLine: 1, endColumn: 56 },
    { text: 'Ge hebt de foute code ingegeven, daardoor werd uw kaart geblokkeerd.', actual: ['Ge hebt de foute code ingegeven'], messageId: 'mistake', line: 1, column: 1, endLine: 1, endColumn: 32 },
    { text: 'Dat komt doordat je de app niet hebt bijgewerkt.', actual: ['doordat je de app niet hebt bijgewerkt'], messageId: 'mistake', line: 1, column: 10, endLine: 1, endColumn: 48 },
    { text: 'Helaas heeft u de retour te laat aangemeld.', actual: ['heeft u de retour te laat aangemeld'], messageId: 'mistake', line: 1, column: 8, endLine: 1, endColumn: 43 },
    { text: 'U bent vergeten de bon mee te sturen.', actual: ['U bent vergeten'], messageId: 'mistake', line: 1, column: 1, endLine: 1, endColumn: 16 },
    { text: 'De vertraging is door jouw eigen fout ontstaan.', actual: ['jouw eigen fout'], messageId: 'mistake', line: 1, column: 23, endLine: 1, endColumn: 38 },
    { text: 'Het ligt waarschijnlijk aan je eigen wifi.', actual: ['Het ligt waarschijnlijk aan je eigen'], messageId: 'mistake', line: 1, column: 1, endLine: 1, endColumn: 37 },
  ],
})
