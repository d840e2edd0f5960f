import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The school's term dates, as the days it is closed (holidays, training days). No intervention session
 * is planned on them, so planned against delivered compares like with like. Removing a closure keeps
 * the row (removed_at, removed_by): the history of what was planned stays explainable.
 */
export class TermDates1764100000000 implements MigrationInterface {
  name = 'TermDates1764100000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE school_closures (
        school_id uuid NOT NULL REFERENCES schools (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        removed_by uuid REFERENCES users (id),
        removed_at timestamptz,
        PRIMARY KEY (school_id, id),
        CHECK (ends_on >= starts_on AND ends_on - starts_on <= 62)
      );
      CREATE INDEX school_closures_dates ON school_closures (school_id, starts_on) WHERE removed_at IS NULL;
      ALTER TABLE school_closures ENABLE ROW LEVEL SECURITY;
      ALTER TABLE school_closures FORCE ROW LEVEL SECURITY;
      CREATE POLICY school_isolation ON school_closures
        USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
      GRANT SELECT, INSERT, UPDATE (removed_by, removed_at) ON school_closures TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE school_closures;`);
  }
}
