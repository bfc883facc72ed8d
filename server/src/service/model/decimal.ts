/**
 * Exact decimal numbers for the tables' sums: counts beyond 2^53 and fees in 万元 with decimals add up
 * without rounding (an integer of units and how many of its digits are decimals).
 */
export class Decimal {
  private constructor(readonly units: bigint, readonly scale: number) {}

  static readonly ZERO = new Decimal(0n, 0);

  /** `12`, `-3`, `1,208`, `356.80` (ASCII digits; the caller maps full-width ones); undefined for anything else. */
  static parse(text: string): Decimal | undefined {
    // Most cells are small counts (`0`, `12`): one shared object each.
    const known = SMALL.get(text);
    if (known) return known;
    const match = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/.exec(text);
    if (!match) return undefined;
    const fraction = match[3] ?? '';
    const units = BigInt(match[2]!.replace(/,/g, '') + fraction);
    return new Decimal(match[1] === '-' ? -units : units, fraction.length);
  }

  /** A whole number. */
  static of(value: bigint): Decimal {
    return new Decimal(value, 0);
  }

  plus(other: Decimal): Decimal {
    if (other.units === 0n && other.scale <= this.scale) return this;
    const scale = Math.max(this.scale, other.scale);
    return new Decimal(this.scaled(scale) + other.scaled(scale), scale);
  }

  equals(other: Decimal): boolean {
    const scale = Math.max(this.scale, other.scale);
    return this.scaled(scale) === other.scaled(scale);
  }

  get negative(): boolean {
    return this.units < 0n;
  }

  /** The number as it is written, without trailing zeros after the point (`356.8`, `-2`, `90071992547409930`). */
  toString(): string {
    const sign = this.units < 0n ? '-' : '';
    const digits = (this.units < 0n ? -this.units : this.units).toString().padStart(this.scale + 1, '0');
    if (this.scale === 0) return sign + digits;
    const whole = digits.slice(0, digits.length - this.scale);
    const fraction = digits.slice(digits.length - this.scale).replace(/0+$/, '');
    return sign + whole + (fraction ? `.${fraction}` : '');
  }

  private scaled(scale: number): bigint {
    return scale === this.scale ? this.units : this.units * 10n ** BigInt(scale - this.scale);
  }
}

/** The counts up to 999 as cells write them. */
const SMALL = new Map<string, Decimal>();
for (let value = 0; value < 1000; value++) SMALL.set(String(value), Decimal.of(BigInt(value)));

/** The sum of some numbers, or undefined when there are none. */
export function sumOf(values: readonly (Decimal | undefined)[]): Decimal | undefined {
  let total: Decimal | undefined;
  for (const value of values) if (value !== undefined) total = total ? total.plus(value) : value;
  return total;
}
