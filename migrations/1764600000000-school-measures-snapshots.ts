import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * School measures served from a snapshot: the head's dashboard and the trust summary read each school's
 * figures (schoolMeasures(), some 100 ms of counting for a large school) from one row per school,
 * computed for the school's today and refreshed in the background once older than a few minutes
 * (MEASURES_MAX_AGE_SECONDS). A tenant table like the others: row-level security enabled and forced.
 *
 * The trust summary reads the snapshots of all the trust's schools in one statement, through a
 * SECURITY DEFINER function (as app_trust_schools() lists them): visiting fifty schools' row-level
 * security in turn costs a hundred round trips a request. The function answers only a member of the
 * trust (the transaction's user, app_current_user()), and only with aggregates: the snapshots hold no
 * pupil's name or id.
 */
export class SchoolMeasuresSnapshots1764600000000 implements MigrationInterface {
  name = 'SchoolMeasuresSnapshots1764600000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE school_measures (
        school_id uuid NOT NULL REFERENCES schools (id),
        -- SchoolMeasures (libs/contracts/src/leadership.ts): aggregates only, no pupil named.
        measures jsonb NOT NULL,
        -- The school's today the figures were computed for: a snapshot of another day is never served.
        as_at date NOT NULL,
        computed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id)
      );
      ALTER TABLE school_measures ENABLE ROW LEVEL SECURITY;
      ALTER TABLE school_measures FORCE ROW LEVEL SECURITY;
      CREATE POLICY school_isolation ON school_measures
        USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
      GRANT SELECT, INSERT, UPDATE ON school_measures TO send_app;

      -- Row-level security is forced, so it binds the owner too: the function below runs as the owner
      -- and (unless the owner is a superuser) would see no rows. This lets the owner, and only the
      -- owner, read them; the application role is unaffected.
      DO $$ BEGIN
        EXECUTE format('CREATE POLICY owner_lookup ON school_measures FOR SELECT TO %I USING (true)', current_user);
      END $$;

      CREATE FUNCTION app_trust_school_measures(p_trust_id uuid, p_as_at date)
        RETURNS TABLE (school_id uuid, measures jsonb, computed_at timestamptz, age float8)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
        $$ SELECT sm.school_id, sm.measures, sm.computed_at, extract(epoch FROM now() - sm.computed_at)::float8
             FROM school_measures sm JOIN schools s ON s.id = sm.school_id
            WHERE s.trust_id = p_trust_id AND sm.as_at = p_as_at
              AND EXISTS (SELECT 1 FROM trust_memberships tm
                           WHERE tm.trust_id = p_trust_id AND tm.user_id = app_current_user()) $$;
      REVOKE ALL ON FUNCTION app_trust_school_measures(uuid, date) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_trust_school_measures(uuid, date) TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION app_trust_school_measures(uuid, date);
      DROP TABLE school_measures;
    `);
  }
}
