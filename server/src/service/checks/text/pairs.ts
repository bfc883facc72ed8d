/**
 * The quotation marks and brackets open at each point of a line, as the scan passes its characters:
 * what each closing mark closed, straight `"` and half-width `(` beside the curly and full-width
 * ones (`“…"` and `(…）` pair with each other). The scan keeps it for all the text checks; each
 * reads what concerns it.
 */

/** What the pairing mark at the scan's position did. */
export const enum Pairing {
  /** It opened a pair, or closed one of its own kind, or did nothing. */
  None,
  /** `)` closed the half-width `(` at `partner`. */
  HalfBrackets,
  /** `)` closed a full-width `（`. */
  FullOpenHalfClose,
  /** `）` closed the half-width `(` at `partner`. */
  HalfOpenFullClose,
  /** `"` closed a curly `“`. */
  CurlyOpenStraightClose,
  /** `”` closed the straight `"` at `partner`. */
  StraightOpenCurlyClose,
  /** A closing mark with nothing open to close. */
  Unpaired,
}

/** The characters the pairs follow. */
export const PAIRING_MARKS = '()"“‘（《〈【〔”’）》〉】〕';

/** The opening partner of each full-width closing mark. */
const OPENER_OF: ReadonlyMap<number, number> = new Map([...'”“’‘）（》《〉〈】【〕〔'.matchAll(/(.)(.)/g)]
  .map(([, close, open]) => [close!.charCodeAt(0), open!.charCodeAt(0)]));

const LEFT_CURLY = 0x201c;
const LEFT_FULL_BRACKET = 0xff08;

export class Pairs {
  /** What the last pairing mark did, and where its partner stands when it has one. */
  event = Pairing.None;
  partner = -1;
  /** The half-width `(` not yet closed. */
  private readonly halfBrackets: number[] = [];
  /** The straight `"` that closed nothing: they pair up among themselves at the line's end. */
  readonly straightQuotes: number[] = [];
  private readonly open = new OpenMarks();

  /** Starts over on a new line. */
  reset(): void {
    if (this.halfBrackets.length > 0) this.halfBrackets.length = 0;
    if (this.straightQuotes.length > 0) this.straightQuotes.length = 0;
    this.open.reset();
    this.event = Pairing.None;
  }

  /** The full-width opening marks never closed, in order. */
  get unclosed(): readonly number[] {
    return this.open.positions;
  }

  /** Takes the pairing mark `code` at `at` (one of `PAIRING_MARKS`). */
  step(at: number, code: number): void {
    this.event = Pairing.None;
    switch (code) {
      case 0x28: this.halfBrackets.push(at); return;
      case 0x29: {
        const open = this.halfBrackets.pop();
        if (open !== undefined) this.closed(Pairing.HalfBrackets, open);
        else if (this.open.top() === LEFT_FULL_BRACKET) {
          this.open.pop();
          this.event = Pairing.FullOpenHalfClose;
        }
        return;
      }
      case 0x22:
        if (this.open.top() === LEFT_CURLY) {
          this.open.pop();
          this.event = Pairing.CurlyOpenStraightClose;
        } else {
          this.straightQuotes.push(at);
        }
        return;
    }
    const opener = OPENER_OF.get(code);
    if (opener === undefined) {
      this.open.push(at, code);
    } else if (this.open.close(opener)) {
      // Closed its own kind.
    } else if (opener === LEFT_FULL_BRACKET && this.halfBrackets.length > 0) {
      this.closed(Pairing.HalfOpenFullClose, this.halfBrackets.pop()!);
    } else if (opener === LEFT_CURLY && this.straightQuotes.length > 0) {
      this.closed(Pairing.StraightOpenCurlyClose, this.straightQuotes.pop()!);
    } else {
      this.event = Pairing.Unpaired;
    }
  }

  private closed(event: Pairing, partner: number): void {
    this.event = event;
    this.partner = partner;
  }
}

/**
 * The full-width opening marks of the line not yet closed, in order, with a tally per mark, so that
 * a closing mark with no partner, or a blank asking whether a quotation is open, costs no walk over them.
 */
class OpenMarks {
  readonly positions: number[] = [];
  private readonly codes: number[] = [];
  /** How many of each opening mark are open, by its slot (see `openerSlot`). */
  private readonly tally = new Int32Array(8);

  reset(): void {
    if (this.positions.length === 0) return;
    this.positions.length = 0;
    this.codes.length = 0;
    this.tally.fill(0);
  }

  push(at: number, code: number): void {
    this.positions.push(at);
    this.codes.push(code);
    this.tally[openerSlot(code)]!++;
  }

  /** The code of the last open mark (0: none). */
  top(): number {
    return this.codes.length === 0 ? 0 : this.codes[this.codes.length - 1]!;
  }

  pop(): void {
    this.positions.pop();
    const code = this.codes.pop();
    if (code !== undefined) this.tally[openerSlot(code)]!--;
  }

  /** Closes the last open mark `code`, and whatever was opened after it; false when none is open. */
  close(code: number): boolean {
    if (this.tally[openerSlot(code)] === 0) return false;
    while (this.top() !== code) this.pop();
    this.pop();
    return true;
  }
}

/** The opening marks that pair up, each with its slot. */
function openerSlot(code: number): number {
  switch (code) {
    case 0x201c: return 0; // “
    case 0x300a: return 1; // 《
    case 0x2018: return 2; // ‘
    case 0xff08: return 3; // （
    case 0x3008: return 4; // 〈
    case 0x3010: return 5; // 【
    case 0x3014: return 6; // 〔
    default: return 7;
  }
}
