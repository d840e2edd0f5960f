import {
  addOutcome,
  blankOutcome,
  moveOutcome,
  newOutcomeId,
  outcomeIsBlank,
  outcomeToForm,
  removeOutcome,
  updateOutcome,
  type OutcomeForm,
} from './plan-outcomes';

const outcome = (id: string): OutcomeForm => ({ ...blankOutcome(id), description: `Outcome ${id}` });
const ids = (list: OutcomeForm[]) => list.map((each) => each.id);

describe('the list of outcomes', () => {
  const list = [outcome('a'), outcome('b'), outcome('c')];

  it('adds at the end and removes by position', () => {
    expect(ids(addOutcome(list, outcome('d')))).toEqual(['a', 'b', 'c', 'd']);
    expect(ids(removeOutcome(list, 1))).toEqual(['a', 'c']);
    expect(ids(removeOutcome(list, 5))).toEqual(['a', 'b', 'c']);
  });

  it('moves one place up or down, and not past either end', () => {
    expect(ids(moveOutcome(list, 2, -1))).toEqual(['a', 'c', 'b']);
    expect(ids(moveOutcome(list, 0, 1))).toEqual(['b', 'a', 'c']);
    expect(ids(moveOutcome(list, 0, -1))).toEqual(['a', 'b', 'c']);
    expect(ids(moveOutcome(list, 2, 1))).toEqual(['a', 'b', 'c']);
    expect(ids(list)).toEqual(['a', 'b', 'c']);
  });

  it('changes one outcome, keeping its id', () => {
    const next = updateOutcome(list, 1, { measure: 'Spelling test' });
    expect(next[1]).toMatchObject({ id: 'b', measure: 'Spelling test', description: 'Outcome b' });
    expect(next[0]).toBe(list[0]);
  });

  it('reads a saved outcome into the form, date in parts', () => {
    expect(
      outcomeToForm({
        id: 'o1',
        description: 'Reads',
        measure: 'Running record',
        byDate: '2027-03-04',
        needCode: null,
        carriedFrom: 'old',
      }),
    ).toEqual({
      id: 'o1',
      description: 'Reads',
      measure: 'Running record',
      byDate: { day: '4', month: '3', year: '2027' },
      needCode: '',
      carriedFrom: 'old',
    });
  });

  it('gives new outcomes distinct UUIDs', () => {
    const first = newOutcomeId();
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(newOutcomeId()).not.toBe(first);
  });

  it('knows a blank outcome', () => {
    expect(outcomeIsBlank(blankOutcome())).toBe(true);
    expect(outcomeIsBlank(outcome('a'))).toBe(false);
  });
});
