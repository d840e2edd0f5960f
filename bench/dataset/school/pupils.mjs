import { addDays, at, daysBetween, maxDate } from '../calendar.mjs';
import { BOYS, GIRLS, SURNAMES } from '../names.mjs';
import { uuidOf } from '../random.mjs';
import { NEED_DESCRIPTIONS, profileOf } from '../texts.mjs';

/**
 * Pupils, and the SEND register: about 14.5% at SEN support (K) and 4.5% with an EHCP (E), 3% being
 * monitored, each with an effective-dated status history (monitoring, then K, then E) and ranked needs
 * weighted as in England (January 2025: SLCN leads at SEN support, ASD with EHCPs). A few pupils not on
 * the register have a concern raised by their form tutor.
 */

// prettier-ignore
const SUPPORT_NEEDS = [['SLCN', 24], ['SEMH', 20], ['MLD', 14], ['SPLD', 14], ['ASD', 11], ['OTH', 4], ['NSA', 4],
  ['PD', 3], ['HI', 2], ['VI', 1], ['SLD', 1], ['MSI', 0.3], ['PMLD', 0.2]];
// prettier-ignore
const EHCP_NEEDS = [['ASD', 33], ['SLCN', 20], ['SEMH', 15], ['SLD', 7], ['MLD', 6], ['PD', 5], ['SPLD', 3],
  ['OTH', 3], ['PMLD', 2], ['HI', 2], ['VI', 1], ['MSI', 1]];
const SECONDARY_NEEDS = ['SEMH', 'SLCN', 'SPLD', 'MLD', 'ASD', 'PD'];

const AREA_OF = {
  SPLD: 'cognition_and_learning',
  MLD: 'cognition_and_learning',
  SLD: 'cognition_and_learning',
  PMLD: 'cognition_and_learning',
  SEMH: 'social_emotional_mental_health',
  SLCN: 'communication_and_interaction',
  ASD: 'communication_and_interaction',
  HI: 'sensory_physical',
  VI: 'sensory_physical',
  MSI: 'sensory_physical',
  PD: 'sensory_physical',
};

const UPN_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** A UPN from its 12 digits: the check letter (DOMAIN.md: weights 2..13, mod 23) and the digits. */
export function upnOf(body) {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i + 2);
  return `${UPN_LETTERS[sum % 23]}${body}`;
}

const yearOffset = (year) => (year === 'N' ? -1 : year === 'R' ? 0 : Number(year));

function needSet(rng, status) {
  let primary = rng.weighted(status === 'E' ? EHCP_NEEDS : SUPPORT_NEEDS);
  if (status === 'E' && primary === 'NSA') primary = 'ASD';
  const needs = [primary];
  if (primary !== 'NSA' && rng.chance(0.35))
    needs.push(rng.pick(SECONDARY_NEEDS.filter((c) => c !== primary)));
  return needs;
}

/** Status dates: monitoring, then K, then E, within the last three years and after admission. */
function statusDates(rng, admission, today, status) {
  const end = addDays(today, -14);
  let start = maxDate(addDays(admission, 30), addDays(today, -3 * 365));
  if (daysBetween(start, end) < 3) start = addDays(end, -3);
  const span = daysBetween(start, end);
  const monitoring = addDays(start, Math.floor(rng.next() * span * 0.5));
  const k = addDays(monitoring, 1 + Math.floor(rng.next() * (daysBetween(monitoring, end) - 1)));
  const e =
    status === 'E' ? addDays(k, 1 + Math.floor(rng.next() * Math.max(0, daysBetween(k, end) - 1))) : null;
  return { monitoring, k, e };
}

export async function writePupils(ctx, staff) {
  const { school, rng, w, key, today, setupAt, academicYear } = ctx;
  const pupils = [];
  let no = 0;
  let serialYear = null;
  let serial = 0;
  for (const c of staff.classes) {
    const offset = yearOffset(c.yearGroup);
    const entryYear = academicYear - offset + (school.phase === 'secondary' ? 7 : 0);
    if (serialYear !== c.yearGroup) {
      serialYear = c.yearGroup;
      serial = 0;
    }
    for (let i = 0; i < c.size; i++) {
      no++;
      serial++;
      const girl = rng.chance(0.5);
      const bornFrom = Date.UTC(academicYear - 5 - offset, 8, 1);
      const body = `${school.laCode}${school.establishmentNumber}${String(entryYear % 100).padStart(2, '0')}${String(serial).padStart(3, '0')}`;
      const startOfYear = `${entryYear}-09-0${rng.int(1, 8)}`;
      const inYear = rng.chance(0.06) && daysBetween(startOfYear, today) > 60;
      pupils.push({
        no,
        id: uuidOf(key(`pupil/${no}`)),
        upn: upnOf(body),
        forename: rng.pick(girl ? GIRLS : BOYS),
        surname: rng.pick(SURNAMES),
        preferred: rng.chance(0.05) ? rng.pick(girl ? GIRLS : BOYS) : null,
        dateOfBirth: new Date(bornFrom + rng.int(0, 364) * 86_400_000).toISOString().slice(0, 10),
        gender: girl ? 'F' : 'M',
        yearGroup: c.yearGroup,
        classId: c.id,
        pupilPremium: rng.chance(0.24),
        eal: rng.chance(0.2),
        lookedAfter: rng.chance(0.01),
        admission: inYear
          ? addDays(startOfYear, rng.int(20, daysBetween(startOfYear, today) - 40))
          : startOfYear,
      });
    }
  }
  await w.insert(
    'pupils',
    [
      ['id', 'uuid'],
      ['upn', 'text'],
      ['legal_forename', 'text'],
      ['legal_surname', 'text'],
      ['preferred_forename', 'text'],
      ['date_of_birth', 'date'],
      ['gender', 'text'],
      ['year_group', 'text'],
      ['class_id', 'uuid'],
      ['pupil_premium', 'boolean'],
      ['eal', 'boolean'],
      ['looked_after', 'boolean'],
      ['admission_date', 'date'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
    pupils.map((p) => ({
      id: p.id,
      upn: p.upn,
      legal_forename: p.forename,
      legal_surname: p.surname,
      preferred_forename: p.preferred,
      date_of_birth: p.dateOfBirth,
      gender: p.gender,
      year_group: p.yearGroup,
      class_id: p.classId,
      pupil_premium: p.pupilPremium,
      eal: p.eal,
      looked_after: p.lookedAfter,
      admission_date: p.admission,
      created_at: setupAt,
      updated_at: setupAt,
    })),
  );

  // The register, from a generator of its own so that the pupils' details do not shift it.
  const sen = ctx.random('sen');
  const history = [];
  const needs = [];
  const register = [];
  const monitored = [];
  for (const p of pupils) {
    const roll = sen.next();
    const status = roll < 0.045 ? 'E' : roll < 0.19 ? 'K' : roll < 0.22 ? 'monitoring' : null;
    if (!status) continue;
    const dates = statusDates(sen, p.admission, today, status);
    const add = (s, from, reason) =>
      history.push({
        id: uuidOf(key(`sen/${p.no}/${s}`)),
        pupil_id: p.id,
        status: s,
        effective_from: from,
        reason,
      });
    add('monitoring', dates.monitoring, 'Class teacher raised a concern; watching progress');
    if (status === 'monitoring') {
      monitored.push(p);
      continue;
    }
    add('K', dates.k, 'Assessed by the SENCO; added to SEN support');
    if (dates.e) add('E', dates.e, 'EHCP issued by the local authority');
    const current = needSet(sen, status);
    const pushNeeds = (codes, from, to, set) =>
      codes.forEach((code, i) =>
        needs.push({
          id: uuidOf(key(`need/${p.no}/${set}/${i + 1}`)),
          pupil_id: p.id,
          need_code: code,
          rank: i + 1,
          description: NEED_DESCRIPTIONS[code],
          effective_from: from,
          effective_to: to,
        }),
      );
    // Some pupils with an EHCP had other needs recorded while at SEN support.
    if (dates.e && sen.chance(0.3)) {
      pushNeeds(needSet(sen, 'K'), dates.k, dates.e, 'k');
      pushNeeds(current, dates.e, null, 'e');
    } else {
      pushNeeds(current, dates.k, null, 'k');
    }
    register.push({
      ...p,
      status,
      kFrom: dates.k,
      eFrom: dates.e,
      needs: current,
      profile: profileOf(current[0]),
      area: AREA_OF[current[0]] ?? 'cognition_and_learning',
    });
  }
  const recordedBy = staff.senco.id;
  await w.insert(
    'sen_status_history',
    [
      ['id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['status', 'text'],
      ['effective_from', 'date'],
      ['reason', 'text'],
      ['recorded_by', 'uuid'],
      ['recorded_at', 'timestamptz'],
    ],
    history.map((h) => ({ ...h, recorded_by: recordedBy, recorded_at: at(h.effective_from, 9 * 60) })),
  );
  await w.insert(
    'pupil_needs',
    [
      ['id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['need_code', 'text'],
      ['rank', 'smallint'],
      ['description', 'text'],
      ['effective_from', 'date'],
      ['effective_to', 'date'],
      ['recorded_by', 'uuid'],
      ['recorded_at', 'timestamptz'],
    ],
    needs.map((n) => ({ ...n, recorded_by: recordedBy, recorded_at: at(n.effective_from, 9 * 60 + 5) })),
  );

  // A few open concerns about pupils not yet on the register, raised by their form tutors.
  const tutorOf = new Map(staff.teachers.flatMap((t) => t.classes.map((c) => [c.classId, t.id])));
  const onRegister = new Set([...register, ...monitored].map((p) => p.id));
  const concerns = pupils
    .filter((p) => !onRegister.has(p.id) && sen.chance(0.006))
    .map((p) => ({
      id: uuidOf(key(`concern/${p.no}`)),
      pupil_id: p.id,
      raised_by: tutorOf.get(p.classId),
      raised_at: at(addDays(today, -sen.int(1, 30)), 15 * 60 + sen.int(0, 90)),
      area: sen.pick([
        'cognition_and_learning',
        'communication_and_interaction',
        'social_emotional_mental_health',
      ]),
      observed: 'Falling behind in lessons and finding it hard to start written work.',
      tried: 'Seated near the front; instructions broken into steps.',
    }));
  await w.insert(
    'concerns',
    [
      ['id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['raised_by', 'uuid'],
      ['raised_at', 'timestamptz'],
      ['area', 'text'],
      ['observed', 'text'],
      ['tried', 'text'],
    ],
    concerns,
  );
  return { pupils, register };
}
