import { NEED_TYPES, type NeedTypeRow } from '@sendreg/contracts';
import { needLabel, needTypeGroups } from './need-types';

const rows: NeedTypeRow[] = NEED_TYPES.map((type) => ({ ...type, discontinuedOn: null }));

describe('need types', () => {
  it('labels a code with its name, or the bare code while loading', () => {
    expect(needLabel('ASD', rows)).toBe('Autistic spectrum disorder (ASD)');
    expect(needLabel('ASD', undefined)).toBe('ASD');
    expect(needLabel('ZZZ', rows)).toBe('ZZZ');
  });

  it('groups the types by broad area, the ones without an area last', () => {
    const groups = needTypeGroups(rows, '2026-01-15');
    expect(groups.map((group) => group.label)).toEqual([
      'Cognition and learning',
      'Communication and interaction',
      'Social, emotional and mental health',
      'Sensory and/or physical',
      'Other',
    ]);
    expect(groups[1].types.map((type) => type.code)).toEqual(['SLCN', 'ASD']);
    expect(groups[4].types.map((type) => type.code)).toEqual(['OTH', 'NSA']);
  });

  it('leaves out discontinued types unless the pupil has one', () => {
    const withOld = [
      ...rows,
      { code: 'OLD', label: 'Old', area: null, supportOnly: false, discontinuedOn: '2020-01-01' },
    ];
    expect(
      needTypeGroups(withOld, '2026-01-15')
        .at(-1)
        ?.types.map((type) => type.code),
    ).not.toContain('OLD');
    expect(
      needTypeGroups(withOld, '2026-01-15', ['OLD'])
        .at(-1)
        ?.types.map((type) => type.code),
    ).toContain('OLD');
    expect(
      needTypeGroups(withOld, '2019-12-31')
        .at(-1)
        ?.types.map((type) => type.code),
    ).toContain('OLD');
  });
});
