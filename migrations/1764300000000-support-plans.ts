import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = [
  'plan_settings',
  'support_plans',
  'plan_revisions',
  'plan_comments',
  'plan_reviews',
  'ehcp_records',
  'ehcp_record_revisions',
  'outbox_messages',
];

/**
 * Assess-Plan-Do-Review: support plans (sections as data in `content`, every save kept as a revision),
 * teachers' comments, review meetings that close a plan and start the next cycle, the school's review
 * cycle, EHCP records (every save kept), and the notification outbox (which replaces staff_notices:
 * passport nudges become notifications like the review digest). Calendar feeds are keyed by the hash
 * of their secret token and found through a SECURITY DEFINER function, since a calendar app has no
 * session and so no school context.
 */
export class SupportPlans1764300000000 implements MigrationInterface {
  name = 'SupportPlans1764300000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE plan_settings (
        school_id uuid NOT NULL REFERENCES schools (id),
        reviews_per_year smallint NOT NULL DEFAULT 3 CHECK (reviews_per_year BETWEEN 1 AND 12),
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id)
      );

      CREATE TABLE support_plans (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        cycle integer NOT NULL CHECK (cycle >= 1),
        status text NOT NULL CHECK (status IN ('draft', 'active', 'closed')),
        format text NOT NULL CHECK (length(format) BETWEEN 1 AND 60),
        content jsonb NOT NULL DEFAULT '{}'::jsonb,
        review_date date,
        started_on date,
        closed_on date,
        closed_reason text CHECK (length(closed_reason) BETWEEN 1 AND 500),
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        UNIQUE (school_id, pupil_id, cycle),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        CHECK (status <> 'active' OR (review_date IS NOT NULL AND started_on IS NOT NULL)),
        CHECK ((status = 'closed') = (closed_on IS NOT NULL))
      );
      -- One active plan and one draft per pupil, at most.
      CREATE UNIQUE INDEX support_plans_one_active ON support_plans (school_id, pupil_id) WHERE status = 'active';
      CREATE UNIQUE INDEX support_plans_one_draft ON support_plans (school_id, pupil_id) WHERE status = 'draft';
      CREATE INDEX support_plans_review_date ON support_plans (school_id, review_date) WHERE status = 'active';

      -- Every save of a plan, as saved: insert and read only.
      CREATE TABLE plan_revisions (
        school_id uuid NOT NULL,
        plan_id uuid NOT NULL,
        number integer NOT NULL CHECK (number >= 1),
        status text NOT NULL CHECK (status IN ('draft', 'active', 'closed')),
        content jsonb NOT NULL,
        review_date date,
        saved_by uuid REFERENCES users (id),
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, plan_id, number),
        FOREIGN KEY (school_id, plan_id) REFERENCES support_plans (school_id, id)
      );

      -- Teachers' comments on progress before a review: insert and read only.
      CREATE TABLE plan_comments (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL,
        author_id uuid REFERENCES users (id),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 2000),
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, plan_id) REFERENCES support_plans (school_id, id)
      );
      CREATE INDEX plan_comments_plan ON plan_comments (school_id, plan_id, created_at);

      -- A review meeting as recorded: it closes its plan and starts the next. Insert and read only.
      CREATE TABLE plan_reviews (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        plan_id uuid NOT NULL,
        pupil_id uuid NOT NULL,
        held_on date NOT NULL,
        attendees jsonb NOT NULL DEFAULT '[]'::jsonb,
        pupil_views text NOT NULL DEFAULT '' CHECK (length(pupil_views) <= 2000),
        parent_views text NOT NULL DEFAULT '' CHECK (length(parent_views) <= 2000),
        outcomes jsonb NOT NULL DEFAULT '[]'::jsonb,
        decisions text NOT NULL DEFAULT '' CHECK (length(decisions) <= 4000),
        next_plan_id uuid,
        next_review_date date,
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        UNIQUE (school_id, plan_id),
        FOREIGN KEY (school_id, plan_id) REFERENCES support_plans (school_id, id),
        FOREIGN KEY (school_id, next_plan_id) REFERENCES support_plans (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id)
      );
      CREATE INDEX plan_reviews_pupil ON plan_reviews (school_id, pupil_id, held_on DESC);

      CREATE TABLE ehcp_records (
        school_id uuid NOT NULL,
        pupil_id uuid NOT NULL,
        local_authority text NOT NULL CHECK (length(local_authority) BETWEEN 1 AND 120),
        requested_by text CHECK (requested_by IN ('school', 'parent', 'other')),
        requested_on date,
        assess_decision text CHECK (assess_decision IN ('assess', 'refuse')),
        assess_decision_on date,
        advice_received_on date,
        issue_decision text CHECK (issue_decision IN ('issue', 'not-issue')),
        draft_issued_on date,
        parent_comments_on date,
        final_issued_on date,
        last_annual_review_on date,
        next_annual_review_meeting_on date,
        review_papers_sent_on date,
        review_report_sent_on date,
        amend_decision_on date,
        phase_transfer text CHECK (phase_transfer IN ('early-years-to-primary', 'infant-to-junior',
          'primary-to-secondary', 'middle-to-secondary', 'secondary-to-post16')),
        transfer_year integer CHECK (transfer_year BETWEEN 2000 AND 2100),
        amended_plan_issued_on date,
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 4000),
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, pupil_id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        CHECK ((phase_transfer IS NULL) = (transfer_year IS NULL))
      );

      -- Every save of an EHCP record, as saved (the whole record as JSON): insert and read only.
      CREATE TABLE ehcp_record_revisions (
        school_id uuid NOT NULL,
        pupil_id uuid NOT NULL,
        number integer NOT NULL CHECK (number >= 1),
        record jsonb NOT NULL,
        saved_by uuid REFERENCES users (id),
        saved_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, pupil_id, number),
        FOREIGN KEY (school_id, pupil_id) REFERENCES ehcp_records (school_id, pupil_id)
      );

      -- The transactional outbox: written in the same transaction as what caused it, read in the app
      -- as the person's notifications, and sent by email when SMTP is configured. dedupe_key makes a
      -- job that runs twice (or on two replicas) write a message once.
      CREATE TABLE outbox_messages (
        school_id uuid NOT NULL REFERENCES schools (id),
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        kind text NOT NULL CHECK (kind IN ('review-digest', 'passport-nudge')),
        subject text NOT NULL CHECK (length(subject) BETWEEN 1 AND 200),
        body text NOT NULL CHECK (length(body) BETWEEN 1 AND 20000),
        link text CHECK (length(link) <= 500),
        dedupe_key text CHECK (length(dedupe_key) BETWEEN 1 AND 200),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed_at timestamptz,
        email_attempts integer NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text CHECK (length(last_error) <= 500),
        PRIMARY KEY (school_id, id),
        UNIQUE (school_id, user_id, dedupe_key)
      );
      CREATE INDEX outbox_messages_user ON outbox_messages (school_id, user_id, created_at DESC);
      CREATE INDEX outbox_messages_unsent ON outbox_messages (school_id, next_attempt_at) WHERE emailed_at IS NULL;

      INSERT INTO outbox_messages (school_id, id, user_id, kind, subject, body, created_by, created_at, read_at)
        SELECT school_id, id, user_id, kind, 'Please read your pupils'' passports', message,
               created_by, created_at, read_at
          FROM staff_notices;
      DROP TABLE staff_notices;

      -- A person's iCalendar feed of review dates. Not a tenant table: the request carries only the
      -- token, so the feed is found by the token's hash through app_calendar_feed().
      CREATE TABLE calendar_feeds (
        school_id uuid NOT NULL REFERENCES schools (id),
        token_hash bytea NOT NULL UNIQUE,
        user_id uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz,
        PRIMARY KEY (school_id, token_hash)
      );
      CREATE UNIQUE INDEX calendar_feeds_live ON calendar_feeds (school_id, user_id) WHERE revoked_at IS NULL;
      ALTER TABLE calendar_feeds ENABLE ROW LEVEL SECURITY;
      ALTER TABLE calendar_feeds FORCE ROW LEVEL SECURITY;
      -- A person manages only their own feeds, in the school they are working in.
      CREATE POLICY own_feeds ON calendar_feeds
        USING (user_id = app_current_user() AND school_id = app_current_school())
        WITH CHECK (user_id = app_current_user() AND school_id = app_current_school());

      -- Row-level security is forced on these tables, so it binds their owner too: the SECURITY DEFINER
      -- lookups below run as the owner, and (unless the owner is a superuser) would see no rows.
      -- These policies let the owner, and only the owner, read them; the application role is unaffected.
      DO $$ BEGIN
        EXECUTE format('CREATE POLICY owner_lookup ON calendar_feeds FOR SELECT TO %I USING (true)', current_user);
        EXECUTE format('CREATE POLICY owner_lookup ON schools FOR SELECT TO %I USING (true)', current_user);
      END $$;

      CREATE FUNCTION app_calendar_feed(p_token_hash bytea) RETURNS TABLE (school_id uuid, user_id uuid)
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
        $$ SELECT f.school_id, f.user_id FROM calendar_feeds f
             JOIN users u ON u.id = f.user_id AND u.disabled_at IS NULL
            WHERE f.token_hash = p_token_hash AND f.revoked_at IS NULL $$;
      REVOKE ALL ON FUNCTION app_calendar_feed(bytea) FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_calendar_feed(bytea) TO send_app;

      -- Scheduled jobs (the daily digest, the email sender) visit every school in turn; each school's
      -- work then runs inside that school's row-level security. Ids only.
      CREATE FUNCTION app_school_ids() RETURNS SETOF uuid
        LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS
        $$ SELECT id FROM schools ORDER BY id $$;
      REVOKE ALL ON FUNCTION app_school_ids() FROM PUBLIC;
      GRANT EXECUTE ON FUNCTION app_school_ids() TO send_app;
    `);
    for (const table of TENANT_TABLES) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY school_isolation ON ${table}
          USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
      `);
    }
    await q.query(`
      GRANT SELECT, INSERT, UPDATE ON plan_settings, support_plans, ehcp_records TO send_app;
      GRANT SELECT, INSERT ON plan_revisions, plan_comments, plan_reviews, ehcp_record_revisions TO send_app;
      GRANT SELECT, INSERT,
        UPDATE (read_at, emailed_at, email_attempts, next_attempt_at, last_error) ON outbox_messages TO send_app;
      GRANT SELECT, INSERT, UPDATE (revoked_at) ON calendar_feeds TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP FUNCTION app_school_ids(), app_calendar_feed(bytea);
      DROP POLICY owner_lookup ON schools;
      DROP TABLE calendar_feeds, outbox_messages, ehcp_record_revisions, ehcp_records, plan_reviews,
        plan_comments, plan_revisions, support_plans, plan_settings;
    `);
  }
}
