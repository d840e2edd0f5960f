import { CENSUS_RULES, type CensusProblem, type CensusRule } from '@sendreg/contracts';

/** Short names of the census rules, for the headings of the groups. */
export const RULE_TITLES: Record<CensusRule, string> = {
  'no-primary-need': 'No primary need',
  'too-many-needs': 'More than two ranked needs',
  'single-need-not-primary': 'The only need is not ranked primary',
  'duplicate-rank': 'Two needs share a rank',
  'nsa-not-k': 'NSA without SEN support',
  'needs-at-n': 'Needs recorded for a pupil not on the register',
  'discontinued-code': 'Discontinued type of need',
  'duplicate-need': 'The same need recorded twice',
};

export interface ProblemGroup {
  rule: CensusRule;
  title: string;
  explanation: string;
  problems: CensusProblem[];
}

/** The problems grouped by rule, in the order the rules are listed, each group's pupils by name. */
export function groupByRule(problems: readonly CensusProblem[]): ProblemGroup[] {
  const rules = Object.keys(CENSUS_RULES) as CensusRule[];
  const known = new Set<string>(rules);
  const extra = [...new Set(problems.map((problem) => problem.rule))].filter((rule) => !known.has(rule));
  return [...rules, ...extra]
    .map((rule) => ({
      rule,
      title: RULE_TITLES[rule] ?? rule,
      explanation: CENSUS_RULES[rule] ?? '',
      problems: problems
        .filter((problem) => problem.rule === rule)
        .sort((a, b) => a.name.localeCompare(b.name, 'en-GB')),
    }))
    .filter((group) => group.problems.length > 0);
}

/** How many different pupils have at least one problem. */
export function pupilsWithProblems(problems: readonly CensusProblem[]): number {
  return new Set(problems.map((problem) => problem.pupilId)).size;
}
