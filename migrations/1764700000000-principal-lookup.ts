import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who the caller is, in one statement. Every request loads its principal afresh (a disabled account,
 * an ended session or a removed membership takes effect on the next request); done as the application
 * role that took a transaction of four statements (begin, scope, select, commit) before the request's
 * own. This function does the same select in one: it runs with the owner's rights, scoped to the one
 * user by row-level security exactly as the application role would be (it sets app.current_user for
 * its own duration only, restoring both settings before it returns), and answers only for
 * a session that is live and an account that is not disabled.
 */
export class PrincipalLookup1764700000000 implements MigrationInterface {
  name = 'PrincipalLookup1764700000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION app_principal(p_user uuid, p_session uuid)
        RETURNS TABLE (id uuid, email text, display_name text, schools json, trusts json)
        LANGUAGE plpgsql VOLATILE SECURITY DEFINER
        SET search_path = public, pg_temp
      AS $$
      DECLARE
        was_user text := coalesce(current_setting('app.current_user', true), '');
        was_school text := coalesce(current_setting('app.current_school', true), '');
      BEGIN
        PERFORM set_config('app.current_user', p_user::text, true), set_config('app.current_school', '', true);
        RETURN QUERY
        SELECT u.id, u.email, u.display_name,
               coalesce((SELECT json_agg(json_build_object('schoolId', s.id, 'schoolName', s.name,
                                  'trustId', s.trust_id, 'roles', m.roles) ORDER BY s.name)
                           FROM memberships m JOIN schools s ON s.id = m.school_id
                          WHERE m.user_id = u.id), '[]'::json),
               coalesce((SELECT json_agg(json_build_object('trustId', t.id, 'trustName', t.name,
                                  'roles', tm.roles) ORDER BY t.name)
                           FROM trust_memberships tm JOIN trusts t ON t.id = tm.trust_id
                          WHERE tm.user_id = u.id), '[]'::json)
          FROM users u JOIN auth_sessions a ON a.user_id = u.id
         WHERE u.id = p_user AND a.id = p_session AND u.disabled_at IS NULL
           AND a.revoked_at IS NULL AND a.expires_at > now();
        PERFORM set_config('app.current_user', was_user, true), set_config('app.current_school', was_school, true);
      END $$;
      REVOKE ALL ON FUNCTION app_principal(uuid, uuid) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_principal(uuid, uuid) TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP FUNCTION app_principal(uuid, uuid)`);
  }
}
