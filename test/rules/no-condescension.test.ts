import { ruleTable } from '../rule-tester.js'

ruleTable('no-condescension', {
  valid: [
    '@eva Hier vind je een stappenplan: voorbeeld.nl/hulp ^AB',
    '@eva In de handleiding staat op pagina 12 hoe je de filter vervangt. ^AB',
    '@eva Op onze website kun je alle openingstijden vinden. ^AB',
    '@eva Zoals je al aangaf, is de levering twee keer misgegaan. Dat had niet mogen gebeuren. ^AB',
    '@eva Zoals beloofd: je nieuwe pas is vandaag verstuurd. ^AB',
    '@eva Vervelend dat je de retourknop niet kon vinden. Je vindt hem onder Mijn bestellingen. ^AB',
    '@eva We hadden dit duidelijker moeten vermelden op de website, sorry. ^AB',
    '@eva Ik had je eerder moeten laten weten dat de levering vertraagd is. ^AB',
    '@eva Andere klanten met dezelfde storing hebben ook last van de vertraging; we werken aan een oplossing. ^AB',
    '@eva Lees hier meer over onze garantie: voorbeeld.nl/garantie ^AB',
    '@eva Je kunt het formulier nog eens proberen, de storing is verholpen. ^AB',
    '@eva Kon je de bevestigingsmail niet vinden? Dan sturen we hem opnieuw. ^AB',
    // Pointing to information helpfully, or forward in the same reply.
    '@eva Op onze website zie je per winkel de openingstijden: voorbeeld.nl/winkels ^AB',
    '@eva Zoals hieronder beschreven kun je de bestelling in drie stappen annuleren. ^AB',
    '@eva Zoals u in de bijlage kunt zien, is het volledige bedrag teruggestort. ^AB',
    // Questions that genuinely ask.
    '@joris Dag Joris, hebt ge de bevestigingsmail met uw tickets ontvangen? ^LV',
    '@eva Heeft u al geprobeerd de router opnieuw op te starten? ^AB',
    '@eva Had je al kunnen inloggen met de nieuwe code? ^AB',
    // Our failure, not the customer\'s: "je had ... moeten" about what we owed.
    '@eva Je had de terugbetaling vorige week al moeten ontvangen; sorry, ik heb het nu geregeld. ^AB',
    '@eva De monteur had je moeten bellen voordat hij langskwam. Dat zoek ik uit. ^AB',
    '@eva U had beter verdiend; we storten de verzendkosten terug. ^AB',
    // Others who share the problem; the customer is not the only one.
    '@eva Ook andere reizigers hebben last van de vertraging op dit traject; de trein van 17.25 uur rijdt wel. ^AB',
    '@eva Je bent zeker niet de enige die dit meldt; de storing is om 16.00 uur verholpen. ^AB',
    // "Even", "gewoon", "lezen", "nogmaals" used kindly.
    '@eva Je kunt de jas gewoon even in de winkel omruilen, dat mag tot 30 dagen na aankoop. ^AB',
    '@eva Stuur ons gerust even een DM met je ordernummer, dan kijk ik mee. ^AB',
    '@eva Leuk om te lezen dat de nieuwe fiets bevalt! ^AB',
    '@eva Als ik het goed lees, gaat het om de bestelling van dinsdag. ^AB',
    '@eva Je leest het goed: de actie loopt nog tot en met zondag. ^AB',
    '@eva Nogmaals bedankt voor je geduld, en veel plezier met je nieuwe laptop! ^AB',
    '@eva We sturen de factuur vandaag nogmaals naar je mailadres. ^AB',
    '@eva Het instellen is gelukkig niet ingewikkeld: ik loop de stappen met je door. ^AB',
    '@eva Zoals afgesproken belt de monteur je morgen om 9.00 uur. ^AB',
    '@eva Ik heb het al bij de vervoerder aangegeven; je hoort morgen voor 12.00 uur van ons. ^AB',
  ],
  invalid: [
    { text: '@eva Dat had je in de handleiding kunnen lezen. ^AB', actual: ['had je in de handleiding kunnen lezen'] },
    { text: '@eva Dat kon je gewoon op onze website vinden. ^AB', actual: ['kon je gewoon op onze website vinden'] },
    { text: '@eva Zoals al eerder gezegd, is de winkel zondag dicht. ^AB', actual: ['Zoals al eerder gezegd'] },
    { text: '@eva Zoals we in onze vorige tweet al aangaven, is de actie voorbij. ^AB', actual: ['Zoals we in onze vorige tweet al aangaven'] },
    { text: '@eva Zoals duidelijk vermeld in de voorwaarden, is retourneren gratis. ^AB', actual: ['Zoals duidelijk vermeld in de voorwaarden'] },
    { text: '@eva Andere klanten lukt het wel om in te loggen. ^AB', actual: ['Andere klanten lukt het wel'] },
    { text: '@eva De meeste klanten hebben er geen moeite mee. ^AB', actual: ['De meeste klanten hebben er geen moeite'] },
    { text: '@eva Lees de voorwaarden nog eens goed door. ^AB', actual: ['Lees de voorwaarden nog eens'] },
    { text: '@eva Je had de bon moeten bewaren. ^AB', actual: ['Je had de bon moeten'] },
    { text: '@eva Als je goed had gelezen, wist je dat de actie voorbij is. ^AB', actual: ['je goed had gelezen'] },
    { text: '@eva Dat spreekt voor zich. ^AB', actual: ['spreekt voor zich'] },
    {
      text: '@eva Zoals al eerder gezegd kon je de status op de website vinden. ^AB',
      actual: ['Zoals al eerder gezegd', 'kon je de status op de website vinden'],
    },
    // Pointing at what the customer should have read, or was already told.
    { text: '@eva Zoals in onze algemene voorwaarden staat, vervalt de garantie na twee jaar. ^AB', actual: ['Zoals in onze algemene voorwaarden staat'] },
    { text: '@eva Zoals reeds vermeld, is de winkel op maandag gesloten. ^AB', actual: ['Zoals reeds vermeld'] },
    { text: '@eva Zoals ik je gisteren al mailde, komt de monteur op dinsdag. ^AB', actual: ['Zoals ik je gisteren al mailde'] },
    { text: '@eva Dat hebben we je vorige week toch al uitgelegd. ^AB', actual: ['we je vorige week toch al uitgelegd'] },
    { text: '@eva Lees uw contract nog eens aandachtig door. ^AB', actual: ['Lees uw contract nog eens'] },
    { text: '@eva Nogmaals: zonder bon kunnen we niet ruilen. ^AB', actual: ['Nogmaals'] },
    // What the customer should have done.
    { text: '@eva Ge had uw ticket eerst moeten valideren. ^LV', actual: ['Ge had uw ticket eerst moeten'] },
    { text: '@eva U had ook gewoon even kunnen bellen. ^AB', actual: ['U had ook gewoon even kunnen'] },
    { text: '@eva Dan had je beter eerst de maattabel bekeken. ^AB', actual: ['had je beter'] },
    // Comparison with other customers.
    { text: '@eva Bij al onze andere klanten werkt de app gewoon. ^AB', actual: ['al onze andere klanten werkt de app gewoon'] },
    { text: '@eva Gij zijt de enige die hierover klaagt. ^LV', actual: ['Gij zijt de enige'] },
    // Lecturing questions, belittling "gewoon even" and "hoor".
    { text: '@eva Heeft u onze veelgestelde vragen al eens bekeken? ^AB', actual: ['u onze veelgestelde vragen al eens bekeken'] },
    { text: '@eva Hebt ge wel goed gekeken? ^LV', actual: ['ge wel goed gekeken'] },
    { text: '@eva Kijk eerst zelf even goed in de app voordat je ons belt. ^AB', actual: ['Kijk eerst zelf'] },
    { text: '@eva Klik gewoon even op Wachtwoord vergeten. ^AB', actual: ['gewoon even'] },
    { text: '@eva Dan moet je gewoon opnieuw inloggen. ^AB', actual: ['moet je gewoon'] },
    { text: '@eva Je moet wel eerst je account activeren hoor. ^AB', actual: ['Je moet wel eerst je account activeren hoor'] },
    { text: '@eva Zo moeilijk is het toch niet. ^AB', actual: ['Zo moeilijk is het toch niet'] },
  ],
})
