import type { SchoolMeasures } from '@sendreg/contracts';

/**
 * A snapshot's version in SQL: its computed_at to the microsecond, as text (a JavaScript Date keeps
 * milliseconds only, so two refreshes within one could not be told apart).
 */
export const snapshotVersionSql = (computedAt: string) =>
  `(extract(epoch FROM ${computedAt}) * 1000000)::bigint::text`;

export interface ParsedSnapshot {
  version: string;
  measures: SchoolMeasures;
}

/**
 * Schools' snapshot figures already read and parsed by this process, by school, with their version.
 * A snapshot never changes once written (a refresh writes a new version), so a reader holding the
 * current version need not be sent the figures again: the dashboard reads one small row, the trust
 * summary fifty, rather than half a megabyte of JSON to turn into text and parse on every request. The figures are shared between requests and
 * must never be modified. At most `limit` schools are held, the least recently used leaving first.
 */
export class ParsedSnapshots {
  private readonly entries = new Map<string, ParsedSnapshot>();

  constructor(private readonly limit = 500) {}

  get(schoolId: string): ParsedSnapshot | undefined {
    const entry = this.entries.get(schoolId);
    if (entry) {
      // Most recently used last: a Map keeps insertion order.
      this.entries.delete(schoolId);
      this.entries.set(schoolId, entry);
    }
    return entry;
  }

  set(schoolId: string, version: string, measures: SchoolMeasures): void {
    this.entries.delete(schoolId);
    this.entries.set(schoolId, { version, measures });
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
  }

  get size(): number {
    return this.entries.size;
  }
}
