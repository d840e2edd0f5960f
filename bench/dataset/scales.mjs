import { PLACES } from './names.mjs';
import { uuidOf } from './random.mjs';

/**
 * The datasets' shapes. trust-50 is the one PRODUCT.md's benchmark targets are measured on: 50 schools,
 * 60,000 pupils (the largest, school-01, a secondary of exactly 3,600), 150 interventions and 3,000
 * provisions across the trust, each school's share in proportion to its size. tiny is the same shape
 * at three schools, for a smoke test.
 */

/** The sign-in password of every generated account, unless BENCH_PASSWORD says otherwise. */
export const DEFAULT_PASSWORD = 'Bench-Password-1';

const SCALES = {
  'trust-50': {
    totalPupils: 60_000,
    interventions: 150,
    provisions: 3_000,
    /** Groups of six that school-01's ta@ delivers all year (the load runner logs their sessions). */
    taGroups: 80,
    schools() {
      const sizes = [{ phase: 'secondary', pupils: 3_600, fixed: true }];
      for (let i = 2; i <= 25; i++) sizes.push({ phase: 'secondary', pupils: 1_000 + ((i * 7) % 13) * 100 });
      for (let i = 26; i <= 50; i++) {
        sizes.push({ phase: 'primary', pupils: [420, 630, 840][(i * 5) % 3] + (((i * 11) % 7) - 3) * 5 });
      }
      return fitTotal(sizes, this.totalPupils);
    },
  },
  tiny: {
    totalPupils: 660,
    interventions: 9,
    provisions: 33,
    taGroups: 6,
    schools() {
      return [
        { phase: 'secondary', pupils: 300 },
        { phase: 'primary', pupils: 210 },
        { phase: 'primary', pupils: 150 },
      ];
    },
  },
};

export const SCALE_NAMES = Object.keys(SCALES);

/** The stable key of a school, from which its id and every id of its rows derive. */
export const schoolKey = (scale, code) => `bench/${scale}/${code}`;
export const schoolIdOf = (scale, code) => uuidOf(schoolKey(scale, code));

/** Spreads the difference from the total over the schools not fixed (the largest keeps its size). */
function fitTotal(sizes, total) {
  const free = sizes.filter((s) => !s.fixed && s.phase === 'secondary');
  const diff = total - sizes.reduce((sum, s) => sum + s.pupils, 0);
  const each = Math.trunc(diff / free.length);
  free.forEach((s) => (s.pupils += each));
  free[0].pupils += diff - each * free.length;
  return sizes;
}

/** Shares of a total in proportion to weights, each at least `min`, summing exactly to the total. */
function apportion(weights, total, min) {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => Math.max(min, (total * w) / sum));
  const shares = exact.map(Math.floor);
  let left = total - shares.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) shares[order[k][1]]++;
  for (let k = order.length - 1; left < 0; k = (k - 1 + order.length) % order.length) {
    if (shares[order[k][1]] > min) {
      shares[order[k][1]]--;
      left++;
    }
  }
  return shares;
}

const SECONDARY_YEARS = [
  ['7', 2],
  ['8', 2],
  ['9', 2],
  ['10', 2],
  ['11', 2],
  ['12', 1],
  ['13', 1],
];
const PRIMARY_YEARS = ['R', '1', '2', '3', '4', '5', '6'].map((y) => [y, 1]);
const FORMS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';

/** The classes of a school: pupils spread over the year groups, forms of up to 30. */
function classesOf(phase, pupils) {
  const years = phase === 'secondary' ? SECONDARY_YEARS : PRIMARY_YEARS;
  const perYear = apportion(
    years.map(([, w]) => w),
    pupils,
    1,
  );
  const classes = [];
  years.forEach(([year], i) => {
    const forms = Math.ceil(perYear[i] / 30);
    const sizes = apportion(new Array(forms).fill(1), perYear[i], 1);
    sizes.forEach((size, f) => classes.push({ name: `${year}${FORMS[f]}`, yearGroup: year, size }));
  });
  return classes;
}

/** The dataset's plan: its trust and every school with its size, classes and shares of the catalogue. */
export function scalePlan(scale) {
  const def = SCALES[scale];
  if (!def) throw new Error(`Unknown scale "${scale}": use one of ${SCALE_NAMES.join(', ')}`);
  const sizes = def.schools();
  const total = sizes.reduce((sum, s) => sum + s.pupils, 0);
  if (total !== def.totalPupils) throw new Error(`Scale ${scale}: ${total} pupils, not ${def.totalPupils}`);
  const interventions = apportion(
    sizes.map((s) => s.pupils),
    def.interventions,
    2,
  );
  const provisions = apportion(
    sizes.map((s) => s.pupils),
    def.provisions,
    3,
  );
  const schools = sizes.map((s, i) => {
    const no = i + 1;
    const code = `school-${String(no).padStart(2, '0')}`;
    const place = PLACES[i % PLACES.length];
    return {
      no,
      code,
      domain: `${code}.bench.example`,
      name: `${place} ${s.phase === 'secondary' ? 'Academy' : 'Primary School'}`,
      phase: s.phase,
      pupils: s.pupils,
      urn: `97${String(no).padStart(4, '0')}`,
      laCode: ['925', '926', '927'][i % 3],
      establishmentNumber: `${s.phase === 'secondary' ? 4 : 2}${String(no).padStart(3, '0')}`,
      classes: classesOf(s.phase, s.pupils),
      interventions: interventions[i],
      provisions: provisions[i],
      taGroups: no === 1 ? def.taGroups : 0,
    };
  });
  if (Math.max(...schools.slice(1).map((s) => s.pupils)) >= schools[0].pupils) {
    throw new Error(`Scale ${scale}: school-01 must be the largest`);
  }
  return {
    scale,
    trustName: `Bench Trust (${scale})`,
    trustLeader: 'trust@bench.example',
    schools,
  };
}
