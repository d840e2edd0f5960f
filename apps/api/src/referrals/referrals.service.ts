import { Injectable } from '@nestjs/common';
import {
  canMoveReferral,
  recommendationLines,
  REFERRAL_STATUS_LABELS,
  REFERRAL_STATUS_MOVES,
  type PupilDocument,
  type Referral,
  type ReferralStatus,
  type ReferralSummary,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { notFound, validationProblem, type FieldError } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { cleanText } from '../passports/passport-content';
import { isoTimestamp } from '../passports/passport-sql';
import { personById } from '../plans/plan-sql';
import { assertPupilVisible, ownPupilsCondition } from '../pupils/own-pupils';
import { schoolToday } from '../register/register-query';
import { staleVersion } from '../register/sen-record.writer';
import type { ChangeReferralStatusDto, CreateReferralDto, ListReferralsQueryDto } from './dto/referral.dto';
import { DOCUMENT_COLUMNS, OPEN_REFERRAL, REFERRAL_FROM, REFERRAL_SUMMARY_COLUMNS } from './referral-sql';

type DocumentRow = Omit<PupilDocument, 'recommendations'> & { recommendations: string };

/** A document row as answered: the recommendations typed, as a list. */
export function documentFrom(row: DocumentRow): PupilDocument {
  return { ...row, recommendations: recommendationLines(row.recommendations) };
}

const joinOr = (words: string[]) =>
  words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;

/**
 * Referrals to outside services: made with the parents' consent recorded, moved through their
 * statuses (REFERRAL_STATUS_MOVES) with every change kept, and listed with the longest waits first.
 */
@Injectable()
export class ReferralsService {
  constructor(private readonly db: DbContext) {}

  /** The school's referrals: open ones by default, the longest waits first. */
  async list(auth: RequestAuth, query: ListReferralsQueryDto): Promise<ReferralSummary[]> {
    const params: unknown[] = [];
    const where: string[] = [];
    const status = query.status ?? 'open';
    if (status === 'open') where.push(OPEN_REFERRAL());
    if (status === 'closed') where.push(`NOT ${OPEN_REFERRAL()}`);
    if (query.service) {
      params.push(query.service);
      where.push(`r.service_id = $${params.length}`);
    }
    const own = ownPupilsCondition(auth, 'p', params.length + 1);
    if (own) {
      params.push(auth.principal.userId);
      where.push(own);
    }
    return (await this.db.manager.query(
      `SELECT ${REFERRAL_SUMMARY_COLUMNS} FROM ${REFERRAL_FROM}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${OPEN_REFERRAL()} DESC, "daysWaiting" DESC, r.referred_on, p.legal_surname, p.legal_forename, r.id`,
      params,
    )) as ReferralSummary[];
  }

  /** A pupil's referrals: open ones first, then the newest. */
  async forPupil(auth: RequestAuth, pupilId: string): Promise<ReferralSummary[]> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    return (await this.db.manager.query(
      `SELECT ${REFERRAL_SUMMARY_COLUMNS} FROM ${REFERRAL_FROM}
        WHERE r.pupil_id = $1
        ORDER BY ${OPEN_REFERRAL()} DESC, r.referred_on DESC, r.id`,
      [pupilId],
    )) as ReferralSummary[];
  }

  async get(auth: RequestAuth, pupilId: string, referralId: string): Promise<Referral> {
    await assertPupilVisible(this.db.manager, auth, pupilId);
    return this.read(pupilId, referralId);
  }

  /**
   * Makes a referral, 'waiting' from the date referred, with the consent recorded: a service of the
   * school's directory (not archived), optionally one of its professionals.
   */
  async create(auth: RequestAuth, pupilId: string, dto: CreateReferralDto): Promise<Referral> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const errors: FieldError[] = [];
    const [service] = (await m.query(
      `SELECT id FROM professional_services WHERE id = $1 AND archived_at IS NULL`,
      [dto.serviceId],
    )) as { id: string }[];
    if (!service)
      errors.push({ field: 'serviceId', message: "Choose a service from the school's directory" });
    const professionalId = dto.professionalId ?? null;
    if (professionalId && service) {
      const [professional] = await m.query(
        `SELECT 1 FROM professionals WHERE id = $1 AND service_id = $2 AND archived_at IS NULL`,
        [professionalId, service.id],
      );
      if (!professional) {
        errors.push({
          field: 'professionalId',
          message: 'Choose a professional of this service, or no one in particular',
        });
      }
    }
    if (dto.referredOn > schoolToday()) {
      errors.push({ field: 'referredOn', message: 'The date of the referral must be today or in the past' });
    }
    if (dto.consentGivenOn > dto.referredOn) {
      errors.push({
        field: 'consentGivenOn',
        message: 'Consent must be given on or before the date of the referral',
      });
    }
    if (errors.length) throw validationProblem(errors, 'Some details of the referral need changing.');
    const userId = auth.principal.userId;
    const [created] = (await m.query(
      `INSERT INTO referrals (school_id, pupil_id, service_id, professional_id, referred_on, reason,
                              consent_given_by, consent_relationship, consent_given_on, status, status_on,
                              created_by, updated_by)
       VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7, $8, 'waiting', $4, $9, $9) RETURNING id`,
      [
        pupilId,
        dto.serviceId,
        professionalId,
        dto.referredOn,
        cleanText(dto.reason),
        cleanText(dto.consentGivenBy),
        cleanText(dto.consentRelationship),
        dto.consentGivenOn,
        userId,
      ],
    )) as { id: string }[];
    await m.query(
      `INSERT INTO referral_status_changes (school_id, referral_id, status, status_on, recorded_by)
       VALUES (app_current_school(), $1, 'waiting', $2, $3)`,
      [created!.id, dto.referredOn, userId],
    );
    return this.read(pupilId, created!.id);
  }

  /**
   * Moves a referral on (REFERRAL_STATUS_MOVES) at the version last read (409 when someone changed it
   * since), and keeps the change in its history.
   */
  async changeStatus(
    auth: RequestAuth,
    pupilId: string,
    referralId: string,
    dto: ChangeReferralStatusDto,
  ): Promise<Referral> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const [current] = (await m.query(
      `SELECT status, to_char(status_on, 'YYYY-MM-DD') AS "statusOn", version
         FROM referrals WHERE id = $1 AND pupil_id = $2 FOR UPDATE`,
      [referralId, pupilId],
    )) as { status: ReferralStatus; statusOn: string; version: number }[];
    if (!current) throw notFound();
    if (current.version !== dto.version) throw staleVersion('this referral');
    const errors: FieldError[] = [];
    if (!canMoveReferral(current.status, dto.status)) {
      const moves = REFERRAL_STATUS_MOVES[current.status].map((s) => REFERRAL_STATUS_LABELS[s].toLowerCase());
      const from = REFERRAL_STATUS_LABELS[current.status].toLowerCase();
      errors.push({
        field: 'status',
        message: moves.length
          ? `A referral that is ${from} can only become ${joinOr(moves)}`
          : `This referral is ${from}: its status cannot change. Make a new referral if the pupil needs one.`,
      });
    }
    if (dto.statusOn > schoolToday()) {
      errors.push({ field: 'statusOn', message: 'The date of the change must be today or in the past' });
    } else if (dto.statusOn < current.statusOn) {
      errors.push({
        field: 'statusOn',
        message: 'The date of the change cannot be before the date of the current status',
      });
    }
    if (errors.length) throw validationProblem(errors, 'The status cannot be changed like this.');
    const userId = auth.principal.userId;
    const updated = (await m.query(
      `WITH x AS (UPDATE referrals SET status = $3, status_on = $4, version = version + 1, updated_by = $5,
                         updated_at = now()
                   WHERE id = $1 AND version = $2 RETURNING id)
       SELECT id FROM x`,
      [referralId, dto.version, dto.status, dto.statusOn, userId],
    )) as { id: string }[];
    if (updated.length === 0) throw staleVersion('this referral');
    await m.query(
      `INSERT INTO referral_status_changes (school_id, referral_id, status, status_on, note, recorded_by)
       VALUES (app_current_school(), $1, $2, $3, $4, $5)`,
      [referralId, dto.status, dto.statusOn, cleanText(dto.note ?? ''), userId],
    );
    return this.read(pupilId, referralId);
  }

  /** The referral in full (the pupil already checked visible); 404 when it is not the pupil's. */
  private async read(pupilId: string, referralId: string): Promise<Referral> {
    const m = this.db.manager;
    const [row] = (await m.query(
      `SELECT ${REFERRAL_SUMMARY_COLUMNS}, r.reason,
              json_build_object('givenBy', r.consent_given_by, 'relationship', r.consent_relationship,
                                'givenOn', to_char(r.consent_given_on, 'YYYY-MM-DD')) AS consent,
              r.version, ${personById('r.created_by')} AS "createdBy", ${isoTimestamp('r.created_at')} AS "createdAt",
              coalesce((SELECT json_agg(json_build_object(
                          'id', c.id, 'status', c.status, 'statusOn', to_char(c.status_on, 'YYYY-MM-DD'),
                          'note', c.note, 'recordedBy', ${personById('c.recorded_by')},
                          'recordedAt', ${isoTimestamp('c.recorded_at')})
                        ORDER BY c.recorded_at, c.status_on, c.id)
                          FROM referral_status_changes c
                         WHERE c.school_id = r.school_id AND c.referral_id = r.id), '[]') AS history
         FROM ${REFERRAL_FROM}
        WHERE r.id = $1 AND r.pupil_id = $2`,
      [referralId, pupilId],
    )) as Omit<Referral, 'documents'>[];
    if (!row) throw notFound();
    const documents = (await m.query(
      `SELECT ${DOCUMENT_COLUMNS} FROM pupil_documents d
        WHERE d.referral_id = $1 ORDER BY d.received_on DESC, d.uploaded_at DESC`,
      [referralId],
    )) as DocumentRow[];
    return { ...row, documents: documents.map(documentFrom) };
  }
}
