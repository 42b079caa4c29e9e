// Errors a user can cause (bad input, bad config, unknown names). The CLI prints the one-line message and
// exits 2; anything that is not a TovError is a bug.
import { printable } from './terminal-text.js'

export type TovErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INVALID_UTF8'
  | 'INPUT_TOO_LARGE'
  | 'FILE_NOT_FOUND'
  | 'NO_REPLIES'
  | 'CONFIG_INVALID'
  | 'CONFIG_UNREADABLE'
  | 'UNKNOWN_CHANNEL'
  | 'UNKNOWN_FORMAT'
  | 'UNKNOWN_RULE'
  | 'THREAD_INVALID'
  | 'USAGE'
  | 'DATA_MISSING'
  | 'FILE_EXISTS'
  | 'WRITE_FAILED'
  | 'LIBRARY_INVALID'
  | 'NOT_A_FILE'
  | 'INPUT_TOO_COMPLEX'
  | 'TOO_MANY_ENTRIES'
  | 'WORKER_FAILED'

export class TovError extends Error {
  readonly code: TovErrorCode

  constructor(code: TovErrorCode, message: string) {
    // One line, whatever the input it quotes: line breaks become spaces, other control characters escapes.
    super(printable(message.replace(/\s*[\n\r\u2028\u2029]\s*/gu, ' ')))
    this.name = 'TovError'
    this.code = code
  }
}

export function isTovError(error: unknown): error is TovError {
  // A TovError of another copy of tov's code (the language server's bundle beside the CLI's) is one too.
  return error instanceof TovError || (error instanceof Error && error.name === 'TovError' && typeof (error as { code?: unknown }).code === 'string')
}

/** A value from input as an error message shows it: any type, never throwing, never long. */
export function shownValue(value: unknown): string {
  let text: string
  if (typeof value === 'string') {
    text = value
  } else {
    try {
      text = JSON.stringify(value) ?? typeof value
    } catch {
      text = typeof value
    }
  }
  return text.length > 60 ? `${text.slice(0, 57)}...` : text
}
