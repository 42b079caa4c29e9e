// Types for two CommonJS packages that ship none: the Dutch TeX hyphenation patterns, which readability.ts
// reads, and hypher, whose algorithm readability.ts follows (its test holds the two to the same answers).

declare module 'hyphenation.nl' {
  /** Liang's patterns, by length: each string is the patterns of that many characters, one after another. */
  const dutch: { id: string; leftmin: number; rightmin: number; patterns: Record<string, string> }
  export = dutch
}

declare module 'hypher' {
  class Hypher {
    constructor(language: { leftmin: number; rightmin: number; patterns: Record<string, string> })
    /** The word in the pieces its hyphenation points leave. */
    hyphenate(word: string): string[]
  }
  export = Hypher
}
