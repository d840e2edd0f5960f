import { HttpStatus, Injectable } from '@nestjs/common';
import {
  roundPence,
  SESSION_CORRECTION_DAYS,
  type Page,
  type ProvisionSession,
  type SessionAlreadyLoggedProblem,
} from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import type { RequestAuth } from '../platform/auth/principal';
import { Idempotency } from '../platform/http/idempotency';
import { forbidden, notFound, ProblemException, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { ownPupilsCondition } from '../pupils/own-pupils';
import { schoolToday, SqlParams } from '../register/register-query';
import { staleVersion } from '../register/sen-record.writer';
import { sessionCosts } from './costing-sql';
import type { CorrectSessionDto, ListSessionsQuery, LogSessionDto } from './dto/session.dto';
import { assertDelivers, assertProvisionVisible } from './provision-access';
import { pupilName } from './provision-map.queries';
import { contentProblems, dayProblems, longDate, type GroupPlace } from './sessions.rules';

interface GroupForDay {
  startDate: string;
  endDate: string;
  /** A session of the group already logged for the day (another one, when correcting). */
  existingId: string | null;
  places: GroupPlace[];
}

interface SessionRow extends Omit<ProvisionSession, 'canCorrect' | 'correctableUntil' | 'costPence'> {
  loggedById: string;
  windowEnds: Date;
  inWindow: boolean;
  delivers: boolean;
  cost: string | null;
  total: number;
}

/** What a log says, in one canonical form: what the Idempotency-Key fingerprints and the change log keeps. */
function snapshot(dto: LogSessionDto, note: string) {
  const held = dto.status === 'held';
  return {
    heldOn: dto.heldOn,
    status: dto.status,
    minutes: held ? (dto.minutes ?? null) : null,
    cancelReason: held ? null : (dto.cancelReason ?? null),
    note,
    attendance: held
      ? (dto.attendance ?? [])
          .map((a) => ({
            pupilId: a.pupilId.toLowerCase(),
            attended: a.attended,
            absenceReason: a.attended ? null : (a.absenceReason ?? null),
          }))
          .sort((a, b) => (a.pupilId < b.pupilId ? -1 : 1))
      : [],
  };
}

function alreadyLogged(provisionId: string, heldOn: string, sessionId: string): ProblemException {
  const problem: SessionAlreadyLoggedProblem = {
    type: '/problems/session-already-logged',
    title: 'Session already logged',
    status: HttpStatus.CONFLICT,
    detail:
      `A session of this group is already logged for ${longDate(heldOn)}, and a group has one log a day. ` +
      'Open that session and correct it instead of logging it again.',
    sessionId,
    provisionId,
    heldOn,
  };
  return new ProblemException(problem);
}

/**
 * Session logs: a TA (or the SENCO) logs a group's session as held, with minutes and who came, or as
 * cancelled with a reason; the author corrects it for a week, the SENCO at any time. Every log and
 * correction is kept in provision_changes with what it was before.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly db: DbContext,
    private readonly idempotency: Idempotency,
  ) {}

  async log(
    auth: RequestAuth,
    provisionId: string,
    dto: LogSessionDto,
    key: string | undefined,
  ): Promise<ProvisionSession> {
    const m = this.db.manager;
    await assertDelivers(m, auth, provisionId);
    const content = snapshot(dto, dto.note?.trim() ?? '');
    return this.idempotency.run(
      { key, userId: auth.principal.userId, route: `provision-sessions.log:${provisionId}`, body: content },
      async () => {
        const group = await this.groupForDay(m, provisionId, dto.heldOn, null);
        this.check(dto, group, provisionId);
        const [row] = await m.query(
          `WITH s AS (
             INSERT INTO provision_sessions (school_id, provision_id, held_on, status, minutes, cancel_reason, note,
                                             delivered_by, logged_by)
             VALUES (app_current_school(), $1, $2, $3, $4, $5, $6, $7, $7)
             ON CONFLICT (school_id, provision_id, held_on) DO NOTHING
             RETURNING school_id, id
           ), a AS (
             INSERT INTO session_attendance (school_id, session_id, pupil_id, attended, absence_reason)
             SELECT s.school_id, s.id, v.pupil_id, v.attended, v.absence_reason
               FROM s, unnest($8::uuid[], $9::boolean[], $10::text[]) AS v(pupil_id, attended, absence_reason)
           ), c AS (
             INSERT INTO provision_changes (school_id, entity, entity_id, action, after, changed_by)
             SELECT s.school_id, 'session', s.id, 'session-logged', $11::jsonb, $7 FROM s
           )
           SELECT id FROM s`,
          [
            provisionId,
            content.heldOn,
            content.status,
            content.minutes,
            content.cancelReason,
            content.note,
            auth.principal.userId,
            content.attendance.map((a) => a.pupilId),
            content.attendance.map((a) => a.attended),
            content.attendance.map((a) => a.absenceReason),
            JSON.stringify(content),
          ],
        );
        if (!row) {
          // Logged by someone else between our check and our insert.
          const again = await this.groupForDay(m, provisionId, dto.heldOn, null);
          throw alreadyLogged(provisionId, dto.heldOn, again.existingId as string);
        }
        return this.read(auth, provisionId, row.id, true);
      },
    );
  }

  async list(
    auth: RequestAuth,
    provisionId: string,
    query: ListSessionsQuery,
  ): Promise<Page<ProvisionSession>> {
    await assertProvisionVisible(this.db.manager, auth, provisionId);
    const rows = await this.rows(auth, provisionId, null, query.pageSize, (query.page - 1) * query.pageSize);
    return {
      items: rows.map((r) => this.toSession(auth, r)),
      total: rows[0]?.total ?? (await this.count(provisionId)),
      page: query.page,
      pageSize: query.pageSize,
    };
  }

  async get(auth: RequestAuth, provisionId: string, sessionId: string): Promise<ProvisionSession> {
    await assertProvisionVisible(this.db.manager, auth, provisionId);
    return this.read(auth, provisionId, sessionId);
  }

  async correct(
    auth: RequestAuth,
    provisionId: string,
    sessionId: string,
    dto: CorrectSessionDto,
  ): Promise<ProvisionSession> {
    const m = this.db.manager;
    await assertDelivers(m, auth, provisionId);
    const [current] = await m.query(
      `SELECT s.logged_by AS "loggedBy", s.version, s.note,
              now() > s.logged_at + make_interval(days => $3) AS expired,
              to_char(s.logged_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD') AS "loggedOn",
              json_build_object('heldOn', to_char(s.held_on, 'YYYY-MM-DD'), 'status', s.status, 'minutes', s.minutes,
                'cancelReason', s.cancel_reason, 'note', s.note,
                'attendance', coalesce((SELECT json_agg(json_build_object('pupilId', a.pupil_id, 'attended', a.attended,
                                                          'absenceReason', a.absence_reason) ORDER BY a.pupil_id::text)
                                          FROM session_attendance a
                                         WHERE a.school_id = s.school_id AND a.session_id = s.id), '[]'::json)) AS before
         FROM provision_sessions s WHERE s.id = $1 AND s.provision_id = $2 FOR UPDATE`,
      [sessionId, provisionId, SESSION_CORRECTION_DAYS],
    );
    if (!current) throw notFound();
    if (auth.scope !== 'all') {
      if (current.loggedBy !== auth.principal.userId) {
        throw forbidden(
          `Only the person who logged this session can correct it, for ${SESSION_CORRECTION_DAYS} days after logging it. Ask the SENCO to correct it.`,
        );
      }
      if (current.expired) {
        throw forbidden(
          `This session was logged on ${longDate(current.loggedOn)}. Sessions can be corrected by the person who logged them for ${SESSION_CORRECTION_DAYS} days; after that, ask the SENCO to correct it.`,
        );
      }
    }
    if (current.version !== dto.version) throw staleVersion('this session');
    const group = await this.groupForDay(m, provisionId, dto.heldOn, sessionId);
    this.check(dto, group, provisionId);
    const after = snapshot(dto, dto.note === undefined ? current.note : dto.note.trim());
    await m.query(
      `WITH u AS (
         UPDATE provision_sessions SET held_on = $2, status = $3, minutes = $4, cancel_reason = $5, note = $6,
                version = version + 1
          WHERE id = $1 RETURNING school_id, id
       ), d AS (
         DELETE FROM session_attendance WHERE session_id = $1
       )
       INSERT INTO provision_changes (school_id, entity, entity_id, action, before, after, changed_by)
       SELECT u.school_id, 'session', u.id, 'session-corrected', $7::jsonb, $8::jsonb, $9 FROM u`,
      [
        sessionId,
        after.heldOn,
        after.status,
        after.minutes,
        after.cancelReason,
        after.note,
        JSON.stringify(current.before),
        JSON.stringify(after),
        auth.principal.userId,
      ],
    );
    if (after.attendance.length > 0) {
      await m.query(
        `INSERT INTO session_attendance (school_id, session_id, pupil_id, attended, absence_reason)
         SELECT app_current_school(), $1, v.pupil_id, v.attended, v.absence_reason
           FROM unnest($2::uuid[], $3::boolean[], $4::text[]) AS v(pupil_id, attended, absence_reason)`,
        [
          sessionId,
          after.attendance.map((a) => a.pupilId),
          after.attendance.map((a) => a.attended),
          after.attendance.map((a) => a.absenceReason),
        ],
      );
    }
    return this.read(auth, provisionId, sessionId, true);
  }

  /** Field errors about the day first (400), then a day already logged (409), then the rest (400). */
  private check(dto: LogSessionDto, group: GroupForDay, provisionId: string): void {
    const day = dayProblems(dto.heldOn, group, schoolToday());
    if (day.length > 0) throw validationProblem(day);
    if (group.existingId) throw alreadyLogged(provisionId, dto.heldOn, group.existingId);
    const content = contentProblems(dto, group.places);
    if (content.length > 0) throw validationProblem(content);
  }

  private async groupForDay(
    m: EntityManager,
    provisionId: string,
    heldOn: string,
    excludeSessionId: string | null,
  ): Promise<GroupForDay> {
    const [group] = await m.query(
      `SELECT to_char(pr.start_date, 'YYYY-MM-DD') AS "startDate", to_char(pr.end_date, 'YYYY-MM-DD') AS "endDate",
              (SELECT s.id FROM provision_sessions s
                WHERE s.school_id = pr.school_id AND s.provision_id = pr.id AND s.held_on = $2::date
                  AND s.id IS DISTINCT FROM $3::uuid) AS "existingId",
              coalesce((SELECT json_agg(json_build_object('pupilId', p.id, 'name', ${pupilName('p')},
                                          'joinedOn', pp.joined_on, 'leftOn', pp.left_on)
                                        ORDER BY p.legal_surname, p.legal_forename, p.id)
                          FROM provision_pupils pp JOIN pupils p ON p.school_id = pp.school_id AND p.id = pp.pupil_id
                         WHERE pp.school_id = pr.school_id AND pp.provision_id = pr.id), '[]'::json) AS places
         FROM provisions pr WHERE pr.id = $1`,
      [provisionId, heldOn, excludeSessionId],
    );
    if (!group) throw notFound();
    return group;
  }

  /**
   * One session as the caller sees it. `delivers`: the caller is known to deliver the group (or to
   * have the whole school), as after assertDelivers, so no per-pupil narrowing is needed.
   */
  private async read(
    auth: RequestAuth,
    provisionId: string,
    sessionId: string,
    delivers = false,
  ): Promise<ProvisionSession> {
    const [row] = await this.rows(auth, provisionId, sessionId, 1, 0, delivers);
    if (!row) throw notFound();
    return this.toSession(auth, row);
  }

  private async count(provisionId: string): Promise<number> {
    const [row] = await this.db.manager.query(
      `SELECT count(*)::int AS n FROM provision_sessions WHERE provision_id = $1`,
      [provisionId],
    );
    return row.n;
  }

  /**
   * Sessions of one group, newest first. People with an "own" grant who do not deliver the group (a
   * teacher whose pupil is in it) see the attendance of their own pupils only; costs only with cost.read.
   */
  private rows(
    auth: RequestAuth,
    provisionId: string,
    sessionId: string | null,
    limit: number,
    offset: number,
    knownToDeliver = false,
  ): Promise<SessionRow[]> {
    const params = new SqlParams();
    const provision = params.add(provisionId);
    const days = params.add(SESSION_CORRECTION_DAYS);
    const only = sessionId ? params.add(sessionId) : null;
    let delivers = 'true';
    let own: string | null = null;
    if (!knownToDeliver) {
      const me = params.add(auth.principal.userId);
      delivers = `EXISTS (SELECT 1 FROM provision_staff ps
          WHERE ps.school_id = s.school_id AND ps.provision_id = s.provision_id AND ps.user_id = ${me})`;
      own = ownPupilsCondition(auth, 'p', params.values.length);
    }
    const withCost = auth.grants['cost.read'] !== undefined;
    const narrow = only ? `s.id = ${only}` : `s.provision_id = ${provision}`;
    return this.db.manager.query(
      `SELECT s.id, s.provision_id AS "provisionId", to_char(s.held_on, 'YYYY-MM-DD') AS "heldOn", s.status,
              s.minutes, s.cancel_reason AS "cancelReason", s.note,
              json_build_object('id', d.id, 'displayName', d.display_name) AS "deliveredBy",
              json_build_object('id', l.id, 'displayName', l.display_name) AS "loggedBy",
              s.logged_at AS "loggedAt", s.logged_by AS "loggedById",
              s.logged_at + make_interval(days => ${days}) AS "windowEnds",
              now() <= s.logged_at + make_interval(days => ${days}) AS "inWindow",
              ${delivers} AS delivers,
              coalesce(att.items, '[]'::json) AS attendance,
              ${withCost ? 'sc.cost' : 'NULL'} AS cost, s.version,
              count(*) OVER ()::int AS total
         FROM provision_sessions s
         JOIN users d ON d.id = s.delivered_by
         JOIN users l ON l.id = s.logged_by
         LEFT JOIN LATERAL (
           SELECT json_agg(json_build_object('pupil', json_build_object('id', p.id, 'name', ${pupilName('p')}),
                                             'attended', a.attended, 'absenceReason', a.absence_reason)
                           ORDER BY p.legal_surname, p.legal_forename, p.id) AS items
             FROM session_attendance a JOIN pupils p ON p.school_id = a.school_id AND p.id = a.pupil_id
            WHERE a.school_id = s.school_id AND a.session_id = s.id ${own ? `AND (${own} OR ${delivers})` : ''}
         ) att ON true
         ${withCost ? `LEFT JOIN ${sessionCosts(narrow)} sc ON sc.school_id = s.school_id AND sc.session_id = s.id` : ''}
        WHERE s.provision_id = ${provision} ${only ? `AND s.id = ${only}` : ''}
        ORDER BY s.held_on DESC, s.logged_at DESC, s.id
        LIMIT ${params.add(limit)} OFFSET ${params.add(offset)}`,
      params.values,
    );
  }

  /** What the caller may do with it: the SENCO corrects any time, the author for a week. */
  private toSession(auth: RequestAuth, row: SessionRow): ProvisionSession {
    const write = auth.grants['session.write'];
    const author = row.loggedById === auth.principal.userId;
    const canCorrect = write === 'all' || (write === 'own' && author && row.delivers && row.inWindow);
    const correctableUntil = write === 'own' && author ? new Date(row.windowEnds).toISOString() : null;
    return {
      id: row.id,
      provisionId: row.provisionId,
      heldOn: row.heldOn,
      status: row.status,
      minutes: row.minutes,
      cancelReason: row.cancelReason,
      note: row.note,
      deliveredBy: row.deliveredBy,
      loggedBy: row.loggedBy,
      loggedAt: new Date(row.loggedAt).toISOString(),
      canCorrect,
      correctableUntil,
      attendance: row.attendance,
      costPence: row.status === 'held' && row.cost !== null ? roundPence(Number(row.cost)) : null,
      version: row.version,
    };
  }
}
