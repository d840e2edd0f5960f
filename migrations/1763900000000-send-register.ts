import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The SEND register: effective-dated SEN status and ranked needs, concerns raised by staff, a change
 * log of every SEND record change, imports, and idempotency keys for retried POSTs. All tenant tables,
 * under the same row-level security as the platform's.
 */
export class SendRegister1763900000000 implements MigrationInterface {
  name = 'SendRegister1763900000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      -- Census codes that are discontinued stay as data, so old records still read, but pre-flight flags them.
      ALTER TABLE need_types ADD COLUMN discontinued_on date;

      -- Bumped on every change to the pupil's SEND record (status, needs): stale writes are refused.
      ALTER TABLE pupils ADD COLUMN sen_version integer NOT NULL DEFAULT 1;
      ALTER TABLE pupils ADD COLUMN leaving_reason text CHECK (length(leaving_reason) <= 500);

      CREATE TABLE sen_status_history (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('N', 'monitoring', 'K', 'E')),
        effective_from date NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 1000),
        source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'concern', 'demo')),
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id)
      );
      CREATE INDEX sen_status_history_pupil ON sen_status_history (school_id, pupil_id, effective_from DESC, recorded_at DESC);

      CREATE TABLE pupil_needs (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        need_code text NOT NULL REFERENCES need_types (code),
        rank smallint NOT NULL CHECK (rank BETWEEN 1 AND 9),
        description text CHECK (length(description) <= 1000),
        effective_from date NOT NULL,
        effective_to date,
        source text NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'import', 'demo')),
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        -- A set replaced on the day it started ends that same day: it was never in effect.
        CHECK (effective_to IS NULL OR effective_to >= effective_from)
      );
      CREATE INDEX pupil_needs_pupil ON pupil_needs (school_id, pupil_id, effective_from);
      CREATE INDEX pupil_needs_current ON pupil_needs (school_id, need_code) WHERE effective_to IS NULL;

      CREATE TABLE concerns (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        raised_by uuid NOT NULL REFERENCES users (id),
        raised_at timestamptz NOT NULL DEFAULT now(),
        area text NOT NULL CHECK (area IN ('cognition_and_learning', 'communication_and_interaction',
                                           'social_emotional_mental_health', 'sensory_physical', 'not_sure')),
        observed text NOT NULL CHECK (length(observed) BETWEEN 1 AND 4000),
        tried text NOT NULL DEFAULT '' CHECK (length(tried) <= 4000),
        status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'monitoring', 'sen_support', 'closed')),
        outcome text CHECK (length(outcome) <= 4000),
        triaged_by uuid REFERENCES users (id),
        triaged_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id)
      );
      CREATE INDEX concerns_open ON concerns (school_id, status, raised_at);
      CREATE INDEX concerns_raised_by ON concerns (school_id, raised_by, raised_at DESC);

      -- Who changed what in a pupil's SEND record, and when. Append-only for the application.
      CREATE TABLE sen_changes (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        changed_by uuid REFERENCES users (id),
        changed_at timestamptz NOT NULL DEFAULT now(),
        entity text NOT NULL CHECK (entity IN ('pupil', 'sen_status', 'needs', 'concern')),
        action text NOT NULL CHECK (length(action) BETWEEN 1 AND 60),
        source text NOT NULL DEFAULT 'manual',
        before jsonb,
        after jsonb,
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id)
      );
      CREATE INDEX sen_changes_pupil ON sen_changes (school_id, pupil_id, changed_at);

      CREATE TABLE imports (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('csv', 'ctf')),
        file_name text CHECK (length(file_name) <= 255),
        file_sha256 text NOT NULL,
        applied boolean NOT NULL,
        row_count integer NOT NULL,
        created integer NOT NULL DEFAULT 0,
        updated integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        problems integer NOT NULL DEFAULT 0,
        imported_by uuid REFERENCES users (id),
        imported_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id)
      );

      -- A retried POST with the same key and body gets the first answer; another body gets 422.
      CREATE TABLE idempotency_keys (
        school_id uuid NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 8 AND 200),
        user_id uuid NOT NULL REFERENCES users (id),
        route text NOT NULL,
        request_sha256 text NOT NULL,
        status integer NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, key)
      );
    `);
    for (const table of [
      'sen_status_history',
      'pupil_needs',
      'concerns',
      'sen_changes',
      'imports',
      'idempotency_keys',
    ]) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY school_isolation ON ${table}
          USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
      `);
    }
    await q.query(`
      GRANT SELECT, INSERT ON sen_status_history, sen_changes, imports TO send_app;
      GRANT SELECT, INSERT, UPDATE ON pupil_needs, concerns TO send_app;
      GRANT SELECT, INSERT, DELETE ON idempotency_keys TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE idempotency_keys, imports, sen_changes, concerns, pupil_needs, sen_status_history;
      ALTER TABLE pupils DROP COLUMN leaving_reason, DROP COLUMN sen_version;
      ALTER TABLE need_types DROP COLUMN discontinued_on;
    `);
  }
}
