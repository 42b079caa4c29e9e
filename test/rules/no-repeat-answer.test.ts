import { agent, customer, plain, sorry, thread } from '../conversation.js'
import { ruleTable } from '../rule-tester.js'

const answer = '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur, je krijgt een mail met de track-and-trace. ^AB'

ruleTable('no-repeat-answer', {
  minimum: 6,
  valid: [
    { text: answer, thread: thread(customer('Waar is mijn pakket?')) },
    { text: '@eva Wat vervelend dat hij er nog niet is. Ik heb de vervoerder gebeld: hij komt vandaag voor 18.00 uur. ^KJ', thread: thread(plain, customer('Hij is er niet!')) },
    { text: '@eva Graag gedaan! ^AB', thread: thread(agent('@eva Graag gedaan! ^KJ'), customer('Top, bedankt')) },
    { text: '@eva Je retour is binnen; het geld staat binnen drie werkdagen op je rekening. ^AB', thread: thread(plain, customer('En mijn retour?')) },
    { text: answer },
    { text: '@eva Je pakket komt morgen tussen 13.00 en 17.00 uur, omdat de eerste rit vol zat. ^AB', thread: thread(agent('@eva Je pakket komt vandaag tussen 9.00 en 12.00 uur. ^AB'), customer('Hij is er niet')) },
    // The same words, another time: a new answer.
    { text: '@eva Hoi Eva, vandaag tussen 14.00 en 18.00 uur wordt je pakket bezorgd, het is onderweg. ^KJ', thread: thread(agent('@eva Hoi Eva, je pakket is onderweg en wordt morgen tussen 9.00 en 13.00 uur bezorgd. ^AB'), customer('Nog niks')) },
    // Many of the same words, but a different message.
    { text: '@eva Hoi Eva, de monteur is onderweg naar je en belt je als hij er bijna is. ^KJ', thread: thread(agent('@eva Hoi Eva, de monteur belt je als hij onderweg is naar je. ^AB'), customer('Wanneer komt hij?')) },
  ],
  invalid: [
    { text: '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^KJ', thread: thread(plain, customer('Hij is er niet!')), actual: ['Je pakket komt morgen tussen 9.00 en 12.00 uur'], messageId: 'repeated', line: 1, column: 6, endLine: 1, endColumn: 52 },
    { text: '@eva Hoi Eva, je pakket komt morgen tussen 9.00 en 12.00 uur! ^KJ', thread: thread(plain, customer('??')), actual: ['Hoi Eva, je pakket komt morgen tussen 9.00 en 12.00 uur'], messageId: 'repeated', line: 1, column: 6, endLine: 1, endColumn: 61 },
    { text: answer, thread: thread(customer('Waar?'), agent(answer), customer('Dat zei je gisteren ook')), actual: ['Je pakket komt morgen tussen 9.00 en 12.00 uur, je krijgt een mail met de track-and-trace'], messageId: 'repeated', line: 1, column: 6, endLine: 1, endColumn: 95 },
    { text: '@{{handle}} Bedankt voor je bericht. We helpen je graag verder via een DM met je ordernummer. ^{{agent}}', thread: thread(agent('@eva Bedankt voor je bericht. We helpen je graag verder via een DM met je ordernummer. ^AB'), customer('Heb ik al gedaan')), actual: ['Bedankt voor je bericht. We helpen je graag verder via een DM met je ordernummer'], messageId: 'repeated', line: 1, column: 13, endLine: 1, endColumn: 93 },
    { text: '@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB', thread: thread(customer('a'), plain, customer('b'), sorry, customer('c')), actual: ['Je pakket komt morgen tussen 9.00 en 12.00 uur'], messageId: 'repeated', line: 1, column: 6, endLine: 1, endColumn: 52 },
    { text: '@eva Sorry voor het ongemak! Je pakket komt morgen. ^AB', thread: thread(sorry, customer('Nee!')), actual: ['Sorry voor het ongemak! Je pakket komt morgen'], messageId: 'repeated', line: 1, column: 6, endLine: 1, endColumn: 51 },
    // The same answer with its clauses the other way round.
    { text: '@eva Binnen drie werkdagen staat het geld op je rekening, want je retour is binnen. ^KJ', thread: thread(agent('@eva Je retour is binnen, dus het geld staat binnen drie werkdagen op je rekening. ^AB'), customer('Nog steeds niks')), actual: ['Binnen drie werkdagen staat het geld op je rekening, want je retour is binnen'], messageId: 'repeated', line: 1, column: 6, endLine: 1, endColumn: 83 },
  ],
})

