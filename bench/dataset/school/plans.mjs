import { addDays, addMonths, at, maxDate } from '../calendar.mjs';
import { GIRLS } from '../names.mjs';
import { uuidOf } from '../random.mjs';
import {
  OUTCOMES,
  PARENT_VIEWS,
  PROVISION_NOTES,
  PUPIL_VIEWS,
  RATING_NOTES,
  REVIEW_DECISIONS,
  STRATEGIES,
} from '../texts.mjs';

/**
 * Support plans for every pupil on the register: an active plan (its review due within four months,
 * about 7% overdue) and up to two earlier cycles, each closed by a review that rated its outcomes and
 * started the next (outcomes not met carry forward). Three reviews a year, as the school's setting
 * says. Every plan is saved as the application saves it: a revision when it became active, and for a
 * closed plan another when the review closed it.
 */

const RATINGS = [
  ['not-met', 10],
  ['partly-met', 35],
  ['met', 40],
  ['exceeded', 15],
];
const CARRIED = new Set(['not-met', 'partly-met']);

/** The pupil's cycles, oldest first: start, planned review date, and the day the review was held. */
function cyclesOf(rng, pupil, today) {
  const overdue = rng.chance(0.07);
  const back = overdue ? 122 + rng.int(1, 40) : rng.int(1, 121);
  const starts = [maxDate(pupil.kFrom, addDays(today, -back))];
  for (let i = 1; i <= 2; i++) {
    const start = addDays(addMonths(starts[0], -4 * i), rng.int(-7, 7));
    if (start < pupil.kFrom || start >= starts[i - 1]) break;
    starts.push(start);
  }
  starts.reverse();
  return starts.map((start, i) => ({
    start,
    reviewDate: addMonths(start, 4),
    held: starts[i + 1] ?? null,
  }));
}

export async function writePlans(ctx, staff, register, places) {
  const { w, key, today, setupAt } = ctx;
  const rng = ctx.random('plans');
  await w.insert(
    'plan_settings',
    [
      ['reviews_per_year', 'smallint'],
      ['updated_by', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    [{ reviews_per_year: 3, updated_by: staff.senco.id, updated_at: setupAt }],
  );

  const tutorOf = new Map(staff.teachers.map((t) => [t.classes[0].classId, t]));
  const placesOf = new Map();
  for (const pl of places) placesOf.set(pl.pupil.id, [...(placesOf.get(pl.pupil.id) ?? []), pl]);
  const senco = staff.senco;
  const plans = [];
  const revisions = [];
  const reviews = [];
  const comments = [];

  for (const pupil of register) {
    const cycles = cyclesOf(rng, pupil, today);
    const slots = rng.int(2, 3);
    const strategies = rng.sample(STRATEGIES[pupil.profile], rng.int(3, 5));
    const parent = `${rng.pick(GIRLS)} ${pupil.surname}`;
    const tutor = tutorOf.get(pupil.classId);
    let previous = null;
    cycles.forEach((cycle, index) => {
      const planId = uuidOf(key(`plan/${pupil.no}/${index + 1}`));
      const active = cycle.held === null;
      const used = new Set();
      const outcomes = [];
      for (let s = 0; s < slots; s++) {
        const before = previous?.outcomes[s];
        const carry = before && CARRIED.has(previous.ratings[s]);
        let text = carry ? [before.description, before.measure] : null;
        if (!text) {
          const choices = OUTCOMES[pupil.profile].filter(([d]) => !used.has(d));
          text = rng.pick(choices.length ? choices : OUTCOMES[pupil.profile]);
        }
        used.add(text[0]);
        outcomes.push({
          id: uuidOf(key(`outcome/${pupil.no}/${index + 1}/${s}`)),
          description: text[0],
          measure: text[1],
          byDate: cycle.reviewDate,
          needCode: pupil.needs[s === slots - 1 && pupil.needs[1] ? 1 : 0],
          carriedFrom: carry ? before.id : null,
        });
      }
      const until = cycle.held ?? cycle.reviewDate;
      const groups = (placesOf.get(pupil.id) ?? []).filter(
        (pl) => pl.joined <= until && (pl.left ?? pl.provision.end) >= cycle.start,
      );
      const note = rng.pick(PROVISION_NOTES);
      const content = {
        outcomes,
        strategies:
          index === cycles.length - 1 && rng.chance(0.3)
            ? [...strategies, rng.pick(STRATEGIES[pupil.profile])].filter((s, i, a) => a.indexOf(s) === i)
            : strategies,
        provision: { provisionIds: [...new Set(groups.map((pl) => pl.provision.id))], notes: note },
        pupilViews: rng.pick(PUPIL_VIEWS),
        parentViews: rng.pick(PARENT_VIEWS),
      };
      if (!content.provision.provisionIds.length && !note) delete content.provision;
      const createdAt = at(cycle.start, 10 * 60 + rng.int(0, 300));
      const updatedAt = active ? createdAt : at(cycle.held, 15 * 60 + rng.int(0, 90));
      plans.push({
        id: planId,
        pupil_id: pupil.id,
        cycle: index + 1,
        status: active ? 'active' : 'closed',
        format: 'sen-support-plan',
        content,
        review_date: cycle.reviewDate,
        started_on: cycle.start,
        closed_on: cycle.held,
        closed_reason: active ? null : 'reviewed',
        version: active ? 1 : 2,
        created_by: senco.id,
        created_at: createdAt,
        updated_by: senco.id,
        updated_at: updatedAt,
      });
      const revision = (number, status, savedAt) =>
        revisions.push({
          plan_id: planId,
          number,
          status,
          content,
          review_date: cycle.reviewDate,
          saved_by: senco.id,
          saved_at: savedAt,
        });
      revision(1, 'active', createdAt);
      if (!active) revision(2, 'closed', updatedAt);

      // A teacher's comment now and then before a review.
      if (tutor && rng.chance(active ? 0.15 : 0.25)) {
        const on = addDays(until, -rng.int(3, 20));
        if (on > cycle.start && on < today) {
          comments.push({
            id: uuidOf(key(`comment/${pupil.no}/${index + 1}`)),
            plan_id: planId,
            author_id: tutor.id,
            body: 'Working well in class with the strategies; still needs reminders in the afternoons.',
            created_at: at(on, 15 * 60 + rng.int(30, 120)),
          });
        }
      }

      const ratings = outcomes.map(() => rng.weighted(RATINGS));
      if (previous) {
        reviews.push({
          id: uuidOf(key(`review/${pupil.no}/${index}`)),
          plan_id: previous.id,
          pupil_id: pupil.id,
          held_on: cycle.start,
          attendees: [
            { name: parent, role: 'Parent' },
            { name: senco.displayName, role: 'SENCO' },
            ...(tutor ? [{ name: tutor.displayName, role: 'Class teacher' }] : []),
          ],
          pupil_views: content.pupilViews,
          parent_views: content.parentViews,
          outcomes: previous.outcomes.map((o, s) => ({
            outcomeId: o.id,
            description: o.description,
            rating: previous.ratings[s],
            note: RATING_NOTES[previous.ratings[s]],
          })),
          decisions: rng.pick(REVIEW_DECISIONS),
          next_plan_id: planId,
          next_review_date: cycle.reviewDate,
          recorded_by: senco.id,
          recorded_at: previous.updatedAt,
        });
      }
      previous = { id: planId, outcomes, ratings, updatedAt };
    });
  }

  await w.insert(
    'support_plans',
    [
      ['id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['cycle', 'int'],
      ['status', 'text'],
      ['format', 'text'],
      ['content', 'jsonb'],
      ['review_date', 'date'],
      ['started_on', 'date'],
      ['closed_on', 'date'],
      ['closed_reason', 'text'],
      ['version', 'int'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_by', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    plans,
    { chunk: 2_000 },
  );
  await w.insert(
    'plan_revisions',
    [
      ['plan_id', 'uuid'],
      ['number', 'int'],
      ['status', 'text'],
      ['content', 'jsonb'],
      ['review_date', 'date'],
      ['saved_by', 'uuid'],
      ['saved_at', 'timestamptz'],
    ],
    revisions,
    { chunk: 2_000 },
  );
  await w.insert(
    'plan_comments',
    [
      ['id', 'uuid'],
      ['plan_id', 'uuid'],
      ['author_id', 'uuid'],
      ['body', 'text'],
      ['created_at', 'timestamptz'],
    ],
    comments,
  );
  await w.insert(
    'plan_reviews',
    [
      ['id', 'uuid'],
      ['plan_id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['held_on', 'date'],
      ['attendees', 'jsonb'],
      ['pupil_views', 'text'],
      ['parent_views', 'text'],
      ['outcomes', 'jsonb'],
      ['decisions', 'text'],
      ['next_plan_id', 'uuid'],
      ['next_review_date', 'date'],
      ['recorded_by', 'uuid'],
      ['recorded_at', 'timestamptz'],
    ],
    reviews,
    { chunk: 2_000 },
  );
}
