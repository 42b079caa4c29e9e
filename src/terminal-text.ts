// Text from input (file names, entry ids, the words a finding quotes, a config's questions) goes to a
// terminal: control characters in it could move the cursor, clear the screen or retitle the window, and
// bidirectional overrides could make a line read differently from what it says. They are shown escaped.

// C0 and C1 controls, DEL, and the bidi embeddings, overrides and isolates.
const unsafe = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/gu

function escape(character: string): string {
  const code = character.codePointAt(0)!
  return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`
}

/** `text` as one printable line: control and bidi characters escaped (a tab or newline too). */
export function printable(text: string): string {
  return text.replace(unsafe, escape)
}
