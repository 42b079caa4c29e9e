// A module loaded on first use rather than at start: Node's built-ins like node:crypto or node:v8 pull in
// a dozen more each, which a check of one reply never needs (the CLI starts with 3 of Node's modules).
import { createRequire } from 'node:module'

/** A getter that requires `specifier` the first time it is called and hands out the same module after. */
export function requireLazily<T>(specifier: string): () => T {
  let loaded: T | undefined
  return () => (loaded ??= createRequire(import.meta.url)(specifier) as T)
}
