import { addDays, at, daysBetween, minDate } from '../calendar.mjs';
import { catalogueFor } from '../catalogue.mjs';
import { uuidOf } from '../random.mjs';
import { writeSessions } from './sessions.mjs';

/**
 * The provision map: the school's slice of the catalogue, hourly rates by role (with a pay award part
 * way through the year and one person's own rate), the term dates, and the groups: year-long ones and
 * six- or twelve-week blocks spread over the year (some over, some running, some planned), of 1 to 8
 * pupils (most 4 to 6) drawn from the register by area of need, with entry, target and exit measures.
 * At school-01, ta@ also runs `taGroups` groups of six all year on one or two weekdays.
 */

const GROUP_SIZES = [
  [2, 5],
  [3, 10],
  [4, 25],
  [5, 25],
  [6, 20],
  [7, 10],
  [8, 5],
];

function schoolDayFrom(cal, date) {
  let d = date;
  for (let i = 0; i < 30 && !cal.isSchoolDay(d); i++) d = addDays(d, 1);
  return d;
}

function weekdaysFor(rng, perWeek) {
  const n = Math.min(5, Math.max(1, perWeek + (rng.chance(0.3) ? rng.pick([-1, 1, 1]) : 0)));
  return rng.sample([1, 2, 3, 4, 5], n).sort((a, b) => a - b);
}

/** Rounds a score to its measure's bounds, to whole points. */
function bounded(score, value) {
  return Math.min(score.max, Math.max(score.min, Math.round(value)));
}

/** A cyclic draw of pupils from a pool: the next pupils not already in the group. */
class Pool {
  constructor(pupils) {
    this.pupils = pupils;
    this.cursor = 0;
  }

  take(n) {
    const out = [];
    for (let tries = 0; out.length < n && tries < this.pupils.length; tries++) {
      const pupil = this.pupils[this.cursor++ % this.pupils.length];
      if (!out.includes(pupil)) out.push(pupil);
    }
    return out;
  }
}

export async function writeProvisionMap(ctx, staff, register) {
  const { school, w, key, today, cal, setupAt } = ctx;
  const rng = ctx.random('provision');

  const catalogue = catalogueFor(school.phase, school.no, school.interventions).map((item) => ({
    ...item,
    id: uuidOf(key(`intervention/${item.key}`)),
  }));
  await w.insert(
    'interventions',
    [
      ['id', 'uuid'],
      ['name', 'text'],
      ['area', 'text'],
      ['description', 'text'],
      ['delivery', 'text'],
      ['usual_group_size', 'smallint'],
      ['delivered_by', 'text'],
      ['usual_minutes', 'smallint'],
      ['usual_sessions_per_week', 'smallint'],
      ['resource_cost_per_session_pence', 'integer'],
      ['measure_name', 'text'],
      ['measure_unit', 'text'],
      ['higher_is_better', 'boolean'],
      ['created_at', 'timestamptz'],
    ],
    catalogue.map((i) => ({
      id: i.id,
      name: i.name,
      area: i.area,
      description: i.description,
      delivery: i.delivery,
      usual_group_size: i.size,
      delivered_by: i.by,
      usual_minutes: i.minutes,
      usual_sessions_per_week: i.perWeek,
      resource_cost_per_session_pence: i.resourcePence,
      measure_name: i.measure.name,
      measure_unit: i.measure.unit,
      higher_is_better: i.measure.higherIsBetter,
      created_at: setupAt,
    })),
  );

  // Rates from before the first logged session; the TAs' pay award from the January in the window.
  const ratesFrom = addDays(cal.logFrom, -60);
  const taRate = 1450 + rng.int(0, 10) * 10;
  const january = `${Number(today.slice(0, 4)) - (today.slice(5) < '02-01' ? 1 : 0)}-01-01`;
  const rates = [
    { role: 'ta', user_id: null, hourly_rate_pence: taRate, effective_from: ratesFrom },
    {
      role: 'teacher',
      user_id: null,
      hourly_rate_pence: 3200 + rng.int(0, 20) * 10,
      effective_from: ratesFrom,
    },
    {
      role: 'senco',
      user_id: null,
      hourly_rate_pence: 3600 + rng.int(0, 20) * 10,
      effective_from: ratesFrom,
    },
    { role: 'ta', user_id: null, hourly_rate_pence: Math.round(taRate * 1.03), effective_from: january },
    { role: null, user_id: staff.ta.id, hourly_rate_pence: taRate + 150, effective_from: ratesFrom },
  ];
  await w.insert(
    'staff_rates',
    [
      ['id', 'uuid'],
      ['role', 'text'],
      ['user_id', 'uuid'],
      ['hourly_rate_pence', 'integer'],
      ['effective_from', 'date'],
      ['set_by', 'uuid'],
      ['set_at', 'timestamptz'],
    ],
    rates.map((r, i) => ({
      ...r,
      id: uuidOf(key(`rate/${i}`)),
      set_by: staff.senco.id,
      set_at: at(minDate(r.effective_from, setupAt.slice(0, 10)), 8 * 60),
    })),
  );
  await w.insert(
    'school_closures',
    [
      ['id', 'uuid'],
      ['name', 'text'],
      ['starts_on', 'date'],
      ['ends_on', 'date'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    cal.closures.map((c) => ({
      id: uuidOf(key(`closure/${c.from}`)),
      name: c.name,
      starts_on: c.from,
      ends_on: c.to,
      created_by: staff.admin.id,
      created_at: setupAt,
    })),
  );

  // The groups.
  const byArea = new Map();
  const shuffled = rng.sample(register, register.length);
  for (const p of shuffled) byArea.set(p.area, [...(byArea.get(p.area) ?? []), p]);
  const pools = new Map([...byArea].map(([area, list]) => [area, new Pool(list)]));
  const anyPool = new Pool(shuffled);
  const ehcpPool = new Pool(shuffled.filter((p) => p.status === 'E'));
  const taPool = new Pool(rng.sample(register, register.length));
  const taLed = school.no === 1 ? staff.tas : [staff.ta, ...staff.tas];
  const teachers = [staff.teacher, ...staff.teachers.filter((t) => t !== staff.teacher)];
  let nextTa = 0;
  let nextTeacher = 0;
  const leadFor = (by) =>
    by === 'senco'
      ? staff.senco
      : by === 'teacher'
        ? teachers[nextTeacher++ % teachers.length]
        : taLed[nextTa++ % taLed.length];
  const taItems = catalogue.filter((i) => i.delivery === 'group' && i.by === 'ta');
  const order = rng.sample(catalogue, catalogue.length);
  const numbered = new Map();

  const provisions = [];
  const places = [];
  for (let n = 1; n <= school.provisions; n++) {
    const forTa = n <= school.taGroups;
    const item = forTa ? taItems[(n - 1) % taItems.length] : order[(n - 1) % order.length];
    const number = (numbered.get(item.key) ?? 0) + 1;
    numbered.set(item.key, number);
    let start;
    let end;
    let weekdays;
    let size;
    let lead;
    let second = null;
    if (forTa) {
      start = addDays(today, -364);
      end = addDays(today, 90);
      weekdays = n % 2 ? [1 + (n % 5)] : [1 + (n % 5), 1 + ((n + 2) % 5)].sort((a, b) => a - b);
      size = 6;
      lead = staff.ta;
    } else {
      if (rng.chance(0.9)) {
        start = schoolDayFrom(cal, addDays(cal.logFrom, rng.int(0, 30)));
        end = addDays(today, rng.int(30, 150));
      } else {
        const weeks = rng.pick([6, 12, 12]);
        start = schoolDayFrom(cal, addDays(cal.logFrom, rng.int(0, 365 + 45)));
        end = addDays(start, weeks * 7 - 3);
      }
      weekdays = weekdaysFor(rng, item.perWeek);
      size = item.delivery === 'one_to_one' ? 1 : rng.weighted(GROUP_SIZES);
      lead = leadFor(item.by);
      if (item.by === 'ta' && size >= 6 && rng.chance(0.15)) second = taLed[nextTa++ % taLed.length];
    }
    const provision = {
      no: n,
      id: uuidOf(key(`provision/${n}`)),
      intervention: item,
      name: `${item.name} ${number}`,
      weekdays,
      minutes: item.minutes,
      start,
      end,
      location: item.location,
      lead: lead.id,
      staff: second && second !== lead ? [lead.id, second.id] : [lead.id],
      forTa,
    };
    provisions.push(provision);

    const pool = forTa
      ? taPool
      : item.delivery === 'one_to_one' && ehcpPool.pupils.length
        ? ehcpPool
        : (pools.get(item.area) ?? anyPool);
    const members = pool.pupils.length >= size ? pool.take(size) : anyPool.take(size);
    const ended = end < today;
    members.forEach((pupil, index) => {
      // The first pupil stays from start to end, so every session day has someone in the group.
      const movable = !forTa && index > 0;
      let joined = start;
      let left = null;
      if (movable && rng.chance(0.08)) {
        const later = addDays(start, 7 * rng.int(1, 6));
        if (later <= end) joined = later;
      }
      const lastDay = minDate(end, addDays(today, -1));
      if (movable && rng.chance(0.05) && daysBetween(joined, lastDay) > 35) {
        left = addDays(joined, rng.int(21, daysBetween(joined, lastDay) - 7));
      }
      const { score } = item;
      const entry = rng.int(score.entry[0], score.entry[1]);
      const sign = item.measure.higherIsBetter ? 1 : -1;
      const exitOn = left ?? (ended ? end : null);
      const weeks = exitOn ? Math.max(1, daysBetween(joined, exitOn) / 7) : 0;
      const gain =
        (rng.int(score.gain[0], score.gain[1]) * weeks) / 12 - (rng.chance(0.1) ? score.gain[1] : 0);
      const measured = joined < today;
      places.push({
        provision,
        pupil,
        joined,
        left,
        entry: measured ? entry : null,
        entryDate: measured ? joined : null,
        target: measured ? bounded(score, entry + sign * score.targetGain) : null,
        exit: measured && exitOn ? bounded(score, entry + sign * gain) : null,
        exitDate: measured && exitOn ? exitOn : null,
      });
    });
  }

  await w.insert(
    'provisions',
    [
      ['id', 'uuid'],
      ['intervention_id', 'uuid'],
      ['name', 'text'],
      ['sessions_per_week', 'smallint'],
      ['minutes', 'smallint'],
      ['weekdays', 'smallint[]'],
      ['start_date', 'date'],
      ['end_date', 'date'],
      ['location', 'text'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
    provisions.map((p) => ({
      id: p.id,
      intervention_id: p.intervention.id,
      name: p.name,
      sessions_per_week: p.weekdays.length,
      minutes: p.minutes,
      weekdays: p.weekdays,
      start_date: p.start,
      end_date: p.end,
      location: p.location,
      created_by: staff.senco.id,
      created_at: at(addDays(p.start, -7), 12 * 60),
    })),
  );
  await w.insert(
    'provision_staff',
    [
      ['provision_id', 'uuid'],
      ['user_id', 'uuid'],
    ],
    provisions.flatMap((p) => p.staff.map((userId) => ({ provision_id: p.id, user_id: userId }))),
  );
  await w.insert(
    'provision_pupils',
    [
      ['provision_id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['joined_on', 'date'],
      ['left_on', 'date'],
      ['entry_score', 'numeric'],
      ['entry_date', 'date'],
      ['target_score', 'numeric'],
      ['exit_score', 'numeric'],
      ['exit_date', 'date'],
    ],
    places.map((pl) => ({
      provision_id: pl.provision.id,
      pupil_id: pl.pupil.id,
      joined_on: pl.joined,
      left_on: pl.left,
      entry_score: pl.entry,
      entry_date: pl.entryDate,
      target_score: pl.target,
      exit_score: pl.exit,
      exit_date: pl.exitDate,
    })),
  );
  await writeSessions(ctx, provisions, places);
  return { provisions, places };
}
