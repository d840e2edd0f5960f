import { NEED_TYPES } from '@sendreg/contracts';
import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The platform: trusts, schools, people and their memberships, classes, and pupils' core records,
 * with PostgreSQL row-level security as the wall between schools.
 *
 * Every tenant table carries school_id, has (school_id, id) as its key, and refers to other tenant
 * rows with composite keys that include school_id, so a row can never point into another school.
 * RLS is enabled and forced; the policies compare with app_current_school(), which is NULL (so no
 * row matches) unless the request's transaction has set it.
 */
export class PlatformFoundation1763800000000 implements MigrationInterface {
  name = 'PlatformFoundation1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'send_app') THEN
          CREATE ROLE send_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
        END IF;
      END $$;
    `);
    // The connecting (owner) role must be able to SET ROLE send_app for each transaction.
    await q.query(`
      DO $$ BEGIN
        IF NOT pg_has_role(current_user, 'send_app', 'MEMBER') THEN
          EXECUTE format('GRANT send_app TO %I', current_user);
        END IF;
      END $$;
    `);

    await q.query(`
      CREATE FUNCTION app_current_school() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT nullif(current_setting('app.current_school', true), '')::uuid $$;
      CREATE FUNCTION app_current_user() RETURNS uuid LANGUAGE sql STABLE AS
        $$ SELECT nullif(current_setting('app.current_user', true), '')::uuid $$;
    `);

    await q.query(`
      CREATE TABLE trusts (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE schools (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        trust_id uuid REFERENCES trusts (id),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        urn char(6) UNIQUE CHECK (urn ~ '^[0-9]{6}$'),
        la_code char(3) CHECK (la_code ~ '^[0-9]{3}$'),
        establishment_number char(4) CHECK (establishment_number ~ '^[0-9]{4}$'),
        phase text NOT NULL CHECK (phase IN ('primary', 'secondary', 'all_through', 'special', 'nursery', 'post16')),
        created_at timestamptz NOT NULL DEFAULT now()
      );

      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL CHECK (email = lower(email) AND length(email) BETWEEN 3 AND 254),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 200),
        password_hash text,
        disabled_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX users_email_key ON users (email);

      CREATE TABLE memberships (
        school_id uuid NOT NULL REFERENCES schools (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        roles text[] NOT NULL CHECK (
          cardinality(roles) > 0 AND roles <@ ARRAY['senco', 'teacher', 'ta', 'head', 'school_admin']::text[]
        ),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        UNIQUE (school_id, user_id)
      );
      CREATE INDEX memberships_user ON memberships (user_id);

      CREATE TABLE trust_memberships (
        trust_id uuid NOT NULL REFERENCES trusts (id),
        user_id uuid NOT NULL REFERENCES users (id),
        roles text[] NOT NULL CHECK (cardinality(roles) > 0 AND roles <@ ARRAY['trust_leader']::text[]),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (trust_id, user_id)
      );
      CREATE INDEX trust_memberships_user ON trust_memberships (user_id);

      CREATE TABLE classes (
        school_id uuid NOT NULL REFERENCES schools (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        year_group text CHECK (year_group IN ('N','R','1','2','3','4','5','6','7','8','9','10','11','12','13')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        UNIQUE (school_id, name)
      );

      CREATE TABLE class_staff (
        school_id uuid NOT NULL,
        class_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id),
        role text NOT NULL CHECK (role IN ('teacher', 'ta')),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, class_id, user_id),
        FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id) ON DELETE CASCADE
      );
      CREATE INDEX class_staff_user ON class_staff (school_id, user_id);

      CREATE TABLE pupils (
        school_id uuid NOT NULL REFERENCES schools (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        upn char(13) NOT NULL CHECK (upn ~ '^[A-Z][0-9]{11}[0-9A-Z]$'),
        legal_forename text NOT NULL CHECK (length(legal_forename) BETWEEN 1 AND 100),
        legal_surname text NOT NULL CHECK (length(legal_surname) BETWEEN 1 AND 100),
        preferred_forename text CHECK (length(preferred_forename) BETWEEN 1 AND 100),
        date_of_birth date NOT NULL,
        gender char(1) NOT NULL CHECK (gender IN ('F', 'M', 'U')),
        year_group text NOT NULL CHECK (year_group IN ('N','R','1','2','3','4','5','6','7','8','9','10','11','12','13')),
        class_id uuid,
        pupil_premium boolean NOT NULL DEFAULT false,
        eal boolean NOT NULL DEFAULT false,
        looked_after boolean NOT NULL DEFAULT false,
        admission_date date,
        leaving_date date,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        UNIQUE (school_id, upn),
        FOREIGN KEY (school_id, class_id) REFERENCES classes (school_id, id)
      );
      CREATE INDEX pupils_class ON pupils (school_id, class_id);
      CREATE INDEX pupils_name ON pupils (school_id, legal_surname, legal_forename);
      CREATE INDEX pupils_year ON pupils (school_id, year_group);

      -- Census SEN need types: data, seeded from libs/contracts, so a new category is a migration.
      CREATE TABLE need_types (
        code text PRIMARY KEY CHECK (code ~ '^[A-Z]{2,6}$'),
        label text NOT NULL,
        area text CHECK (area IN ('cognition_and_learning', 'communication_and_interaction',
                                  'social_emotional_mental_health', 'sensory_physical')),
        support_only boolean NOT NULL DEFAULT false
      );

      -- Sign-in: a session is what a refresh token family and its access tokens belong to; ending it
      -- ends them all on the next request.
      CREATE TABLE auth_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        revoked_reason text
      );
      CREATE INDEX auth_sessions_user ON auth_sessions (user_id);

      CREATE TABLE refresh_tokens (
        token_hash bytea PRIMARY KEY,
        session_id uuid NOT NULL REFERENCES auth_sessions (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at timestamptz
      );
      CREATE INDEX refresh_tokens_session ON refresh_tokens (session_id);

      CREATE TABLE login_attempts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        email text NOT NULL,
        address text NOT NULL,
        succeeded boolean NOT NULL,
        attempted_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE INDEX login_attempts_email ON login_attempts (email, attempted_at);
      CREATE INDEX login_attempts_address ON login_attempts (address, attempted_at);
    `);

    // Row-level security: enabled and forced on every table with school_id, plus schools itself.
    for (const table of ['memberships', 'classes', 'class_staff', 'pupils']) {
      await q.query(
        `ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY; ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;`,
      );
    }
    await q.query(`
      CREATE POLICY school_isolation ON classes
        USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
      CREATE POLICY school_isolation ON class_staff
        USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
      CREATE POLICY school_isolation ON pupils
        USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
      -- A person may also read their own memberships of other schools (to sign in and switch school).
      CREATE POLICY school_isolation ON memberships
        USING (school_id = app_current_school() OR user_id = app_current_user())
        WITH CHECK (school_id = app_current_school());

      ALTER TABLE schools ENABLE ROW LEVEL SECURITY;
      ALTER TABLE schools FORCE ROW LEVEL SECURITY;
      CREATE POLICY school_isolation ON schools
        USING (id = app_current_school()
               OR id IN (SELECT m.school_id FROM memberships m WHERE m.user_id = app_current_user()))
        WITH CHECK (id = app_current_school());
    `);

    await q.query(`
      CREATE FUNCTION app_password_hash(p_email text) RETURNS TABLE (id uuid, password_hash text)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
        $$ SELECT u.id, u.password_hash FROM users u WHERE u.email = p_email AND u.disabled_at IS NULL $$;
      REVOKE ALL ON FUNCTION app_password_hash(text) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_password_hash(text) TO send_app;
    `);

    for (const need of NEED_TYPES) {
      await q.query(`INSERT INTO need_types (code, label, area, support_only) VALUES ($1, $2, $3, $4)`, [
        need.code,
        need.label,
        need.area,
        need.supportOnly,
      ]);
    }

    await q.query(`
      GRANT USAGE ON SCHEMA public TO send_app;
      GRANT SELECT ON trusts, need_types TO send_app;
      GRANT SELECT, INSERT, UPDATE ON schools TO send_app;
      GRANT SELECT, INSERT, UPDATE, DELETE ON memberships, trust_memberships, classes, class_staff TO send_app;
      GRANT SELECT, INSERT, UPDATE ON pupils TO send_app;
      GRANT SELECT, INSERT, UPDATE ON auth_sessions, refresh_tokens TO send_app;
      -- The application role may not read password hashes in bulk: only one at a time, by email,
      -- through app_password_hash(), which runs with the owner's rights.
      GRANT SELECT (id, email, display_name, disabled_at, created_at), INSERT, UPDATE ON users TO send_app;
      GRANT SELECT, INSERT, DELETE ON login_attempts TO send_app;
      GRANT EXECUTE ON FUNCTION app_current_school(), app_current_user() TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE login_attempts, refresh_tokens, auth_sessions, need_types, pupils, class_staff, classes,
        trust_memberships, memberships, users, schools, trusts;
      DROP FUNCTION app_password_hash(text), app_current_user(), app_current_school();
    `);
  }
}
