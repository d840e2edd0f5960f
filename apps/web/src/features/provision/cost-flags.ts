import type { ProvisionCostsReport, TopUpStatus } from '@sendreg/contracts';

type PupilCost = ProvisionCostsReport['pupils'][number];

const FLAG_ORDER: Record<TopUpStatus, number> = { above: 0, approaching: 1, below: 2 };

/** Pupils approaching or above GBP 6,000: those above first, then by planned cost, highest first. */
export function flaggedPupils(pupils: readonly PupilCost[]): PupilCost[] {
  return pupils
    .filter((row) => row.topUp !== 'below')
    .sort((a, b) => FLAG_ORDER[a.topUp] - FLAG_ORDER[b.topUp] || b.plannedPence - a.plannedPence);
}

/** The warning above the flagged pupils: how many are at or above GBP 6,000, and how many approaching. */
export function flagWarning(flagged: readonly PupilCost[]): string {
  const above = flagged.filter((row) => row.topUp === 'above').length;
  const approaching = flagged.filter((row) => row.topUp === 'approaching').length;
  const pupils = (n: number) => (n === 1 ? '1 pupil is' : `${String(n)} pupils are`);
  if (above && approaching)
    return `${pupils(above)} at or above GBP 6,000 this year, and ${pupils(approaching)} approaching it.`;
  if (above) return `${pupils(above)} at or above GBP 6,000 this year.`;
  return `${pupils(approaching)} approaching GBP 6,000 this year.`;
}
