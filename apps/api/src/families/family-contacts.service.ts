import { Injectable } from '@nestjs/common';
import { checkFamilyContact, type FamilyContact } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { isoTimestamp, personRef } from '../passports/passport-sql';
import { assertPupilVisible } from '../pupils/own-pupils';
import { staleVersion } from '../register/sen-record.writer';
import type {
  FamilyContactDto,
  RemoveFamilyContactDto,
  UpdateFamilyContactDto,
} from './dto/family-contact.dto';

const STALE_CONTACT = 'this contact';

/** FamilyContact of a family_contacts alias c, with the users alias u of who last changed it. */
const CONTACT_JSON = `json_build_object(
    'id', c.id, 'pupilId', c.pupil_id, 'name', c.name, 'relationship', c.relationship,
    'parentalResponsibility', c.parental_responsibility, 'preferredContact', c.preferred_contact,
    'phone', c.phone, 'email', c.email, 'address', c.address, 'language', c.language,
    'interpreterNeeded', c.interpreter_needed, 'notes', c.notes, 'priority', c.priority,
    'version', c.version, 'updatedBy', ${personRef('u')}, 'updatedAt', ${isoTimestamp('c.updated_at')})`;

/**
 * A pupil's family contacts (family.read: the SENCO and the head; family.write: the SENCO). A removed
 * contact is kept (removed_at), as a record of who the school dealt with, but is no longer listed.
 */
@Injectable()
export class FamilyContactsService {
  constructor(private readonly db: DbContext) {}

  async list(auth: RequestAuth, pupilId: string): Promise<FamilyContact[]> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    const rows = (await this.db.manager.query(
      `SELECT ${CONTACT_JSON} AS contact
         FROM family_contacts c LEFT JOIN users u ON u.id = c.updated_by
        WHERE c.pupil_id = $1 AND c.removed_at IS NULL
        ORDER BY c.priority, c.created_at, c.id`,
      [pupilId],
    )) as { contact: FamilyContact }[];
    return rows.map((r) => r.contact);
  }

  async create(auth: RequestAuth, pupilId: string, dto: FamilyContactDto): Promise<FamilyContact> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    const c = this.checked(dto);
    const [row] = (await this.db.manager.query(
      `INSERT INTO family_contacts (school_id, pupil_id, name, relationship, parental_responsibility,
                                    preferred_contact, phone, email, address, language, interpreter_needed,
                                    notes, priority, created_by, updated_by)
       VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)
       RETURNING id`,
      [
        pupilId,
        c.name,
        c.relationship,
        c.parentalResponsibility,
        c.preferredContact,
        c.phone,
        c.email,
        c.address,
        c.language,
        c.interpreterNeeded,
        c.notes,
        c.priority,
        auth.principal.userId,
      ],
    )) as { id: string }[];
    return this.one(pupilId, row!.id);
  }

  /** Saves the contact at the version last read: 409 when someone changed it since. */
  async update(
    auth: RequestAuth,
    pupilId: string,
    contactId: string,
    dto: UpdateFamilyContactDto,
  ): Promise<FamilyContact> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    const c = this.checked(dto);
    const saved = (await this.db.manager.query(
      `WITH x AS (
         UPDATE family_contacts SET name = $4, relationship = $5, parental_responsibility = $6,
                preferred_contact = $7, phone = $8, email = $9, address = $10, language = $11,
                interpreter_needed = $12, notes = $13, priority = $14, version = version + 1,
                updated_by = $15, updated_at = now()
          WHERE id = $1 AND pupil_id = $2 AND removed_at IS NULL AND version = $3
         RETURNING id)
       SELECT id FROM x`,
      [
        contactId,
        pupilId,
        dto.version,
        c.name,
        c.relationship,
        c.parentalResponsibility,
        c.preferredContact,
        c.phone,
        c.email,
        c.address,
        c.language,
        c.interpreterNeeded,
        c.notes,
        c.priority,
        auth.principal.userId,
      ],
    )) as { id: string }[];
    if (saved.length === 0) await this.missingOrStale(pupilId, contactId);
    return this.one(pupilId, contactId);
  }

  /** Takes the contact off the list (kept in the database), at the version last read. */
  async remove(
    auth: RequestAuth,
    pupilId: string,
    contactId: string,
    dto: RemoveFamilyContactDto,
  ): Promise<void> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    const removed = (await this.db.manager.query(
      `WITH x AS (
         UPDATE family_contacts SET removed_at = now(), version = version + 1, updated_by = $4, updated_at = now()
          WHERE id = $1 AND pupil_id = $2 AND removed_at IS NULL AND version = $3
         RETURNING id)
       SELECT id FROM x`,
      [contactId, pupilId, dto.version, auth.principal.userId],
    )) as { id: string }[];
    if (removed.length === 0) await this.missingOrStale(pupilId, contactId);
  }

  private checked(dto: FamilyContactDto) {
    const { value, errors } = checkFamilyContact(dto);
    if (errors.length) throw validationProblem(errors, 'Some of the contact’s details need changing.');
    return value;
  }

  private async one(pupilId: string, contactId: string): Promise<FamilyContact> {
    const [row] = (await this.db.manager.query(
      `SELECT ${CONTACT_JSON} AS contact
         FROM family_contacts c LEFT JOIN users u ON u.id = c.updated_by
        WHERE c.id = $1 AND c.pupil_id = $2`,
      [contactId, pupilId],
    )) as { contact: FamilyContact }[];
    if (!row) throw notFound();
    return row.contact;
  }

  /** After a write that touched nothing: 404 when there is no such contact (or it is removed), else 409. */
  private async missingOrStale(pupilId: string, contactId: string): Promise<never> {
    const found = await this.db.manager.query(
      `SELECT 1 FROM family_contacts WHERE id = $1 AND pupil_id = $2 AND removed_at IS NULL`,
      [contactId, pupilId],
    );
    throw found.length ? staleVersion(STALE_CONTACT) : notFound();
  }
}
