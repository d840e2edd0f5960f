import { BOYS, GIRLS, SURNAMES } from '../names.mjs';
import { uuidOf } from '../random.mjs';

/** The columns of a user row, as the generator writes them. */
export const USER_COLUMNS = [
  ['id', 'uuid'],
  ['email', 'text'],
  ['display_name', 'text'],
  ['password_hash', 'text'],
  ['created_at', 'timestamptz'],
];

/**
 * The school and its people: the school row, classes, a form tutor (teacher) for every class, teaching
 * assistants (at a primary school each supports the classes of a year group; at a secondary they are a
 * learning support team with no form), and the five accounts that sign in: senco@, head@, ta@, teacher@
 * and admin@ at the school's domain. Everyone else has no password.
 */

function personName(rng) {
  return `${rng.pick(rng.chance(0.75) ? GIRLS : BOYS)} ${rng.pick(SURNAMES)}`;
}

/** The class the teacher@ account is form tutor of: 8B at a secondary, 4A at a primary. */
function demoClass(school) {
  const wanted = school.phase === 'secondary' ? '8B' : '4A';
  return school.classes.find((c) => c.name === wanted) ?? school.classes[0];
}

export async function writeSchoolAndStaff(ctx) {
  const { school, rng, w, key, setupAt, passwordHash } = ctx;
  await w.insert(
    'schools',
    [
      ['id', 'uuid'],
      ['trust_id', 'uuid'],
      ['name', 'text'],
      ['urn', 'text'],
      ['la_code', 'text'],
      ['establishment_number', 'text'],
      ['phase', 'text'],
      ['created_at', 'timestamptz'],
    ],
    [
      {
        id: ctx.schoolId,
        trust_id: ctx.trustId,
        name: school.name,
        urn: school.urn,
        la_code: school.laCode,
        establishment_number: school.establishmentNumber,
        phase: school.phase,
        created_at: setupAt,
      },
    ],
    { scoped: false },
  );

  const classes = school.classes.map((c) => ({ ...c, id: uuidOf(key(`class/${c.name}`)) }));
  await w.insert(
    'classes',
    [
      ['id', 'uuid'],
      ['name', 'text'],
      ['year_group', 'text'],
      ['created_at', 'timestamptz'],
    ],
    classes.map((c) => ({ id: c.id, name: c.name, year_group: c.yearGroup, created_at: setupAt })),
  );

  const users = [];
  const person = (email, roles, signIn, displayName = personName(rng)) => {
    const user = { id: uuidOf(`bench-user/${email}`), email, displayName, roles, signIn, classes: [] };
    users.push(user);
    return user;
  };
  const at = (local) => `${local}@${school.domain}`;
  const senco = person(at('senco'), ['senco'], true);
  const head = person(at('head'), ['head'], true);
  const admin = person(at('admin'), ['school_admin'], true);
  const ta = person(at('ta'), ['ta'], true);
  const tutorOf = demoClass(school);
  const teachers = new Map();
  for (const c of classes) {
    const teacher =
      c.name === tutorOf.name
        ? person(at('teacher'), ['teacher'], true)
        : person(at(`teacher.${c.name.toLowerCase()}`), ['teacher'], false);
    teacher.classes.push({ classId: c.id, role: 'teacher' });
    teachers.set(c.name, teacher);
  }
  const teacher = teachers.get(tutorOf.name);

  // Teaching assistants: about one for every 120 pupils.
  const years = [...new Set(classes.map((c) => c.yearGroup))];
  const tas = [];
  const taCount = Math.max(2, Math.round(school.pupils / 120));
  for (let i = 1; i <= taCount; i++) {
    const member = person(at(`ta.${String(i).padStart(2, '0')}`), ['ta'], false);
    if (school.phase === 'primary') {
      const year = years[(i - 1) % years.length];
      for (const c of classes.filter((k) => k.yearGroup === year))
        member.classes.push({ classId: c.id, role: 'ta' });
    }
    tas.push(member);
  }
  if (school.phase === 'primary') {
    for (const c of classes.filter((k) => k.yearGroup === tutorOf.yearGroup)) {
      ta.classes.push({ classId: c.id, role: 'ta' });
    }
  }

  await w.insert(
    'users',
    USER_COLUMNS,
    users.map((u) => ({
      id: u.id,
      email: u.email,
      display_name: u.displayName,
      password_hash: u.signIn ? passwordHash : null,
      created_at: setupAt,
    })),
    { scoped: false },
  );
  await w.insert(
    'memberships',
    [
      ['id', 'uuid'],
      ['user_id', 'uuid'],
      ['roles', 'text[]'],
      ['created_at', 'timestamptz'],
    ],
    users.map((u) => ({
      id: uuidOf(key(`membership/${u.email}`)),
      user_id: u.id,
      roles: u.roles,
      created_at: setupAt,
    })),
  );
  await w.insert(
    'class_staff',
    [
      ['class_id', 'uuid'],
      ['user_id', 'uuid'],
      ['role', 'text'],
      ['created_at', 'timestamptz'],
    ],
    users.flatMap((u) =>
      u.classes.map((c) => ({ class_id: c.classId, user_id: u.id, role: c.role, created_at: setupAt })),
    ),
  );

  const classStaff = new Map(classes.map((c) => [c.id, []]));
  for (const u of users) for (const c of u.classes) classStaff.get(c.classId).push(u.id);
  return { classes, senco, head, admin, ta, teacher, teachers: [...teachers.values()], tas, classStaff };
}
