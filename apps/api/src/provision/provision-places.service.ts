import { Injectable } from '@nestjs/common';
import type { Provision } from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { FieldError, forbidden, notFound, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { schoolToday } from '../register/register-query';
import { staleVersion } from '../register/sen-record.writer';
import type { AddProvisionPupilDto, UpdateProvisionPlaceDto } from './dto/provision.dto';
import { assertDelivers, assertProvisionVisible } from './provision-access';
import { changedFields, logProvisionChange, sentFields } from './provisions.change-log';
import { ProvisionDetailReader } from './provisions.query';

/** A pupil's place in a group, in the request's words: what the change log records. */
interface PlaceState {
  joinedOn: string;
  leftOn: string | null;
  entryScore: number | null;
  entryDate: string | null;
  targetScore: number | null;
  exitScore: number | null;
  exitDate: string | null;
}

const PLACE_COLUMNS = `to_char(joined_on, 'YYYY-MM-DD') AS "joinedOn", to_char(left_on, 'YYYY-MM-DD') AS "leftOn",
  entry_score::float8 AS "entryScore", to_char(entry_date, 'YYYY-MM-DD') AS "entryDate",
  target_score::float8 AS "targetScore", exit_score::float8 AS "exitScore",
  to_char(exit_date, 'YYYY-MM-DD') AS "exitDate", version`;

/** 2026-01-05 → "5 January 2026", as a person reads a date. */
function longDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

/** A score and its date are one measure: both or neither, and the exit comes after the entry. */
function measureErrors(place: PlaceState): FieldError[] {
  const errors: FieldError[] = [];
  for (const [which, score, date] of [
    ['entry', place.entryScore, place.entryDate],
    ['exit', place.exitScore, place.exitDate],
  ] as const) {
    if (score !== null && date === null) {
      errors.push({ field: `${which}Date`, message: `Enter the date of the ${which} measure` });
    }
    if (score === null && date !== null) {
      errors.push({ field: `${which}Score`, message: `Enter the ${which} score, or clear its date` });
    }
  }
  if (place.entryDate && place.exitDate && place.exitDate < place.entryDate) {
    errors.push({
      field: 'exitDate',
      message: `The exit measure must be on or after the entry measure (${longDate(place.entryDate)})`,
    });
  }
  if (place.leftOn !== null && place.leftOn < place.joinedOn) {
    errors.push({
      field: 'leftOn',
      message: `The date they left must be on or after the date they joined (${longDate(place.joinedOn)})`,
    });
  }
  return errors;
}

/** Pupils' places in groups: joining, leaving, and their entry, target and exit measures. */
@Injectable()
export class ProvisionPlacesService {
  constructor(
    private readonly db: DbContext,
    private readonly details: ProvisionDetailReader,
  ) {}

  /**
   * Adds a pupil to a group. A pupil who left the group earlier comes back into the same place (one
   * place per pupil and group): it is reopened from the new date, keeping its measures unless new
   * ones are given, and the change log keeps the earlier dates.
   */
  async add(auth: RequestAuth, provisionId: string, dto: AddProvisionPupilDto): Promise<Provision> {
    const m = this.db.manager;
    await assertProvisionVisible(m, auth, provisionId);
    const today = schoolToday();
    const [group] = await m.query(
      `SELECT to_char(start_date, 'YYYY-MM-DD') AS start_date, to_char(end_date, 'YYYY-MM-DD') AS end_date
         FROM provisions WHERE id = $1`,
      [provisionId],
    );
    const errors: FieldError[] = [];
    const [pupil] = await m.query(
      `SELECT to_char(leaving_date, 'YYYY-MM-DD') AS leaving_date FROM pupils WHERE id = $1`,
      [dto.pupilId],
    );
    if (!pupil) {
      errors.push({ field: 'pupilId', message: 'Choose a pupil on roll at this school' });
    } else if (pupil.leaving_date !== null && pupil.leaving_date <= today) {
      errors.push({
        field: 'pupilId',
        message: `This pupil left the school on ${longDate(pupil.leaving_date)}`,
      });
    }
    const [existing]: (PlaceState & { version: number })[] = pupil
      ? await m.query(
          `SELECT ${PLACE_COLUMNS} FROM provision_pupils WHERE provision_id = $1 AND pupil_id = $2 FOR UPDATE`,
          [provisionId, dto.pupilId],
        )
      : [];
    const joinedOn = dto.joinedOn ?? (today > group.start_date ? today : group.start_date);
    if (existing && (existing.leftOn === null || existing.leftOn > today)) {
      errors.push({
        field: 'pupilId',
        message:
          existing.leftOn === null
            ? 'This pupil is already in the group'
            : `This pupil is already in the group until ${longDate(existing.leftOn)}`,
      });
    } else if (joinedOn < group.start_date) {
      errors.push({
        field: 'joinedOn',
        message: `Enter a date on or after the group starts (${longDate(group.start_date)})`,
      });
    } else if (joinedOn > group.end_date) {
      errors.push({
        field: 'joinedOn',
        message: `Enter a date on or before the group ends (${longDate(group.end_date)})`,
      });
    } else if (existing?.leftOn && joinedOn < existing.leftOn) {
      errors.push({
        field: 'joinedOn',
        message: `They left this group on ${longDate(existing.leftOn)}: enter a date on or after it`,
      });
    }
    const place: PlaceState = {
      joinedOn,
      leftOn: null,
      entryScore: dto.entryScore ?? existing?.entryScore ?? null,
      entryDate: dto.entryDate ?? existing?.entryDate ?? null,
      targetScore: dto.targetScore ?? existing?.targetScore ?? null,
      exitScore: existing?.exitScore ?? null,
      exitDate: existing?.exitDate ?? null,
    };
    // Only the measures sent are the caller's to correct; a reopened place's old ones stay as they were.
    if (dto.entryScore !== undefined || dto.entryDate !== undefined || !existing) {
      errors.push(...measureErrors({ ...place, exitScore: null, exitDate: null }));
    }
    if (errors.length) throw validationProblem(errors);

    if (existing) {
      await m.query(
        `UPDATE provision_pupils SET joined_on = $3::date, left_on = NULL, entry_score = $4, entry_date = $5::date,
           target_score = $6, version = version + 1
         WHERE provision_id = $1 AND pupil_id = $2`,
        [provisionId, dto.pupilId, place.joinedOn, place.entryScore, place.entryDate, place.targetScore],
      );
    } else {
      await m.query(
        `INSERT INTO provision_pupils (school_id, provision_id, pupil_id, joined_on, entry_score, entry_date, target_score)
         VALUES (app_current_school(), $1, $2, $3::date, $4, $5::date, $6)`,
        [provisionId, dto.pupilId, place.joinedOn, place.entryScore, place.entryDate, place.targetScore],
      );
    }
    const { version: _v, ...before } = existing ?? { version: 0 };
    await logProvisionChange(m, {
      entity: 'provision_pupil',
      entityId: provisionId,
      pupilId: dto.pupilId,
      action: existing ? 'rejoined' : 'added',
      before: existing ? before : null,
      after: place,
      userId: auth.principal.userId,
    });
    return this.details.read(auth, provisionId);
  }

  /**
   * Records a place's measures (the staff who deliver the group, and the SENCO), or the date the pupil
   * left (the SENCO only: it changes who the group's cost is shared among).
   */
  async update(
    auth: RequestAuth,
    provisionId: string,
    pupilId: string,
    dto: UpdateProvisionPlaceDto,
  ): Promise<Provision> {
    const m = this.db.manager;
    await assertDelivers(m, auth, provisionId);
    const [row]: (PlaceState & { version: number })[] = await m.query(
      `SELECT ${PLACE_COLUMNS} FROM provision_pupils WHERE provision_id = $1 AND pupil_id = $2 FOR UPDATE`,
      [provisionId, pupilId],
    );
    if (!row) throw notFound();
    const { version, ...before } = row;
    const sent = sentFields(dto);
    if (sent.leftOn !== undefined && sent.leftOn !== before.leftOn && !auth.grants['provision.write']) {
      throw forbidden('Only the SENCO can record that a pupil has left a group, or bring them back.');
    }
    if (version !== dto.version) throw staleVersion("this pupil's place in the group");
    const { version: _v, ...changes } = sent;
    const after: PlaceState = { ...before, ...changes };
    const diff = changedFields(before, after);
    if (!diff) return this.details.read(auth, provisionId);
    const errors = measureErrors(after);
    if (errors.length) throw validationProblem(errors);
    await m.query(
      `UPDATE provision_pupils SET left_on = $3::date, entry_score = $4, entry_date = $5::date, target_score = $6,
         exit_score = $7, exit_date = $8::date, version = version + 1
       WHERE provision_id = $1 AND pupil_id = $2`,
      [
        provisionId,
        pupilId,
        after.leftOn,
        after.entryScore,
        after.entryDate,
        after.targetScore,
        after.exitScore,
        after.exitDate,
      ],
    );
    const onlyLeaving = Object.keys(diff.after).length === 1 && 'leftOn' in diff.after;
    await logProvisionChange(m, {
      entity: 'provision_pupil',
      entityId: provisionId,
      pupilId,
      action: onlyLeaving ? (after.leftOn ? 'left' : 'returned') : 'updated',
      ...diff,
      userId: auth.principal.userId,
    });
    return this.details.read(auth, provisionId);
  }
}
