// Where a character of an extracted reply sits in its source file. A JSON string with "\n" escapes, a YAML
// block scalar, a CSV field with doubled quotes or an HTML macro all decode to text whose offsets differ
// from the file's; findings must point at the file. A map is a list of segments: from `text`, the text
// runs on in step with the source from `source`, until the next segment.

export interface OffsetMap {
  /** The source offset of a text offset (the end of the text maps to the end of the last character). */
  toSource(offset: number): number
}

/** What a decoder reports to: characters taken as they are, and characters decoded from a stretch of source. */
export interface OffsetSink {
  /** Appends `chunk`, which is the source from `sourceStart` character for character. */
  copy(chunk: string, sourceStart: number): void
  /** Appends `chunk`, decoded from the source range [sourceStart, sourceEnd) (an escape, an entity). */
  emit(chunk: string, sourceStart: number, sourceEnd: number): void
}

/** Builds a map while decoding: call `copy` for characters taken as they are, `emit` for decoded ones. */
export class OffsetMapBuilder implements OffsetSink {
  private readonly textStarts: number[] = []
  private readonly sourceStarts: number[] = []
  private textLength = 0
  private lastSourceEnd = 0
  // The text as chunks, joined when asked for: appending a character at a time to a string builds a rope
  // of a million nodes for a 1 MiB entry.
  private chunks: string[] = []

  /** The decoded text so far. */
  get text(): string {
    if (this.chunks.length > 1) this.chunks = [this.chunks.join('')]
    return this.chunks[0] ?? ''
  }

  /** Appends `chunk`, which is the source from `sourceStart` character for character. */
  copy(chunk: string, sourceStart: number): void {
    if (chunk.length === 0) return
    this.segment(sourceStart)
    this.chunks.push(chunk)
    this.textLength += chunk.length
    this.lastSourceEnd = sourceStart + chunk.length
  }

  /** Appends `chunk`, decoded from the source range [sourceStart, sourceEnd) (an escape, an entity). */
  emit(chunk: string, sourceStart: number, sourceEnd: number): void {
    if (chunk.length === 0) return
    // Every character of the decoded chunk points at the start of what it was decoded from.
    for (let index = 0; index < chunk.length; index++) {
      this.textStarts.push(this.textLength + index)
      this.sourceStarts.push(sourceStart)
    }
    this.chunks.push(chunk)
    this.textLength += chunk.length
    this.lastSourceEnd = sourceEnd
    // The next copied character starts a fresh segment.
    this.textStarts.push(this.textLength)
    this.sourceStarts.push(sourceEnd)
  }

  private segment(sourceStart: number): void {
    const lastText = this.textStarts.at(-1)
    const lastSource = this.sourceStarts.at(-1)
    // Extends the current segment when the source runs on without a gap.
    if (lastText !== undefined && lastSource !== undefined && lastSource + (this.textLength - lastText) === sourceStart) return
    if (lastText === this.textLength) {
      this.sourceStarts[this.sourceStarts.length - 1] = sourceStart
      return
    }
    this.textStarts.push(this.textLength)
    this.sourceStarts.push(sourceStart)
  }

  build(): OffsetMap {
    return new SegmentMap(this.textStarts, this.sourceStarts, this.textLength, this.lastSourceEnd)
  }
}

class SegmentMap implements OffsetMap {
  constructor(
    private readonly textStarts: number[],
    private readonly sourceStarts: number[],
    private readonly textLength: number,
    private readonly sourceEnd: number,
  ) {}

  toSource(offset: number): number {
    if (this.textStarts.length === 0) return this.sourceEnd
    if (offset >= this.textLength) return this.sourceEnd
    let low = 0
    let high = this.textStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (this.textStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    return this.sourceStarts[low]! + (offset - this.textStarts[low]!)
  }
}

/** The map of text that is the source itself from `start` on. */
export function shiftedMap(start: number): OffsetMap {
  return { toSource: (offset) => start + offset }
}

/** First `inner` (text -> intermediate), then `outer` (intermediate -> file). */
export function composeMaps(inner: OffsetMap, outer: OffsetMap): OffsetMap {
  return { toSource: (offset) => outer.toSource(inner.toSource(offset)) }
}
