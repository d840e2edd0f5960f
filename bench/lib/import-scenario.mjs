// "Import 3,600 pupils from CSV": the school admin's termly refresh from the MIS. The runner rebuilds
// the largest school's own roll as an MIS would export it (every pupil, some moved to another class of
// their year group, so the import has real updates to make) and times the whole applied import, a
// few times over; each run moves a different few pupils.

import { inParallel } from './parallel.mjs';

function csvCell(value) {
  const text = String(value ?? '');
  return /[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Every pupil on roll, with what an MIS export carries (the list has no gender: each pupil is read). */
export async function rollOf(api, schoolId) {
  const summaries = [];
  for (let page = 1; ; page++) {
    const result = await api.get(`/api/schools/${schoolId}/pupils?pageSize=200&page=${page}`);
    summaries.push(...result.items);
    if (summaries.length >= result.total || result.items.length === 0) break;
  }
  return inParallel(summaries, 16, (p) => api.get(`/api/schools/${schoolId}/pupils/${p.id}`));
}

const HEADER = [
  'UPN',
  'Legal surname',
  'Legal forename',
  'Preferred forename',
  'DOB',
  'Gender',
  'Year',
  'Reg',
];
const MAPPING = {
  upn: 'UPN',
  legalSurname: 'Legal surname',
  legalForename: 'Legal forename',
  preferredForename: 'Preferred forename',
  dateOfBirth: 'DOB',
  gender: 'Gender',
  yearGroup: 'Year',
  className: 'Reg',
};

/** The roll as CSV, with every `every`-th pupil (from `offset`) moved to another class of their year. */
export function rollCsv(pupils, offset, every = 20) {
  const classesByYear = new Map();
  for (const p of pupils) {
    if (!p.className) continue;
    const set = classesByYear.get(p.yearGroup) ?? new Set();
    set.add(p.className);
    classesByYear.set(p.yearGroup, set);
  }
  const lines = [HEADER.join(',')];
  pupils.forEach((p, i) => {
    let className = p.className ?? '';
    if ((i + offset) % every === 0 && className) {
      const others = [...(classesByYear.get(p.yearGroup) ?? [])].filter((c) => c !== className);
      if (others.length) className = others[(i + offset) % others.length];
    }
    lines.push(
      [
        p.upn,
        p.legalSurname,
        p.legalForename,
        p.preferredForename ?? '',
        p.dateOfBirth,
        p.gender,
        p.yearGroup,
        className,
      ]
        .map(csvCell)
        .join(','),
    );
  });
  return `${lines.join('\r\n')}\r\n`;
}

/** Applies the CSV once; returns the elapsed milliseconds and the import's counts. */
export async function importOnce(api, schoolId, csv) {
  const form = new FormData();
  form.append('file', new Blob([csv], { type: 'text/csv' }), 'roll.csv');
  form.append('mapping', JSON.stringify(MAPPING));
  const started = process.hrtime.bigint();
  const { status, json } = await api.request('POST', `/api/schools/${schoolId}/imports/csv`, form);
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (status !== 201)
    throw new Error(`The import answered ${status}: ${JSON.stringify(json)?.slice(0, 500)}`);
  return {
    ms,
    rowCount: json.rowCount,
    created: json.created,
    updated: json.updated,
    unchanged: json.unchanged,
  };
}
