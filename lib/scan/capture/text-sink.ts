/**
 * Accumulates the walk's text into zone-tagged blocks, each zone group (body, nav, footer, address) under its own
 * character budget. Separators are pending until the next text arrives, so leading and trailing boundaries cost
 * nothing.
 */
import type { TextBlock, Zone } from '../../model';
import { groupOf, isSideZone, Kind, MAX_BLOCK_CHARS, tidy, type ZoneGroup } from './markup';

/**
 * First characters that take no space before them when an inline boundary falls just in front ("<a>here</a>.").
 * Char codes: . , ; : ! ? ) ] } % and the closing guillemet/quotes.
 */
function isClosingPunctuation(code: number): boolean {
  return (
    code === 46 ||
    code === 44 ||
    code === 59 ||
    code === 58 ||
    code === 33 ||
    code === 63 ||
    code === 41 ||
    code === 93 ||
    code === 125 ||
    code === 37 ||
    code === 0xbb ||
    code === 0x201d ||
    code === 0x2019
  );
}

/** Last characters that take no space after them: ( [ { „ “ ‘ « and the slash. */
function isOpeningPunctuation(code: number): boolean {
  return (
    code === 40 ||
    code === 91 ||
    code === 123 ||
    code === 0x201e ||
    code === 0x201c ||
    code === 0x2018 ||
    code === 0xab ||
    code === 47
  );
}

/** Text blocks by zone group under per-group budgets. */
export class TextSink {
  readonly sideBlocks: TextBlock[] = [];
  readonly mainBlocks: TextBlock[] = [];
  /** Characters taken per zone group. */
  readonly used: Record<ZoneGroup, number> = { main: 0, nav: 0, footer: 0, address: 0 };
  truncated = false;
  private zone: Zone | null = null;
  private parts: string[] = [];
  private partChars = 0;
  /** Separator owed before the next text: 0 none, 1 space, 2 line break. */
  pending = 0;
  /** Last character written, so no space follows an opening bracket. */
  private lastCode = 0;
  /** Pieces of text written so far, so the walk can tell whether anything came between two elements. */
  writes = 0;

  constructor(private readonly limits: Record<ZoneGroup, number>) {}

  /** Characters read in all groups. */
  get chars(): number {
    return this.used.main + this.used.nav + this.used.footer + this.used.address;
  }

  isFull(group: ZoneGroup): boolean {
    return this.used[group] >= this.limits[group];
  }

  /** Marks a boundary: the stronger of what is owed and `kind` wins. */
  boundary(kind: number): void {
    if (kind > this.pending) this.pending = kind;
  }

  /** Adds text to `zone`, at most `room` characters (and never past the group's budget). */
  add(text: string, zone: Zone, room = Number.POSITIVE_INFINITY): void {
    const group = groupOf(zone);
    const used = this.used[group];
    const limit = Math.min(this.limits[group], used + room);
    if (used >= limit) {
      this.truncated = true;
      return;
    }
    if (zone !== this.zone || this.partChars > MAX_BLOCK_CHARS) {
      this.flush(zone);
      this.pending = 0;
    }
    if (this.pending !== 0) {
      if (this.pending === Kind.Line) this.parts.push('\n');
      else if (!isClosingPunctuation(text.charCodeAt(0)) && !isOpeningPunctuation(this.lastCode))
        this.parts.push(' ');
      this.pending = 0;
    }
    let piece = text;
    if (used + piece.length > limit) {
      piece = piece.slice(0, limit - used);
      this.truncated = true;
    }
    this.parts.push(piece);
    this.writes++;
    this.lastCode = piece.charCodeAt(piece.length - 1);
    this.partChars += piece.length;
    this.used[group] += piece.length;
  }

  flush(next: Zone | null = null): void {
    if (this.zone && this.parts.length > 0) {
      const text = tidy(this.parts.join(''));
      if (text) (isSideZone(this.zone) ? this.sideBlocks : this.mainBlocks).push({ zone: this.zone, text });
    }
    this.parts = [];
    this.partChars = 0;
    this.zone = next;
    this.pending = 0;
  }
}
