import { createHash } from 'node:crypto';

/**
 * Deterministic randomness and ids: the same scale and the same "today" give the same rows and the same
 * ids on every machine. One generator per school (seeded from the dataset and the school), drawn in a
 * fixed order; ids are the md5 of a stable key, shaped as a version-4 uuid (version and variant bits
 * set) so that validators which check them (class-validator's IsUUID) accept them. sessions.mjs has the
 * same shaping in SQL (uuidSql).
 */

/** md5 of the key, as a version-4 uuid. */
export function uuidOf(key) {
  const hex = createHash('md5').update(key).digest('hex');
  const variant = ((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20)}`;
}

/** The SQL twin of uuidOf, for an md5 hex expression. */
export function uuidSql(md5) {
  return `overlay(overlay(${md5} placing '4' from 13)
            placing substr('89ab', (('x' || substr(${md5}, 17, 1))::bit(4)::int & 3) + 1, 1) from 17)::uuid`;
}

/** A 32-bit seed from a text. */
export function seedOf(text) {
  return createHash('md5').update(text).digest().readUInt32LE(0);
}

/** mulberry32: small, fast, and plenty for synthetic data. */
export class Random {
  constructor(seed) {
    this.state = seed >>> 0;
  }

  next() {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** A whole number from min to max, both included. */
  int(min, max) {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick(items) {
    return items[Math.floor(this.next() * items.length)];
  }

  chance(p) {
    return this.next() < p;
  }

  /** Weighted choice from [value, weight] pairs. */
  weighted(pairs) {
    const total = pairs.reduce((sum, [, w]) => sum + w, 0);
    let roll = this.next() * total;
    for (const [value, w] of pairs) {
      roll -= w;
      if (roll < 0) return value;
    }
    return pairs[pairs.length - 1][0];
  }

  /** Up to n distinct items, in a random order. */
  sample(items, n) {
    const copy = [...items];
    const out = [];
    while (out.length < n && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }
}
