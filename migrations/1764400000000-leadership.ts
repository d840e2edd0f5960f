import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Leadership: the trust summary visits each school of a trust in turn (inside that school's row-level
 * security), so it needs the trust's school ids, which a trust leader (a member of no school) cannot
 * read from `schools` directly. Ids and names only, through a SECURITY DEFINER function; the route has
 * already checked the caller's membership of the trust.
 */
export class Leadership1764400000000 implements MigrationInterface {
  name = 'Leadership1764400000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_trust_schools(p_trust_id uuid) RETURNS TABLE (id uuid, name text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
        $$ SELECT s.id, s.name FROM schools s WHERE s.trust_id = p_trust_id ORDER BY s.name, s.id $$;
      REVOKE ALL ON FUNCTION app_trust_schools(uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_trust_schools(uuid) TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION app_trust_schools(uuid);`);
  }
}
