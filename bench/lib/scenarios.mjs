// The rows of PRODUCT.md's targets table, as load scenarios: who signs in, what each request is, and
// how the runner finds the ids it needs (through the API itself, so it works the same on the
// PostgreSQL server and on embedded PGlite).
import { BENCHMARK_NOTE } from './cleanup.mjs';
import { inParallel } from './parallel.mjs';

const REGISTER_SORTS = ['name', '-name', 'yearGroup', 'status', '-statusSince'];
const REGISTER_FILTERS = ['status=K,E', 'status=K', 'status=E', 'status=K,E&area=cognition_and_learning'];

/** Days before `date` (YYYY-MM-DD). */
function daysBefore(date, n) {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - n);
  return d.toISOString().slice(0, 10);
}

function rotate(list) {
  let i = 0;
  return () => list[i++ % list.length];
}

/** @typedef {import('./api-client.mjs').ApiClient} ApiClient */

export const SCENARIOS = [
  {
    key: 'register',
    operation: 'Register page (50 rows, filtered, sorted), largest school',
    role: 'senco',
    target: { p95: 40 },
    async prepare(api, ctx) {
      const paths = [];
      for (const filter of REGISTER_FILTERS) {
        for (const sort of REGISTER_SORTS) {
          const path = `/api/schools/${ctx.schoolId}/register?${filter}&sort=${sort}&pageSize=50`;
          const first = await api.get(`${path}&page=1`);
          const pages = Math.max(1, Math.ceil(first.total / 50));
          for (const page of [1, 2, Math.ceil(pages / 2), pages]) {
            if (page >= 1 && page <= pages) paths.push(`${path}&page=${page}`);
          }
        }
      }
      return { paths: [...new Set(paths)] };
    },
    requests: (state) => rotate(state.paths.map((path) => ({ path }))),
    // The baseline replays every filter and sort, first and last page, as the load sends them.
    traced: (state) =>
      state.paths.filter((path, i) => i % 2 === 0 || path.endsWith('page=1')).map((path) => ({ path })),
  },
  {
    key: 'pupil',
    operation: 'Pupil detail with passport, current plan and provisions',
    role: 'senco',
    target: { p95: 40 },
    note: 'the four requests the pupil page makes, in turn: SEND record, passport, current plan, provision',
    async prepare(api, ctx) {
      const page = await api.get(`/api/schools/${ctx.schoolId}/register?status=K,E&pageSize=200&page=1`);
      const candidates = page.items.map((row) => row.pupilId ?? row.id);
      const base = `/api/schools/${ctx.schoolId}/pupils`;
      const checked = await inParallel(candidates, 8, async (id) => {
        const [passport, plan] = await Promise.all([
          api.request('GET', `${base}/${id}/passport`),
          api.request('GET', `${base}/${id}/plans/current`),
        ]);
        return passport.status === 200 && plan.status === 200 ? id : null;
      });
      const pupils = checked.filter(Boolean).slice(0, 100);
      if (pupils.length === 0) throw new Error('No pupil on the register has both a passport and a plan');
      return { base, pupils };
    },
    requests(state) {
      const parts = ['send', 'passport', 'plans/current', 'provision'];
      let i = 0;
      return () => {
        const pupil = state.pupils[Math.floor(i / parts.length) % state.pupils.length];
        const part = parts[i++ % parts.length];
        return { path: `${state.base}/${pupil}/${part}` };
      };
    },
    traced: (state) =>
      ['send', 'passport', 'plans/current', 'provision'].map((part) => ({
        path: `${state.base}/${state.pupils[0]}/${part}`,
      })),
  },
  {
    key: 'session',
    operation: 'TA logs a session (6 pupils)',
    role: 'ta',
    target: { p95: 40, rps: 500 },
    write: true,
    async prepare(api, ctx, options) {
      const wanted = options.sessionsWanted;
      const slots = [];
      const yesterday = daysBefore(ctx.today, 1);
      for (let back = 0; back < 400 && slots.length < wanted; back++) {
        const date = daysBefore(yesterday, back);
        const day = await api.get(`/api/schools/${ctx.schoolId}/my-groups?date=${date}`);
        for (const group of day.groups) {
          if (group.session || group.pupils.length === 0) continue;
          slots.push({ provisionId: group.provision.id, date, pupils: group.pupils.map((p) => p.id) });
        }
      }
      if (slots.length === 0) throw new Error('The TA has no free day to log a session on');
      // Groups of six first, as the target says; the rest after.
      slots.sort((a, b) => Number(b.pupils.length === 6) - Number(a.pupils.length === 6));
      return { slots, used: 0 };
    },
    request(state, slot) {
      return {
        method: 'POST',
        path: `/api/schools/${state.schoolId}/provisions/${slot.provisionId}/sessions`,
        body: JSON.stringify({
          heldOn: slot.date,
          status: 'held',
          minutes: 30,
          note: BENCHMARK_NOTE,
          attendance: slot.pupils.map((pupilId, i) => ({
            pupilId,
            attended: i !== 0,
            ...(i === 0 ? { absenceReason: 'absent_from_school' } : {}),
          })),
        }),
      };
    },
    requests(state) {
      return () => {
        const slot = state.slots[state.used++];
        return slot ? this.request(state, slot) : null;
      };
    },
    traced(state) {
      return [this.request(state, state.slots[state.used++])];
    },
  },
  {
    key: 'dashboard',
    operation: 'School provision summary (costs, impact, compliance), largest school',
    role: 'head',
    target: { p95: 150 },
    async prepare(api, ctx) {
      return { path: `/api/schools/${ctx.schoolId}/reports/dashboard` };
    },
    requests: (state) => () => ({ path: state.path }),
    traced: (state) => [{ path: state.path }],
  },
  {
    key: 'trust',
    operation: 'Trust summary over every school of the trust',
    role: 'trustLeader',
    target: { p95: 500 },
    async prepare(api, ctx) {
      return { path: `/api/trusts/${ctx.trustId}/summary` };
    },
    requests: (state) => () => ({ path: state.path }),
    traced: (state) => [{ path: state.path }],
  },
];
