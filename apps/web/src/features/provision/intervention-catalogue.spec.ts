import type { Intervention } from '@sendreg/contracts';
import {
  activeInterventions,
  catalogueHref,
  groupByArea,
  readCatalogueFilters,
} from './intervention-catalogue';

function intervention(name: string, area: Intervention['area'], archived = false): Intervention {
  return {
    id: name,
    name,
    area,
    description: '',
    delivery: 'group',
    usualGroupSize: 4,
    deliveredBy: 'ta',
    usualMinutes: 30,
    usualSessionsPerWeek: 3,
    resourceCostPerSessionPence: 0,
    measure: { name: 'Reading age', unit: 'months', higherIsBetter: true },
    archived,
    runningProvisions: 0,
    version: 1,
  };
}

const catalogue = [
  intervention('Social skills', 'social_emotional_mental_health'),
  intervention('Precision teaching', 'cognition_and_learning'),
  intervention('Old phonics', 'cognition_and_learning', true),
  intervention('Lego therapy', 'communication_and_interaction'),
  intervention('Fine motor', 'sensory_physical', true),
];

describe('the intervention catalogue', () => {
  it('groups by area in the usual order, hiding archived ones', () => {
    const groups = groupByArea(catalogue, { area: undefined, showArchived: false });
    expect(groups.map((group) => [group.area, group.interventions.map((i) => i.name)])).toEqual([
      ['cognition_and_learning', ['Precision teaching']],
      ['communication_and_interaction', ['Lego therapy']],
      ['social_emotional_mental_health', ['Social skills']],
    ]);
  });

  it('shows archived ones when asked, and one area at a time', () => {
    const groups = groupByArea(catalogue, { area: 'cognition_and_learning', showArchived: true });
    expect(groups.map((group) => group.interventions.map((i) => i.name))).toEqual([
      ['Old phonics', 'Precision teaching'],
    ]);
  });

  it('offers only active interventions for a new group', () => {
    expect(activeInterventions(catalogue).map((i) => i.name)).toEqual([
      'Lego therapy',
      'Precision teaching',
      'Social skills',
    ]);
  });

  it('keeps its view in the URL', () => {
    const filters = readCatalogueFilters(new URLSearchParams('area=sensory_physical&archived=true'));
    expect(filters).toEqual({ area: 'sensory_physical', showArchived: true });
    expect(catalogueHref('/i', filters)).toBe('/i?area=sensory_physical&archived=true');
    expect(readCatalogueFilters(new URLSearchParams('area=maths&archived=yes'))).toEqual({
      area: undefined,
      showArchived: false,
    });
    expect(catalogueHref('/i', { area: undefined, showArchived: false })).toBe('/i');
  });
});
