/** National curriculum year groups, in school order. */
export const YEAR_GROUPS = [
  'N',
  'R',
  '1',
  '2',
  '3',
  '4',
  '5',
  '6',
  '7',
  '8',
  '9',
  '10',
  '11',
  '12',
  '13',
] as const;
export type YearGroup = (typeof YEAR_GROUPS)[number];

export function yearGroupLabel(year: YearGroup): string {
  if (year === 'N') return 'Nursery';
  if (year === 'R') return 'Reception';
  return `Year ${year}`;
}

export const GENDERS = ['F', 'M', 'U'] as const;
export type Gender = (typeof GENDERS)[number];
