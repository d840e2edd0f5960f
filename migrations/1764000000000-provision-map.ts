import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The provision map: the school's intervention catalogue, staff hourly rates (effective-dated, so a pay
 * rise never rewrites the cost of sessions already delivered), provisions (running groups) with their
 * staff and pupils and entry/exit measures, logged sessions with attendance, and a change log of every
 * correction. Money is held in whole pence; measures as numeric.
 */
export class ProvisionMap1764000000000 implements MigrationInterface {
  name = 'ProvisionMap1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE interventions (
        school_id uuid NOT NULL REFERENCES schools (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        area text NOT NULL CHECK (area IN ('cognition_and_learning', 'communication_and_interaction',
                                           'social_emotional_mental_health', 'sensory_physical')),
        description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
        delivery text NOT NULL CHECK (delivery IN ('group', 'one_to_one')),
        usual_group_size smallint NOT NULL CHECK (usual_group_size BETWEEN 1 AND 30),
        delivered_by text NOT NULL CHECK (delivered_by IN ('ta', 'teacher', 'senco')),
        usual_minutes smallint NOT NULL CHECK (usual_minutes BETWEEN 5 AND 240),
        usual_sessions_per_week smallint NOT NULL CHECK (usual_sessions_per_week BETWEEN 1 AND 10),
        resource_cost_per_session_pence integer NOT NULL DEFAULT 0
          CHECK (resource_cost_per_session_pence BETWEEN 0 AND 1000000),
        measure_name text NOT NULL CHECK (length(measure_name) BETWEEN 1 AND 80),
        measure_unit text NOT NULL CHECK (length(measure_unit) BETWEEN 1 AND 40),
        higher_is_better boolean NOT NULL DEFAULT true,
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        CHECK (delivery = 'group' OR usual_group_size = 1)
      );
      CREATE UNIQUE INDEX interventions_name ON interventions (school_id, lower(name));

      -- An hourly rate for a role (the default) or for one member of staff (overrides the role's), from a
      -- date. The rate in force on a session's date prices that session.
      CREATE TABLE staff_rates (
        school_id uuid NOT NULL REFERENCES schools (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        role text CHECK (role IN ('ta', 'teacher', 'senco')),
        user_id uuid REFERENCES users (id),
        hourly_rate_pence integer NOT NULL CHECK (hourly_rate_pence BETWEEN 1 AND 100000),
        effective_from date NOT NULL,
        set_by uuid REFERENCES users (id),
        set_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        CHECK ((role IS NULL) <> (user_id IS NULL))
      );
      CREATE UNIQUE INDEX staff_rates_role ON staff_rates (school_id, role, effective_from) WHERE role IS NOT NULL;
      CREATE UNIQUE INDEX staff_rates_user ON staff_rates (school_id, user_id, effective_from) WHERE user_id IS NOT NULL;

      CREATE TABLE provisions (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        intervention_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 120),
        sessions_per_week smallint NOT NULL CHECK (sessions_per_week BETWEEN 1 AND 10),
        minutes smallint NOT NULL CHECK (minutes BETWEEN 5 AND 240),
        -- ISO weekdays, 1 = Monday .. 5 = Friday.
        weekdays smallint[] NOT NULL CHECK (cardinality(weekdays) BETWEEN 1 AND 5 AND weekdays <@ ARRAY[1,2,3,4,5]::smallint[]),
        start_date date NOT NULL,
        end_date date NOT NULL,
        location text NOT NULL DEFAULT '' CHECK (length(location) <= 120),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, intervention_id) REFERENCES interventions (school_id, id),
        CHECK (end_date >= start_date)
      );
      CREATE INDEX provisions_dates ON provisions (school_id, end_date, start_date);
      CREATE INDEX provisions_intervention ON provisions (school_id, intervention_id);

      CREATE TABLE provision_staff (
        school_id uuid NOT NULL,
        provision_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id),
        PRIMARY KEY (school_id, provision_id, user_id),
        FOREIGN KEY (school_id, provision_id) REFERENCES provisions (school_id, id) ON DELETE CASCADE
      );
      CREATE INDEX provision_staff_user ON provision_staff (school_id, user_id);

      -- A pupil's place in a group: when they joined and left, and their entry and exit measures.
      CREATE TABLE provision_pupils (
        school_id uuid NOT NULL,
        provision_id uuid NOT NULL,
        pupil_id uuid NOT NULL,
        joined_on date NOT NULL,
        left_on date,
        entry_score numeric(8,2),
        entry_date date,
        target_score numeric(8,2),
        exit_score numeric(8,2),
        exit_date date,
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (school_id, provision_id, pupil_id),
        FOREIGN KEY (school_id, provision_id) REFERENCES provisions (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        CHECK (left_on IS NULL OR left_on >= joined_on),
        CHECK ((entry_score IS NULL) = (entry_date IS NULL)),
        CHECK ((exit_score IS NULL) = (exit_date IS NULL)),
        CHECK (exit_date IS NULL OR entry_date IS NULL OR exit_date >= entry_date)
      );
      CREATE INDEX provision_pupils_pupil ON provision_pupils (school_id, pupil_id);

      -- One logged session of a group: held (with its duration) or cancelled (with a reason).
      CREATE TABLE provision_sessions (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        provision_id uuid NOT NULL,
        held_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('held', 'cancelled')),
        minutes smallint CHECK (minutes BETWEEN 1 AND 240),
        cancel_reason text CHECK (cancel_reason IN ('staff_absence', 'cover', 'trip', 'pupil_unavailable', 'other')),
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 1000),
        delivered_by uuid NOT NULL REFERENCES users (id),
        logged_by uuid NOT NULL REFERENCES users (id),
        logged_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, provision_id) REFERENCES provisions (school_id, id),
        -- A group meets at most once a day: a second log for the same day is a correction, not a session.
        UNIQUE (school_id, provision_id, held_on),
        CHECK ((status = 'held' AND minutes IS NOT NULL AND cancel_reason IS NULL)
            OR (status = 'cancelled' AND minutes IS NULL AND cancel_reason IS NOT NULL))
      );
      CREATE INDEX provision_sessions_date ON provision_sessions (school_id, held_on);

      -- Who was there. Only for held sessions; the pupils listed share the session's cost.
      CREATE TABLE session_attendance (
        school_id uuid NOT NULL,
        session_id uuid NOT NULL,
        pupil_id uuid NOT NULL,
        attended boolean NOT NULL,
        absence_reason text CHECK (absence_reason IN ('ill', 'absent_from_school', 'refused', 'other_commitment', 'other')),
        PRIMARY KEY (school_id, session_id, pupil_id),
        FOREIGN KEY (school_id, session_id) REFERENCES provision_sessions (school_id, id) ON DELETE CASCADE,
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        CHECK (attended = (absence_reason IS NULL))
      );
      CREATE INDEX session_attendance_pupil ON session_attendance (school_id, pupil_id);

      -- Every change to the provision map, with before and after: append-only for the application.
      CREATE TABLE provision_changes (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        entity text NOT NULL CHECK (entity IN ('intervention', 'staff_rate', 'provision', 'provision_pupil', 'session')),
        entity_id uuid NOT NULL,
        pupil_id uuid,
        action text NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
        before jsonb,
        after jsonb,
        changed_by uuid REFERENCES users (id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id)
      );
      CREATE INDEX provision_changes_entity ON provision_changes (school_id, entity_id, changed_at);
    `);
    for (const table of [
      'interventions',
      'staff_rates',
      'provisions',
      'provision_staff',
      'provision_pupils',
      'provision_sessions',
      'session_attendance',
      'provision_changes',
    ]) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY school_isolation ON ${table}
          USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
      `);
    }
    await q.query(`
      GRANT SELECT, INSERT, UPDATE ON interventions, provisions, provision_pupils, provision_sessions TO send_app;
      GRANT SELECT, INSERT, UPDATE ON staff_rates TO send_app;
      GRANT SELECT, INSERT ON provision_changes TO send_app;
      GRANT SELECT, INSERT, DELETE ON provision_staff TO send_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON session_attendance TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE provision_changes, session_attendance, provision_sessions, provision_pupils, provision_staff,
        provisions, staff_rates, interventions;
    `);
  }
}
