import type { ImportProblem } from '@sendreg/contracts';
import {
  groupByLine,
  PROBLEMS_HEADING_ID,
  problemCountText,
  problemPlace,
  problemRowId,
  problemSummary,
  sortProblems,
} from './import-problems';

const problem = (line: number, column: string, message = `m${String(line)}${column}`): ImportProblem => ({
  line,
  column,
  field: 'upn',
  message,
});

describe('import problems', () => {
  it('sorts by line, then by the column’s place in the file, keeping the server’s order otherwise', () => {
    const sorted = sortProblems(
      [
        problem(9, 'Reg'),
        problem(4, 'DOB'),
        problem(9, 'UPN'),
        problem(2, 'X', 'first'),
        problem(2, 'X', 'second'),
      ],
      ['UPN', 'DOB', 'Reg'],
    );
    expect(sorted.map((p) => `${String(p.line)} ${p.column} ${p.message}`)).toEqual([
      '2 X first',
      '2 X second',
      '4 DOB m4DOB',
      '9 UPN m9UPN',
      '9 Reg m9Reg',
    ]);
  });

  it('keeps the server’s order within a line when the columns are not known (a CTF)', () => {
    expect(
      sortProblems([problem(7, 'SENtype'), problem(3, 'UPN'), problem(7, 'DOB')]).map((p) => p.column),
    ).toEqual(['UPN', 'SENtype', 'DOB']);
  });

  it('groups the problems by line', () => {
    const groups = groupByLine([problem(9, 'Reg'), problem(4, 'DOB'), problem(9, 'UPN')]);
    expect(groups.map((group) => [group.line, group.problems.length])).toEqual([
      [4, 1],
      [9, 2],
    ]);
  });

  it('counts problems and rows, saying "at least" when the list stops short', () => {
    const listed = [problem(4, 'DOB'), problem(9, 'UPN'), problem(9, 'Reg')];
    expect(problemCountText(3, listed)).toBe('3 problems in 2 rows');
    expect(problemCountText(1, [problem(4, 'DOB')])).toBe('1 problem in 1 row');
    expect(problemCountText(12_000, listed)).toBe('12,000 problems in at least 2 rows');
  });

  it('says where a problem is, for a cell or a whole row', () => {
    expect(problemPlace(problem(4, 'DOB'))).toBe('Line 4, DOB');
    expect(problemPlace(problem(5, ''))).toBe('Line 5');
  });

  it('links the first problems of the summary to their rows, and the rest to the table', () => {
    const sorted = [
      problem(2, 'UPN', 'bad UPN'),
      problem(4, 'DOB', 'no 31 February'),
      problem(6, 'Year', 'x'),
    ];
    expect(problemSummary(sorted, 3, 2)).toEqual([
      { fieldId: problemRowId(0), message: 'Line 2, UPN: bad UPN' },
      { fieldId: problemRowId(1), message: 'Line 4, DOB: no 31 February' },
      { fieldId: PROBLEMS_HEADING_ID, message: 'See all 3 problems' },
    ]);
    expect(problemSummary(sorted, 3)).toHaveLength(3);
    expect(new Set(problemSummary(sorted, 3).map((item) => item.fieldId)).size).toBe(3);
  });
});
