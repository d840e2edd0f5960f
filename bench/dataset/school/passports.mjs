import { addDays, at, daysBetween, minDate } from '../calendar.mjs';
import { uuidOf } from '../random.mjs';
import { CHANGE_NOTES, PASSPORT, STRATEGIES } from '../texts.mjs';

/**
 * A published passport for every pupil on the register (a third of them in a second version), the
 * SENCO's draft of each (the same as the current version: nothing waiting to be published), and read
 * receipts: most of the adults who work with the pupil (form tutor, class TAs, the staff of their
 * current groups) have read the current version; some read only the one before.
 */

function contentFor(rng, pupil) {
  return {
    aboutMe: rng.pick(PASSPORT.aboutMe),
    important: rng.pick(PASSPORT.important),
    strengths: rng.pick(PASSPORT.strengths),
    findHard: rng.pick(PASSPORT.findHard[pupil.profile]),
    howToHelp: rng.sample(STRATEGIES[pupil.profile], rng.int(4, 6)),
    communication: rng.pick(PASSPORT.communication[pupil.profile]),
  };
}

export async function writePassports(ctx, staff, register, places) {
  const { w, key, today } = ctx;
  const rng = ctx.random('passports');
  const yesterday = addDays(today, -1);
  const readers = new Map();
  for (const pupil of register) readers.set(pupil.id, new Set(staff.classStaff.get(pupil.classId)));
  for (const pl of places) {
    const current = pl.joined <= today && pl.left === null && pl.provision.end >= today;
    if (current) for (const userId of pl.provision.staff) readers.get(pl.pupil.id)?.add(userId);
  }

  const versions = [];
  const drafts = [];
  const receipts = [];
  for (const pupil of register) {
    const first = minDate(addDays(pupil.kFrom, rng.int(7, 28)), yesterday);
    const dates = [first];
    if (rng.chance(0.33) && daysBetween(first, yesterday) > 40) {
      dates.push(addDays(first, rng.int(30, daysBetween(first, yesterday) - 1)));
    }
    let content = contentFor(rng, pupil);
    const published = dates.map((date, i) => {
      if (i > 0)
        content = {
          ...content,
          strengths: rng.pick(PASSPORT.strengths),
          howToHelp: rng.sample(STRATEGIES[pupil.profile], rng.int(4, 6)),
        };
      const version = {
        id: uuidOf(key(`passport/${pupil.no}/${i + 1}`)),
        pupil_id: pupil.id,
        number: i + 1,
        content,
        change_note:
          i === 0 ? 'First passport, written with the pupil and their parents.' : rng.pick(CHANGE_NOTES),
        published_by: staff.senco.id,
        published_at: at(date, 15 * 60 + 30),
        date,
      };
      versions.push(version);
      return version;
    });
    const current = published.at(-1);
    drafts.push({
      pupil_id: pupil.id,
      content: current.content,
      version: published.length,
      updated_by: staff.senco.id,
      updated_at: at(current.date, 15 * 60 + 15),
    });
    for (const userId of readers.get(pupil.id)) {
      const roll = rng.next();
      const read = roll < 0.75 ? current : roll < 0.87 && published.length > 1 ? published[0] : null;
      if (!read) continue;
      const day = minDate(addDays(read.date, rng.int(0, 14)), yesterday);
      receipts.push({ version_id: read.id, user_id: userId, read_at: at(day, 16 * 60 + rng.int(0, 120)) });
    }
  }
  await w.insert(
    'passport_versions',
    [
      ['id', 'uuid'],
      ['pupil_id', 'uuid'],
      ['number', 'int'],
      ['content', 'jsonb'],
      ['change_note', 'text'],
      ['published_by', 'uuid'],
      ['published_at', 'timestamptz'],
    ],
    versions,
    { chunk: 2_000 },
  );
  await w.insert(
    'passport_drafts',
    [
      ['pupil_id', 'uuid'],
      ['content', 'jsonb'],
      ['version', 'int'],
      ['updated_by', 'uuid'],
      ['updated_at', 'timestamptz'],
    ],
    drafts,
    { chunk: 2_000 },
  );
  await w.insert(
    'passport_receipts',
    [
      ['version_id', 'uuid'],
      ['user_id', 'uuid'],
      ['read_at', 'timestamptz'],
    ],
    receipts,
  );
}
