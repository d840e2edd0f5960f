import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pupil passports: one draft per pupil (edited by the SENCO), published versions that never change
 * (the application may only insert and read them), photos kept in the database so that only those who
 * may see the passport can fetch one, read receipts per version and person, and in-app notices (the
 * nudge to read a passport) until the notification outbox exists.
 */
export class PupilPassports1764200000000 implements MigrationInterface {
  name = 'PupilPassports1764200000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE passport_photos (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png')),
        content bytea NOT NULL CHECK (octet_length(content) <= 2000000),
        width integer NOT NULL CHECK (width BETWEEN 1 AND 4000),
        height integer NOT NULL CHECK (height BETWEEN 1 AND 4000),
        uploaded_by uuid REFERENCES users (id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id)
      );

      CREATE TABLE passport_drafts (
        school_id uuid NOT NULL,
        pupil_id uuid NOT NULL,
        content jsonb NOT NULL,
        photo_id uuid,
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, pupil_id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        FOREIGN KEY (school_id, photo_id) REFERENCES passport_photos (school_id, id)
      );

      CREATE TABLE passport_versions (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        number integer NOT NULL CHECK (number >= 1),
        content jsonb NOT NULL,
        photo_id uuid,
        change_note text NOT NULL CHECK (length(change_note) BETWEEN 1 AND 500),
        published_by uuid REFERENCES users (id),
        published_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        UNIQUE (school_id, pupil_id, number),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        FOREIGN KEY (school_id, photo_id) REFERENCES passport_photos (school_id, id)
      );
      CREATE INDEX passport_versions_latest ON passport_versions (school_id, pupil_id, number DESC);

      CREATE TABLE passport_receipts (
        school_id uuid NOT NULL,
        version_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users (id),
        read_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, version_id, user_id),
        FOREIGN KEY (school_id, version_id) REFERENCES passport_versions (school_id, id)
      );
      CREATE INDEX passport_receipts_user ON passport_receipts (school_id, user_id);

      -- In-app notices to one person (for now: "please read these passports").
      CREATE TABLE staff_notices (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        kind text NOT NULL CHECK (kind IN ('passport-nudge')),
        message text NOT NULL CHECK (length(message) BETWEEN 1 AND 500),
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        PRIMARY KEY (school_id, id)
      );
      CREATE INDEX staff_notices_user ON staff_notices (school_id, user_id, created_at DESC);
    `);
    for (const table of [
      'passport_photos',
      'passport_drafts',
      'passport_versions',
      'passport_receipts',
      'staff_notices',
    ]) {
      await q.query(`
        ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
        ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
        CREATE POLICY school_isolation ON ${table}
          USING (school_id = app_current_school()) WITH CHECK (school_id = app_current_school());
      `);
    }
    await q.query(`
      -- Versions, photos and receipts are never changed by the application: insert and read only.
      GRANT SELECT, INSERT ON passport_photos, passport_versions, passport_receipts TO send_app;
      GRANT SELECT, INSERT, UPDATE ON passport_drafts TO send_app;
      GRANT SELECT, INSERT, UPDATE (read_at) ON staff_notices TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE staff_notices, passport_receipts, passport_versions, passport_drafts, passport_photos;
    `);
  }
}
