import type { SenStatus } from '@sendreg/contracts';
import { SeededRandom } from './random';

/** A pupil's SEND history in the demo: effective-dated statuses and the ranked needs in force. */
export interface DemoSen {
  history: { status: SenStatus; effectiveFrom: string; reason: string }[];
  needs: { code: string; rank: number; description: string; effectiveFrom: string }[];
}

/** Weighted choice: [value, weight] pairs. */
function weighted<T>(rng: SeededRandom, pairs: readonly (readonly [T, number])[]): T {
  const total = pairs.reduce((sum, [, w]) => sum + w, 0);
  let roll = rng.next() * total;
  for (const [value, w] of pairs) {
    roll -= w;
    if (roll < 0) return value;
  }
  return pairs[pairs.length - 1]![0];
}

// Primary needs roughly as in England (January 2025): SLCN leads at SEN support, ASD with EHCPs.
const SUPPORT_NEEDS = [
  ['SLCN', 25],
  ['SEMH', 20],
  ['SPLD', 13],
  ['MLD', 13],
  ['ASD', 11],
  ['OTH', 4],
  ['PD', 3],
  ['HI', 2],
  ['NSA', 4],
  ['VI', 1],
  ['SLD', 1],
] as const;
const EHCP_NEEDS = [
  ['ASD', 33],
  ['SLCN', 21],
  ['SEMH', 15],
  ['SLD', 7],
  ['MLD', 6],
  ['PD', 5],
  ['SPLD', 3],
  ['PMLD', 2],
  ['HI', 2],
  ['VI', 1],
  ['OTH', 3],
  ['MSI', 1],
] as const;
const SECONDARY = ['SEMH', 'SLCN', 'SPLD', 'MLD', 'ASD', 'PD'] as const;

const DESCRIPTIONS: Record<string, string> = {
  SLCN: 'Finds it hard to follow spoken instructions and to find the words to explain',
  SEMH: 'Anxious at transitions; needs a calm space and warning of changes',
  SPLD: 'Dyslexic profile: reads slowly and finds spelling hard',
  MLD: 'Learns best in small steps with lots of repetition',
  ASD: 'Autistic: prefers routine, finds noise and busy rooms hard',
  OTH: 'A medical condition that affects attendance and energy',
  PD: 'Uses a wheelchair; needs step-free access and a reachable desk',
  HI: 'Wears hearing aids; sit near the front and face the class when speaking',
  VI: 'Low vision: needs enlarged print and good light',
  SLD: 'Needs a highly personalised curriculum and support for daily living',
  PMLD: 'Profound needs: communicates through gestures and sounds',
  MSI: 'Combined hearing and vision loss; uses touch cues',
  NSA: 'Needs support in class; not yet assessed by a specialist',
};

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * A deterministic SEND history for one pupil: about 14% at SEN support, 5% with an EHCP and 3% being
 * monitored, with histories going back up to three years (never before they started school).
 */
export function demoSen(rng: SeededRandom, admissionDate: string, today: string): DemoSen | null {
  const roll = rng.next();
  const status: SenStatus | null = roll < 0.05 ? 'E' : roll < 0.19 ? 'K' : roll < 0.22 ? 'monitoring' : null;
  if (!status) return null;
  const start = Math.max(
    Date.parse(admissionDate) + 30 * 86_400_000,
    Date.parse(today) - 3 * 365 * 86_400_000,
  );
  const end = Date.parse(today) - 14 * 86_400_000;
  const span = Math.max(end - start, 86_400_000);
  const first = start + Math.floor(rng.next() * span * 0.5);
  const second = first + Math.floor(rng.next() * (end - first));
  const history: DemoSen['history'] = [
    {
      status: 'monitoring',
      effectiveFrom: isoDay(first),
      reason: 'Class teacher raised a concern; watching progress',
    },
  ];
  if (status === 'K' || status === 'E') {
    history.push({
      status: 'K',
      effectiveFrom: isoDay(second),
      reason: 'Assessed by the SENCO; added to SEN support',
    });
  }
  if (status === 'E') {
    const third = second + Math.floor(rng.next() * (end - second));
    history.push({
      status: 'E',
      effectiveFrom: isoDay(Math.max(third, second + 86_400_000)),
      reason: 'EHCP issued by the local authority',
    });
  }
  if (status === 'monitoring') return { history, needs: [] };
  const since = history[history.length - 1]!.effectiveFrom;
  let primary: string = weighted(rng, status === 'E' ? EHCP_NEEDS : SUPPORT_NEEDS);
  if (status === 'E' && primary === 'NSA') primary = 'ASD';
  const needs: DemoSen['needs'] = [
    { code: primary, rank: 1, description: DESCRIPTIONS[primary] ?? '', effectiveFrom: since },
  ];
  if (primary !== 'NSA' && rng.chance(0.35)) {
    const secondary = rng.pick(SECONDARY.filter((code) => code !== primary));
    needs.push({
      code: secondary,
      rank: 2,
      description: DESCRIPTIONS[secondary] ?? '',
      effectiveFrom: since,
    });
  }
  return { history, needs };
}
