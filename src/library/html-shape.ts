// A one-pass estimate of an HTML macro's nesting and size, before the HTML parser builds a tree: the
// parse (hast-util-from-parse5) recurses per level and overflows the stack at a few thousand levels,
// which 20,000 unclosed <div>s reach in 100 KB, and every element costs it a few hundred bytes.
//
// The estimate keeps a stack of open elements and errs on the deep side: an end tag closes only an
// element it matches, across elements whose end tag HTML may leave out (p, li, td ...); a misnested or
// unknown end tag closes nothing, where the parser may close more. So the parser's real depth stays at
// or below the estimate, except for the tbody and tr a table gets, which are counted as well.

/**
 * Nesting a macro may have: real macros nest a dozen levels, e-mail templates built of tables some
 * thirty; the parser overflows beyond a thousand.
 */
export const maxHtmlDepth = 256

/** Elements one macro may have: a long macro has a few hundred. Bounds the parse to a few MiB per macro. */
export const maxHtmlElements = 10_000

/** Elements all macros of a file may have together: bounds the time of a whole export to a few seconds. */
export const maxHtmlElementsPerFile = 1_000_000

const voidElements = new Set([
  'area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr',
])

/** Elements whose content is text to the parser, not tags (outside svg and math). */
const rawTextElements = new Set(['iframe', 'noembed', 'noframes', 'script', 'style', 'textarea', 'title', 'xmp'])

/** Elements whose end tag may be left out: a later end tag of an ancestor closes them too. */
const optionalEnd = new Set(['caption', 'colgroup', 'dd', 'dt', 'li', 'optgroup', 'option', 'p', 'rb', 'rp', 'rt', 'rtc', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr'])

const tableSections = new Set(['tbody', 'thead', 'tfoot'])

/** HTML's whitespace: space, tab, line feed, form feed, carriage return. */
function isSpace(char: string): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\f' || char === '\r'
}

/** Where `name` is open with only optional-end elements above it: the index to close back to, or -1. */
function closable(stack: string[], name: string): number {
  for (let index = stack.length - 1; index >= 0; index--) {
    if (stack[index] === name) return index
    if (!optionalEnd.has(stack[index]!)) return -1
  }
  return -1
}

/**
 * Checks an HTML fragment's nesting and element count; calls `fail` (which throws) with the offset in the
 * HTML and a Dutch problem. Returns the number of elements, for a budget over several fragments.
 */
export function assertHtmlShape(html: string, fail: (offset: number, problem: string) => never): number {
  // ASCII only: a full toLowerCase may change the length (İ), and offsets must stay the HTML's.
  const lower = html.replace(/[A-Z]+/g, (letters) => letters.toLowerCase())
  const stack: string[] = []
  let foreign = 0
  let elements = 0
  let index = 0
  const push = (name: string, at: number) => {
    stack.push(name)
    if (stack.length > maxHtmlDepth) fail(at, `de HTML is te diep genest (meer dan ${maxHtmlDepth} niveaus); vereenvoudig de opmaak.`)
  }
  while ((index = lower.indexOf('<', index)) >= 0) {
    const at = index
    const next = lower[index + 1] ?? ''
    if (lower.startsWith('<!--', index)) {
      const end = lower.indexOf('-->', index + 4)
      index = end < 0 ? lower.length : end + 3
      continue
    }
    if (next === '!' || next === '?') {
      const end = lower.indexOf('>', index)
      index = end < 0 ? lower.length : end + 1
      continue
    }
    const closing = next === '/'
    const nameStart = index + (closing ? 2 : 1)
    const first = lower[nameStart] ?? ''
    if (first < 'a' || first > 'z') {
      // "<" in text, or a bogus end tag ("</ 3>"), which the parser treats as a comment.
      index = closing ? Math.max(lower.indexOf('>', index), index + 1) : index + 1
      continue
    }
    let cursor = nameStart
    while (cursor < lower.length && lower[cursor] !== '/' && lower[cursor] !== '>' && !isSpace(lower[cursor]!)) cursor++
    const name = lower.slice(nameStart, cursor)
    // The rest of the tag: attributes, where a quoted value may hold ">".
    let afterEquals = false
    while (cursor < lower.length && lower[cursor] !== '>') {
      const char = lower[cursor]!
      if (afterEquals && (char === '"' || char === "'")) {
        const end = lower.indexOf(char, cursor + 1)
        cursor = end < 0 ? lower.length : end + 1
        afterEquals = false
        continue
      }
      if (char === '=') afterEquals = true
      else if (!isSpace(char)) afterEquals = false
      cursor++
    }
    const selfClosing = lower[cursor - 1] === '/'
    index = cursor + 1
    if (closing) {
      const open = closable(stack, name)
      if (open >= 0) {
        for (const closed of stack.splice(open)) if (closed === 'svg' || closed === 'math') foreign--
      }
      continue
    }
    if (++elements > maxHtmlElements) fail(at, `de HTML heeft meer dan ${maxHtmlElements} elementen; splits de macro.`)
    if (voidElements.has(name) || (foreign > 0 && selfClosing)) continue
    // A new p, li, tr, td ... closes the one still open.
    if (optionalEnd.has(name)) {
      const open = closable(stack, name)
      if (open >= 0) stack.splice(open)
    }
    const top = stack.at(-1)
    if ((name === 'tr' || name === 'td' || name === 'th') && top === 'table') push('tbody', at)
    if ((name === 'td' || name === 'th') && (top === 'table' || tableSections.has(top ?? ''))) push('tr', at)
    push(name, at)
    if (name === 'svg' || name === 'math') foreign++
    if (foreign === 0 && rawTextElements.has(name)) {
      const end = lower.indexOf(`</${name}`, index)
      index = end < 0 ? lower.length : end
    } else if (foreign === 0 && name === 'plaintext') {
      break
    }
  }
  return elements
}
