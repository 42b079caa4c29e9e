import { ruleTable } from '../rule-tester.js'

ruleTable('no-hollow-promise', {
  valid: [
    // Asking the customer to get in touch is no promise.
    '@eva Contacteer gerust onze klantendienst via 078 15 15 15, ze helpen je daar verder. ^AB',
    '@eva Je krijgt uiterlijk dinsdag 12.00 uur bericht van ons over je terugbetaling. ^AB',
    '@eva Ik heb je melding doorgezet naar onze monteur; hij belt je vandaag voor 17.00 uur. ^AB',
    '@eva Ik heb ernaar gekeken: je pakket ligt sinds vanochtend bij het afhaalpunt aan de Dorpsstraat. ^AB',
    '@eva Kijk even in je spamfolder, daar komt de bevestiging soms terecht. ^AB',
    '@eva Je terugbetaling staat klaar en is binnen twee werkdagen op je rekening. ^AB',
    '@eva Zullen we ernaar kijken als je ons je ordernummer stuurt? ^AB',
    '@eva We kijken er niet naar uit dat de storing langer duurt dan nodig. ^AB',
    '@eva Je bestelling is geannuleerd en het bedrag is teruggestort. ^AB',
    '@eva Neem je bon mee naar de winkel, dan ruilen ze de jas direct om. ^AB',
    '@eva Laat je ons weten of het gelukt is? ^AB',
    '@eva We nemen morgen voor 10.00 uur contact met je op over de reparatie. ^AB',
    '@eva De monteur komt donderdag tussen 8.00 en 12.00 uur. We houden je op de hoogte via sms. ^AB',
    '@eva Geef je nieuwe adres door via Mijn Account, dan passen we het direct aan. ^AB',
    '@eva Ik heb je vraag uitgezocht: de actie geldt ook in onze webshop. ^AB',
    'Dank je wel voor je review! We geven je compliment graag aan de monteur door.',
    // A concrete time, not a vague one.
    '@sanne Hoi Sanne, we sturen je uiterlijk donderdag een nieuwe lader. ^MK',
    // Reports of what was done, also with "laten" and "werken".
    '@bram Dag Bram, ik heb uw factuur laten nakijken: het bedrag klopt, de korting staat op pagina 2. ^LV',
    '@noor De storing is verholpen, onze monteurs hebben er de hele nacht aan gewerkt. ^TJ',
    '@lotte Ik heb het nagevraagd bij de winkel: je jas ligt klaar bij de kassa. ^HD',
    // Offers that wait on the customer: nothing to chase yet.
    '@kees Als je ons je postcode stuurt, zoeken we het voor je uit. ^PB',
    '@jolien Stuur ons gerust een foto van de schade, dan bekijken we het samen. ^KV',
    '@petra Kunnen we het voor je uitzoeken? Stuur ons dan je ordernummer. ^VM',
    '@sara We helpen je graag snel verder in een DM. ^AB',
    // "Snel" that is no promise: the customer's wish, a wish for the customer, a thank-you.
    '@ruben Ik begrijp dat ge uw pakket zo snel mogelijk wilt hebben: het ligt vandaag vanaf 14.00 uur klaar in de winkel. ^KV',
    '@lisa We wensen je een snel herstel en veel plezier met je nieuwe fiets! ^DV',
    'Bedankt voor je snelle reactie! Je retour is verwerkt en het bedrag staat morgen op je rekening.',
    // Passing on praise, an instruction, advice, a negation, looking forward.
    '@ahmed Dank je wel voor de mooie woorden, ik geef ze door aan Fatima! ^ES',
    '@ingrid Hoi Ingrid, laat je ketel jaarlijks nakijken door een erkende installateur. ^RB',
    '@tim Wij raden je aan het te laten controleren door een monteur. ^KL',
    '@emma Dat kunnen we helaas niet voor je navragen; de vervoerder geeft die informatie alleen aan jou. ^YB',
    '@mo We kijken uit naar je bezoek aan onze nieuwe winkel! ^FA',
    '@fleur Hierbij laat ik je weten dat je abonnement per 1 mei stopt. ^GH',
    // The brand asks to be informed; the customer is asked to keep the brand informed.
    '@joke Meld een storing altijd via de app, want wij moeten eerst op de hoogte worden gesteld. ^BV',
    '@kim Houd ons gerust op de hoogte van hoe het met je nieuwe wasmachine gaat! ^SD',
    // Honest about what cannot be promised, and a measure taken or named.
    '@lars We kunnen helaas niet garanderen dat het nooit meer gebeurt: bij ijzel rijden de bussen later. ^SD',
    '@anna We hebben ervoor gezorgd dat dit niet meer gebeurt: de chauffeur rijdt voortaan een andere route. ^JP',
    '@sem We gaan de planning van de bezorgers aanpassen om herhaling te voorkomen. ^NL',
    // The customer's effort, the customer's own search, work that is done.
    '@fien Ik zie dat u er alles aan doet om de tuin netjes te houden, dank u! ^RT',
    '@pieter Je kunt zelf kijken naar een oplossing in de handleiding op pagina 4 van je boekje. ^ML',
    '@tom Onze monteurs hebben de hele nacht aan het herstel gewerkt; alles werkt weer. ^AV',
    '@wout We kunnen niet beloven dat dit nooit meer zal voorkomen: bij onweer valt de stroom soms uit. ^SD',
    '@bas Als je ons op de hoogte houdt, helpen we je met je nieuwe modem. ^LV',
    '@bas We zoeken een oplossing en bellen je morgen om 10.00 uur terug. ^LV',
    // A brand's name that is no subject: after a preposition.
    '@jens Bekijk in de app van de NMBS de actuele dienstregeling. ^KV',
    '@sara Kijk even naar de mail van Bol, daar staat je kortingscode in. ^AB',
    // A vague promise tied to a concrete time after all.
    '@eva Onze technici werken aan een oplossing; de monteur komt vrijdag om 10.00 uur bij je langs. ^AB',
  ],
  invalid: [
    // A sentence that ends in a separable verb's particle: "op." is no abbreviation.
    { text: '@eva We nemen contact met je op. ^AB', actual: ['We nemen contact met je op'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 32 },
    { text: '@eva Bedankt voor je melding, we gaan ernaar kijken! ^AB', actual: ['we gaan ernaar kijken'], suggestion: 'je hoort uiterlijk <dag> <tijd> van ons', messageId: 'found', line: 1, column: 31, endLine: 1, endColumn: 52 },
    { text: '@eva Kijken we er even naar voor je. ^AB', actual: ['Kijken we er even naar'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 28 },
    { text: '@eva Ik ga het voor je doorzetten naar de juiste afdeling. ^AB', actual: ['Ik ga het voor je doorzetten'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 34 },
    { text: '@eva Ik zet het door naar onze collega’s. ^AB', actual: ['Ik zet het door'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 21 },
    { text: '@eva Je melding is doorgezet naar de afdeling techniek. ^AB', actual: ['is doorgezet'], messageId: 'found', line: 1, column: 17, endLine: 1, endColumn: 29 },
    { text: '@eva Dank voor je tip, we nemen het mee in onze evaluatie. ^AB', actual: ['we nemen het mee'], messageId: 'found', line: 1, column: 24, endLine: 1, endColumn: 40 },
    { text: '@eva Je hoort nog van ons! ^AB', actual: ['hoort nog van ons'], messageId: 'found', line: 1, column: 9, endLine: 1, endColumn: 26 },
    { text: '@eva We doen er alles aan om dit zo snel mogelijk op te lossen. ^AB', actual: ['We doen er alles'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 22 },
    { text: '@eva We laten het je zo snel mogelijk weten. ^AB', actual: ['We laten het je zo snel mogelijk weten'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 44 },
    { text: '@eva Wij zoeken het voor je uit en komen er zo snel mogelijk op terug. ^AB', actual: ['Wij zoeken het voor je uit', 'komen er zo snel mogelijk op terug'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 32 },
    { text: '@eva Je klacht is in behandeling. ^AB', actual: ['in behandeling'], messageId: 'found', line: 1, column: 19, endLine: 1, endColumn: 33 },
    { text: '@eva Ik houd je op de hoogte. ^AB', actual: ['Ik houd je op de hoogte'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 29 },
    // A vague time is no time, and itself the mark of a hollow promise.
    { text: '@sanne Hoi Sanne, we sturen je zo spoedig mogelijk een nieuwe lader. ^MK', actual: ['we sturen je zo spoedig mogelijk'], messageId: 'found', line: 1, column: 19, endLine: 1, endColumn: 51 },
    { text: '@sara Je ontvangt zsm een mail van ons. ^AB', actual: ['Je ontvangt zsm een mail'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 31 },
    { text: '@tim Binnenkort lossen we dit op. ^KL', actual: ['Binnenkort lossen we'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 26 },
    { text: '@ruben Ge hoort zo snel mogelijk van ons. ^KV', actual: ['hoort zo snel mogelijk van ons'], messageId: 'found', line: 1, column: 11, endLine: 1, endColumn: 41 },
    { text: '@ilse We pakken je klacht op korte termijn op. ^NB', actual: ['We pakken je klacht op korte termijn'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 43 },
    // laten + a checking verb, and checking verbs split or in the infinitive.
    { text: '@bram Dag Bram, ik laat uw factuur nakijken door onze boekhouding. ^LV', actual: ['ik laat uw factuur nakijken'], messageId: 'found', line: 1, column: 17, endLine: 1, endColumn: 44 },
    { text: '@lotte We laten het onderzoeken door de fabrikant. ^HD', actual: ['We laten het onderzoeken'], messageId: 'found', line: 1, column: 8, endLine: 1, endColumn: 32 },
    { text: '@ingrid Hoi Ingrid, ik vraag het even na bij de winkel. ^RB', actual: ['ik vraag het even na'], messageId: 'found', line: 1, column: 21, endLine: 1, endColumn: 41 },
    { text: '@emma Ik ga het voor je navragen bij de afdeling retouren. ^YB', actual: ['Ik ga het voor je navragen'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 33 },
    { text: '@jolien Dag Jolien, we bekijken dat eens en laten u iets weten. ^KV', actual: ['we bekijken'], messageId: 'found', line: 1, column: 21, endLine: 1, endColumn: 32 },
    // Work in progress that promises nothing.
    { text: '@noor Excuses voor de storing! Er wordt volop aan gewerkt. ^TJ', actual: ['wordt volop aan gewerkt'], messageId: 'found', line: 1, column: 35, endLine: 1, endColumn: 58 },
    { text: '@kees Onze monteurs werken hard aan een oplossing. ^PB', actual: ['Onze monteurs werken hard aan een oplossing'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 50 },
    { text: '@lisa We zijn er druk mee bezig, Lisa! ^DV', actual: ['We zijn er druk mee bezig'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 32 },
    { text: '@mo We duiken er meteen in! ^FA', actual: ['We duiken er meteen in'], messageId: 'found', line: 1, column: 5, endLine: 1, endColumn: 27 },
    { text: '@ahmed De afdeling komt er bij je op terug. ^ES', actual: ['De afdeling komt er bij je op terug'], messageId: 'found', line: 1, column: 8, endLine: 1, endColumn: 43 },
    { text: '@petra We houden u op de hoogte van de voortgang. ^VM', actual: ['We houden u op de hoogte'], messageId: 'found', line: 1, column: 8, endLine: 1, endColumn: 32 },
    // Waiting on the agent, not on the customer, is still a promise.
    { text: '@fleur Zodra we meer weten, laten we het je weten. ^GH', actual: ['laten we het je weten'], messageId: 'found', line: 1, column: 29, endLine: 1, endColumn: 50 },
    // The brand's own people and the brand by name as the one who promises.
    { text: '@joke Onze technici werken volop aan het herstel van de storing. ^BV', actual: ['Onze technici werken volop aan het herstel'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 49 },
    { text: '@lars Dag Lars, daarom neemt Telenet zo snel mogelijk contact met u op. ^SD', actual: ['Telenet zo snel mogelijk contact met u op'], messageId: 'found', line: 1, column: 30, endLine: 1, endColumn: 71 },
    { text: '@lien Onze medewerkers gaan uw aanvraag zo snel als mogelijk behandelen. ^KD', actual: ['Onze medewerkers gaan uw aanvraag zo snel als mogelijk'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 61 },
    { text: '@lotte Onze mensen doen er alles aan om het zo rap mogelijk op te lossen. ^AB', actual: ['Onze mensen doen er alles'], messageId: 'found', line: 1, column: 8, endLine: 1, endColumn: 33 },
    { text: 'De NMBS verontschuldigt zich bij alle reizigers en doet er alles aan om herhaling te voorkomen.', actual: ['doet er alles aan'], messageId: 'found', line: 1, column: 52, endLine: 1, endColumn: 69 },
    { text: '@noor Onze techniekers werken zo snel als mogelijk aan een oplossing. ^TJ', actual: ['Onze techniekers werken zo snel als mogelijk'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 51 },
    // It will not happen again: a promise with no measure and no time.
    { text: '@anna We gaan ervoor zorgen dat dit niet meer gebeurt. ^JP', actual: ['We gaan ervoor zorgen dat dit niet meer gebeurt'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 54 },
    { text: '@anna Excuses, Anna. Dit zal in de toekomst niet meer voorvallen. ^JP', actual: ['zal in de toekomst niet meer voorvallen'], messageId: 'found', line: 1, column: 26, endLine: 1, endColumn: 65 },
    { text: '@wout Bij een storing doet Proximus er alles aan om uw lijn zo snel mogelijk te herstellen. ^SD', actual: ['doet Proximus er alles aan'], messageId: 'found', line: 1, column: 23, endLine: 1, endColumn: 49 },
    { text: '@sem Onze excuses! Wij zullen proberen herhaling te voorkomen. ^NL', actual: ['Wij zullen proberen herhaling te voorkomen'], messageId: 'found', line: 1, column: 20, endLine: 1, endColumn: 62 },
    // Looking for a way: "nu" and "momenteel" are no time.
    { text: '@fien We bekijken momenteel een passende compensatie voor alle getroffen klanten. ^RT', actual: ['We bekijken momenteel een passende compensatie'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 53 },
    { text: '@pieter Wij zoeken nu naar een oplossing voor uw lege batterij. ^ML', actual: ['Wij zoeken nu naar een oplossing'], messageId: 'found', line: 1, column: 9, endLine: 1, endColumn: 41 },
    // Flemish, and the customer kept informed.
    { text: '@jens Ge wordt op de hoogte gehouden van de herstelling. ^KV', actual: ['Ge wordt op de hoogte gehouden'], messageId: 'found', line: 1, column: 7, endLine: 1, endColumn: 37 },
    // A time past ("sinds maandag") is no time to hold the agent to.
    { text: '@eva Sinds maandag 3 juni weten we van de storing. We werken aan een oplossing. ^AB', actual: ['We werken aan een oplossing'], messageId: 'found', line: 1, column: 52, endLine: 1, endColumn: 79 },
  ],
})

// The finding covers the agent's whole noun phrase, so its span reads as the promise it is.
ruleTable('no-hollow-promise', {
  name: 'no-hollow-promise: noun phrase of the agent',
  minimum: 2,
  valid: [
    '@eva Onze monteurs zijn er vandaag om 14.00 uur bij je. ^AB',
    '@eva De klantenservice belt je morgen voor 12.00 uur. ^AB',
  ],
  invalid: [
    { text: '@eva Onze monteurs zijn ermee bezig. ^AB', actual: ['Onze monteurs zijn ermee bezig'], messageId: 'found', line: 1, column: 6, endLine: 1, endColumn: 36 },
    { text: '@eva Sorry, de monteur kijkt ernaar. ^AB', actual: ['de monteur kijkt ernaar'], messageId: 'found', line: 1, column: 13, endLine: 1, endColumn: 36 },
  ],
})
