import { MigrationInterface, QueryRunner } from 'typeorm';

const TENANT_TABLES = [
  'family_contacts',
  'professional_services',
  'professionals',
  'referrals',
  'referral_status_changes',
  'pupil_documents',
  'chronology_entries',
  'exam_arrangements',
  'exam_settings',
];

/**
 * Working with families and outside professionals: family contacts, the school's directory of
 * services and professionals, referrals with consent and their status history, documents received
 * (kept in the database so only those who may see the pupil's SEND detail can fetch them), the
 * chronology (insert-only: a correction is a new dated entry pointing at the one it corrects), and
 * exam access arrangements with the school's choice whether TAs see them.
 */
export class Liaison1764500000000 implements MigrationInterface {
  name = 'Liaison1764500000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE family_contacts (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        relationship text NOT NULL CHECK (length(relationship) BETWEEN 1 AND 100),
        parental_responsibility boolean NOT NULL,
        preferred_contact text NOT NULL CHECK (preferred_contact IN ('phone', 'email', 'text', 'letter', 'in-person')),
        phone text CHECK (length(phone) <= 40),
        email text CHECK (length(email) <= 254),
        address text CHECK (length(address) <= 500),
        language text NOT NULL DEFAULT 'English' CHECK (length(language) BETWEEN 1 AND 100),
        interpreter_needed boolean NOT NULL DEFAULT false,
        notes text NOT NULL DEFAULT '' CHECK (length(notes) <= 2000),
        -- Listed first: who the school contacts first.
        priority integer NOT NULL DEFAULT 1 CHECK (priority BETWEEN 1 AND 20),
        removed_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id)
      );
      CREATE INDEX family_contacts_pupil ON family_contacts (school_id, pupil_id);

      CREATE TABLE professional_services (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        kind text NOT NULL CHECK (kind IN ('educational-psychology', 'speech-and-language-therapy',
          'occupational-therapy', 'camhs', 'paediatrics', 'specialist-teaching', 'social-care', 'other')),
        how_to_refer text NOT NULL DEFAULT '' CHECK (length(how_to_refer) <= 4000),
        phone text CHECK (length(phone) <= 40),
        email text CHECK (length(email) <= 254),
        website text CHECK (length(website) <= 500),
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id)
      );

      CREATE TABLE professionals (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        service_id uuid NOT NULL,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        role text NOT NULL DEFAULT '' CHECK (length(role) <= 200),
        phone text CHECK (length(phone) <= 40),
        email text CHECK (length(email) <= 254),
        archived_at timestamptz,
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, service_id) REFERENCES professional_services (school_id, id)
      );

      CREATE TABLE referrals (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        service_id uuid NOT NULL,
        professional_id uuid,
        referred_on date NOT NULL,
        reason text NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
        consent_given_by text NOT NULL CHECK (length(consent_given_by) BETWEEN 1 AND 200),
        consent_relationship text NOT NULL CHECK (length(consent_relationship) BETWEEN 1 AND 100),
        consent_given_on date NOT NULL,
        status text NOT NULL CHECK (status IN ('waiting', 'accepted', 'assessed', 'report-received', 'closed', 'declined')),
        status_on date NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        FOREIGN KEY (school_id, service_id) REFERENCES professional_services (school_id, id),
        FOREIGN KEY (school_id, professional_id) REFERENCES professionals (school_id, id),
        CHECK (consent_given_on <= referred_on)
      );
      CREATE INDEX referrals_pupil ON referrals (school_id, pupil_id);
      CREATE INDEX referrals_open ON referrals (school_id, referred_on) WHERE status NOT IN ('closed', 'declined');

      -- Every status a referral has had, with its date and a note: insert and read only.
      CREATE TABLE referral_status_changes (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        referral_id uuid NOT NULL,
        status text NOT NULL CHECK (status IN ('waiting', 'accepted', 'assessed', 'report-received', 'closed', 'declined')),
        status_on date NOT NULL,
        note text NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, referral_id) REFERENCES referrals (school_id, id)
      );
      CREATE INDEX referral_status_changes_referral ON referral_status_changes (school_id, referral_id, recorded_at);

      -- Reports and plans received, kept in the database: served only through the API to those who may
      -- see the pupil's SEND detail, never at a public URL. Insert and read only.
      CREATE TABLE pupil_documents (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        referral_id uuid,
        kind text NOT NULL CHECK (kind IN ('report', 'plan', 'letter', 'assessment', 'other')),
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        file_name text NOT NULL CHECK (length(file_name) BETWEEN 1 AND 200),
        media_type text NOT NULL CHECK (media_type IN ('application/pdf',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword',
          'image/jpeg', 'image/png')),
        size_bytes integer NOT NULL CHECK (size_bytes BETWEEN 1 AND 20000000),
        content bytea NOT NULL,
        sha256 bytea NOT NULL,
        received_on date NOT NULL,
        recommendations text NOT NULL DEFAULT '' CHECK (length(recommendations) <= 8000),
        uploaded_by uuid REFERENCES users (id),
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        FOREIGN KEY (school_id, referral_id) REFERENCES referrals (school_id, id),
        CHECK (octet_length(content) = size_bytes)
      );
      CREATE INDEX pupil_documents_pupil ON pupil_documents (school_id, pupil_id, received_on DESC);

      -- The chronology: what happened with families and professionals. Insert and read only: a
      -- correction is a new entry (corrects_id) with its own date and author; the original stays.
      CREATE TABLE chronology_entries (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        occurred_on date NOT NULL,
        kind text NOT NULL CHECK (kind IN ('meeting', 'call', 'message', 'email', 'letter', 'visit', 'other')),
        -- A meeting with the pupil's parents or carers: counts towards the three a year.
        parent_meeting boolean NOT NULL DEFAULT false,
        with_whom text NOT NULL CHECK (length(with_whom) BETWEEN 1 AND 500),
        summary text NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
        agreed text NOT NULL DEFAULT '' CHECK (length(agreed) <= 4000),
        corrects_id uuid,
        referral_id uuid,
        recorded_by uuid REFERENCES users (id),
        recorded_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        FOREIGN KEY (school_id, corrects_id) REFERENCES chronology_entries (school_id, id),
        FOREIGN KEY (school_id, referral_id) REFERENCES referrals (school_id, id),
        CHECK (parent_meeting = false OR kind = 'meeting')
      );
      CREATE INDEX chronology_entries_pupil ON chronology_entries (school_id, pupil_id, occurred_on DESC);

      CREATE TABLE exam_arrangements (
        school_id uuid NOT NULL,
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        pupil_id uuid NOT NULL,
        arrangement text NOT NULL CHECK (arrangement IN ('extra-time', 'reader', 'scribe', 'word-processor',
          'rest-breaks', 'separate-room', 'prompter', 'modified-paper', 'other')),
        extra_time_percent integer CHECK (extra_time_percent BETWEEN 1 AND 100),
        details text NOT NULL DEFAULT '' CHECK (length(details) <= 1000),
        evidence text NOT NULL DEFAULT '' CHECK (length(evidence) <= 2000),
        assessor text NOT NULL DEFAULT '' CHECK (length(assessor) <= 200),
        approved_on date NOT NULL,
        expires_on date,
        withdrawn_on date,
        version integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id, id),
        FOREIGN KEY (school_id, pupil_id) REFERENCES pupils (school_id, id),
        CHECK ((arrangement = 'extra-time') = (extra_time_percent IS NOT NULL)),
        CHECK (expires_on IS NULL OR expires_on >= approved_on)
      );
      CREATE INDEX exam_arrangements_pupil ON exam_arrangements (school_id, pupil_id);

      CREATE TABLE exam_settings (
        school_id uuid NOT NULL REFERENCES schools (id),
        teaching_assistants_see boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        updated_by uuid REFERENCES users (id),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (school_id)
      );
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
      GRANT SELECT, INSERT, UPDATE ON family_contacts, professional_services, professionals, referrals,
        exam_arrangements, exam_settings TO send_app;
      GRANT SELECT, INSERT ON referral_status_changes, pupil_documents, chronology_entries TO send_app;
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      DROP TABLE exam_settings, exam_arrangements, chronology_entries, pupil_documents,
        referral_status_changes, referrals, professionals, professional_services, family_contacts;
    `);
  }
}
