// Conversations for the thread-aware rule tables: who says what, and turns that recur.
import type { Thread, ThreadMessage } from '../src/types.js'

export const customer = (text: string): ThreadMessage => ({ from: 'customer', text })
export const agent = (text: string): ThreadMessage => ({ from: 'agent', text })
export const thread = (...messages: ThreadMessage[]): Thread => ({ channel: 'x', customer: '@eva', messages })

export const promised = agent('@eva Ik heb het doorgezet naar de vervoerder; je hoort vrijdag voor 17.00 uur van ons. ^AB')
export const sorry = agent('@eva Sorry voor het ongemak! Je pakket komt morgen. ^AB')
export const plain = agent('@eva Je pakket komt morgen tussen 9.00 en 12.00 uur. ^AB')
