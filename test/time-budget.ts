// Time budgets without absolute timings: hostile input is timed against benign input of the same size,
// in the same run, on the same machine. A quadratic path on 100 KB costs hundreds of times the linear
// baseline; noise and a busy machine cost a few times at most.
import { expect } from 'vitest'

/** Natural Dutch webcare prose, repeated to any length: the linear baseline. */
const benignReply =
  'Hoi Eva, bedankt voor je bericht! Wat vervelend dat je pakket nog niet is aangekomen. ' +
  'Ik heb het voor je nagekeken: het ligt sinds gisteren bij het afhaalpunt in Utrecht. ' +
  'Je kunt het daar tot en met vrijdag ophalen met je legitimatie. Lukt dat niet, laat het ons dan weten. ^AB\n\n'

export function benignText(length: number): string {
  return benignReply.repeat(Math.ceil(length / benignReply.length)).slice(0, length)
}

/** The fastest of a few runs, in milliseconds: the least disturbed by the rest of the machine. */
export async function fastestRun(work: () => unknown, rounds = 2): Promise<number> {
  let best = Number.POSITIVE_INFINITY
  for (let round = 0; round < rounds; round++) {
    const start = performance.now()
    await work()
    best = Math.min(best, performance.now() - start)
  }
  return best
}

/**
 * Expects `work(hostile)` to cost at most `factor` times `work(benign text of the same length)`, plus a
 * small allowance so that a baseline of a millisecond or two does not make the budget meaningless.
 * `work` may throw a TovError (a refusal is an answer too); anything else fails the test.
 */
export async function expectLinear(
  work: (text: string) => unknown,
  hostile: string,
  { factor = 10, benign = benignText(hostile.length), allowanceMs = 50 }: { factor?: number; benign?: string; allowanceMs?: number } = {},
): Promise<void> {
  const settle = async (text: string) => {
    try {
      await work(text)
    } catch (error) {
      if ((error as { name?: string }).name !== 'TovError') throw error
    }
  }
  await settle(benign.slice(0, 200)) // warm up: compile patterns, load data
  const baseline = await fastestRun(() => settle(benign))
  const measured = await fastestRun(() => settle(hostile), 1)
  expect(measured, `hostile input took ${measured.toFixed(0)} ms against ${baseline.toFixed(0)} ms for benign text`).toBeLessThanOrEqual(
    baseline * factor + allowanceMs,
  )
}
