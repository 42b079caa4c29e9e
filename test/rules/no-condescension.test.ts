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
  ],
  invalid: [
    { text: '@eva Dat had je in de handleiding kunnen lezen. ^AB', actual: ['had je in de handleiding kunnen lezen'] },
    { text: '@eva Dat kon je gewoon op onze website vinden. ^AB', actual: ['kon je gewoon op onze website vinden'] },
    { text: '@eva Zoals al eerder gezegd, is de winkel zondag dicht. ^AB', actual: ['Zoals al eerder gezegd'] },
    { text: '@eva Zoals we in onze vorige tweet al aangaven, is de actie voorbij. ^AB', actual: ['Zoals we in onze vorige tweet al aangaven'] },
    { text: '@eva Zoals duidelijk vermeld in de voorwaarden, is retourneren gratis. ^AB', actual: ['duidelijk vermeld'] },
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
  ],
})
