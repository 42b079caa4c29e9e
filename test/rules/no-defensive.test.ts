import { ruleTable } from '../rule-tester.js'

ruleTable('no-defensive', {
  valid: [
    '@eva Dit is niet hoe het hoort te gaan. Je nieuwe pakket komt morgen voor 12.00 uur. ^AB',
    '@eva Dat is onze fout, sorry. Ik heb het bedrag vandaag teruggestort. ^AB',
    '@eva Je hoeft er niets aan te doen, wij regelen de retour. ^AB',
    '@eva De vervoerder bezorgt je pakket morgen tussen 9.00 en 12.00 uur. ^AB',
    '@eva We zijn verantwoordelijk voor een goede bezorging, dus we sturen een nieuwe. ^AB',
    '@eva Volgens onze voorwaarden heb je 30 dagen bedenktijd; je kunt de jas dus gewoon terugsturen. ^AB',
    '@eva Er ligt een pakket voor je klaar bij het afhaalpunt. ^AB',
    '@eva Niemand kan je pakket nu nog tegenhouden: het is onderweg! ^AB',
    '@eva Ik heb alles voor je nagekeken en de storing is verholpen. ^AB',
  ],
  invalid: [
    { text: '@eva Dat is niet onze schuld. ^AB', actual: ['niet onze schuld'] },
    { text: '@eva Daar kunnen wij helaas niets aan doen. ^AB', actual: ['wij helaas niets aan doen'] },
    { text: '@eva Het ligt echt niet aan ons. ^AB', actual: ['ligt echt niet aan ons'] },
    { text: '@eva Dat ligt aan de vervoerder. ^AB', actual: ['ligt aan de vervoerder'] },
    { text: '@eva De vertraging is de schuld van PostNL. ^AB', actual: ['schuld van PostNL'] },
    { text: '@eva Wij zijn niet verantwoordelijk voor schade door verkeerd gebruik. ^AB', actual: ['niet verantwoordelijk'] },
    { text: '@eva Wij hebben niets fout gedaan. ^AB', actual: ['Wij hebben niets fout gedaan'] },
    { text: '@eva Regels zijn regels. ^AB', actual: ['Regels zijn regels'] },
    { text: '@eva Daar gaan wij niet over. ^AB', actual: ['gaan wij niet over'] },
    { text: '@eva Wij hebben ons aan de afspraken gehouden. ^AB', actual: ['Wij hebben ons aan de afspraken gehouden'] },
  ],
})
