import { SEN_SUPPORT_PLAN, type PlanFormat } from '@sendreg/contracts';
import {
  allOutcomes,
  classStaffSections,
  listOf,
  needLabel,
  needOptionGroups,
  outcomesOf,
  planFormat,
  provisionOf,
  sectionIsEmpty,
  sectionsInReadingOrder,
  strategiesOf,
  textOf,
} from './plan-content';

const section = (key: string) => SEN_SUPPORT_PLAN.sections.find((each) => each.key === key)!;

describe('reading a plan by its format', () => {
  it('finds the format, and reads an unknown one as the default', () => {
    expect(planFormat('sen-support-plan')).toBe(SEN_SUPPORT_PLAN);
    expect(planFormat('a-format-from-the-future')).toBe(SEN_SUPPORT_PLAN);
    expect(planFormat(null)).toBe(SEN_SUPPORT_PLAN);
  });

  it('reads each kind of section, and anything of another shape as empty', () => {
    const content = {
      outcomes: [
        {
          id: 'o1',
          description: 'Reads',
          measure: 'Running record',
          byDate: '2027-03-01',
          needCode: 'SPLD',
          carriedFrom: null,
        },
        'not an outcome',
      ],
      strategies: ['  Sit near the front ', '', 'Check understanding'],
      pupilViews: 'I like maths',
      provision: { provisionIds: ['p1', 3], notes: 'Reading buddy' },
    } as never;
    expect(outcomesOf(content, 'outcomes')).toEqual([
      {
        id: 'o1',
        description: 'Reads',
        measure: 'Running record',
        byDate: '2027-03-01',
        needCode: 'SPLD',
        carriedFrom: null,
      },
    ]);
    expect(listOf(content, 'strategies')).toEqual(['Sit near the front', 'Check understanding']);
    expect(textOf(content, 'pupilViews')).toBe('I like maths');
    expect(provisionOf(content, 'provision')).toEqual({ provisionIds: ['p1'], notes: 'Reading buddy' });
    expect(outcomesOf(content, 'pupilViews')).toEqual([]);
    expect(provisionOf(content, 'strategies')).toEqual({ provisionIds: [], notes: '' });
    expect(textOf(undefined, 'pupilViews')).toBe('');
  });

  it('knows when a section is empty', () => {
    expect(sectionIsEmpty(section('outcomes'), {})).toBe(true);
    expect(sectionIsEmpty(section('strategies'), { strategies: [' '] })).toBe(true);
    expect(sectionIsEmpty(section('provision'), { provision: { provisionIds: [], notes: ' ' } })).toBe(true);
    expect(sectionIsEmpty(section('provision'), { provision: { provisionIds: ['p1'], notes: '' } })).toBe(
      false,
    );
    expect(sectionIsEmpty(section('pupilViews'), { pupilViews: 'Happy' })).toBe(false);
  });

  it('puts the class staff sections first for teachers, from the format data', () => {
    expect(classStaffSections(SEN_SUPPORT_PLAN).map((each) => each.key)).toEqual(['strategies']);
    expect(sectionsInReadingOrder(SEN_SUPPORT_PLAN, true).map((each) => each.key)).toEqual([
      'strategies',
      'outcomes',
      'provision',
      'pupilViews',
      'parentViews',
    ]);
    expect(sectionsInReadingOrder(SEN_SUPPORT_PLAN, false)[0]?.key).toBe('outcomes');
  });

  it('collects strategies and outcomes across the sections of any format', () => {
    const format: PlanFormat = {
      id: 'isp',
      label: 'Individual Support Plan',
      sections: [
        {
          key: 'inClass',
          label: 'In class',
          kind: 'list',
          hint: '',
          max: 5,
          forClassStaff: true,
          requiredToActivate: false,
        },
        {
          key: 'atPlay',
          label: 'At play',
          kind: 'list',
          hint: '',
          max: 5,
          forClassStaff: true,
          requiredToActivate: false,
        },
        {
          key: 'goals',
          label: 'Goals',
          kind: 'outcomes',
          hint: '',
          max: 5,
          forClassStaff: false,
          requiredToActivate: true,
        },
        {
          key: 'notes',
          label: 'Notes',
          kind: 'list',
          hint: '',
          max: 5,
          forClassStaff: false,
          requiredToActivate: false,
        },
      ],
    };
    const content = {
      inClass: ['Visual timetable'],
      atPlay: 'Buddy bench at lunch',
      notes: ['Not for class'],
      goals: [
        {
          id: 'g1',
          description: 'Joins a game',
          measure: 'Observed',
          byDate: '2027-07-01',
          needCode: null,
          carriedFrom: null,
        },
      ],
    };
    expect(strategiesOf(format, content)).toEqual(['Visual timetable', 'Buddy bench at lunch']);
    expect(allOutcomes(format, content).map((outcome) => outcome.id)).toEqual(['g1']);
  });

  it('names the need an outcome serves with its broad area', () => {
    expect(needLabel('SLCN')).toBe(
      'Speech, language and communication needs (communication and interaction)',
    );
    expect(needLabel('OTH')).toBe('Other difficulty/disability');
    expect(needLabel(null)).toBe('Not given');
    expect(needLabel('XYZ')).toBe('XYZ');
  });

  it('offers need types grouped by area, without the census-only NSA unless already chosen', () => {
    const groups = needOptionGroups();
    expect(groups.map((group) => group.label)).toEqual([
      'Cognition and learning',
      'Communication and interaction',
      'Social, emotional and mental health',
      'Sensory and/or physical',
      'Other',
    ]);
    const codes = groups.flatMap((group) => group.options.map((option) => option.code));
    expect(codes).toContain('SPLD');
    expect(codes).not.toContain('NSA');
    expect(needOptionGroups('NSA').flatMap((group) => group.options.map((option) => option.code))).toContain(
      'NSA',
    );
  });
});
