// Runs of spaces and tabs measured by walking the string. A pattern like /[ \t]*$/ is tried at every place
// of a long run and costs the square of its length; these cost the run's own length.

const isBlank = (code: number) => code === 0x20 || code === 0x09

/** How many spaces and tabs stand right before `end`. */
export function blanksBefore(text: string, end: number): number {
  let start = end
  while (start > 0 && isBlank(text.charCodeAt(start - 1))) start--
  return end - start
}

/** The text without the spaces and tabs it ends with. */
export function trimBlanksEnd(text: string): string {
  return text.slice(0, text.length - blanksBefore(text, text.length))
}
