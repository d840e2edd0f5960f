import { Injectable } from '@nestjs/common';
import {
  CENSUS_RULES,
  censusProblems,
  SEN_STATUS_LABELS,
  type NeedTypeRow,
  type PupilNeed,
  type SendRecord,
  type SenStatus,
  type SenStatusEntry,
  type TimelineEvent,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { FieldError, validationProblem } from '../platform/http/problem';
import { DbContext } from '../platform/tenancy/db-context';
import { assertPupilVisible } from '../pupils/own-pupils';
import type { ChangeSenStatusDto, SetNeedsDto } from './dto/sen-record.dto';
import { schoolToday } from './register-query';
import { SenRecordWriter } from './sen-record.writer';

/** How far ahead a change may be dated: a planned move at the start of next term, not next year. */
const MAX_DAYS_AHEAD = 183;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

@Injectable()
export class SenRecordService {
  constructor(
    private readonly db: DbContext,
    private readonly writer: SenRecordWriter,
  ) {}

  async needTypes(): Promise<NeedTypeRow[]> {
    return this.db.manager.query(
      `SELECT code, label, area, support_only AS "supportOnly", to_char(discontinued_on, 'YYYY-MM-DD') AS "discontinuedOn"
         FROM need_types ORDER BY discontinued_on NULLS FIRST, area NULLS LAST, code`,
    );
  }

  async record(auth: RequestAuth, pupilId: string): Promise<SendRecord> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    const today = schoolToday();
    const [pupil] = await m.query(`SELECT sen_version FROM pupils WHERE id = $1`, [pupilId]);
    const statusHistory: SenStatusEntry[] = await m.query(
      `SELECT h.id, h.status, to_char(h.effective_from, 'YYYY-MM-DD') AS "effectiveFrom", h.reason, h.source,
              CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'displayName', u.display_name) END AS "recordedBy",
              h.recorded_at AS "recordedAt"
         FROM sen_status_history h LEFT JOIN users u ON u.id = h.recorded_by
        WHERE h.pupil_id = $1 ORDER BY h.effective_from DESC, h.recorded_at DESC`,
      [pupilId],
    );
    const needHistory: (PupilNeed & {
      recordedAt: string;
      recordedBy: string | null;
      supportOnly: boolean;
      discontinued: boolean;
    })[] = await m.query(
      `SELECT n.id, n.need_code AS code, t.label, t.area, n.rank, n.description,
                to_char(n.effective_from, 'YYYY-MM-DD') AS "effectiveFrom", to_char(n.effective_to, 'YYYY-MM-DD') AS "effectiveTo",
                n.recorded_at AS "recordedAt", u.display_name AS "recordedBy", t.support_only AS "supportOnly",
                (t.discontinued_on IS NOT NULL AND t.discontinued_on <= $2::date) AS discontinued
           FROM pupil_needs n JOIN need_types t ON t.code = n.need_code LEFT JOIN users u ON u.id = n.recorded_by
          WHERE n.pupil_id = $1 ORDER BY n.effective_from DESC, n.rank`,
      [pupilId, today],
    );
    const current = statusHistory.find((entry) => entry.effectiveFrom <= today);
    const status: SenStatus = current?.status ?? 'N';
    const needs = needHistory.filter(
      (n) => n.effectiveFrom <= today && (n.effectiveTo === null || n.effectiveTo > today),
    );
    const strip = ({
      recordedAt: _a,
      recordedBy: _b,
      supportOnly: _c,
      discontinued: _d,
      ...need
    }: (typeof needHistory)[number]): PupilNeed => need;
    return {
      pupilId,
      senVersion: pupil.sen_version,
      status,
      statusSince: current?.effectiveFrom ?? null,
      needs: needs.map(strip).sort((a, b) => a.rank - b.rank),
      statusHistory,
      needHistory: needHistory
        .filter((n) => n.effectiveTo === null || n.effectiveTo > n.effectiveFrom)
        .map(strip),
      timeline: await this.timeline(auth, pupilId, statusHistory, needHistory),
      censusProblems: censusProblems(status, needs),
    };
  }

  private async timeline(
    auth: RequestAuth,
    pupilId: string,
    statuses: SenStatusEntry[],
    needs: (PupilNeed & { recordedAt: string; recordedBy: string | null })[],
  ): Promise<TimelineEvent[]> {
    const events: TimelineEvent[] = statuses.map((s) => ({
      at: new Date(s.recordedAt).toISOString(),
      date: s.effectiveFrom,
      kind: 'status',
      summary: `${SEN_STATUS_LABELS[s.status]}: ${s.reason}`,
      by: s.recordedBy,
    }));
    // A set of needs is the rows recorded together from one date.
    const sets = new Map<string, typeof needs>();
    for (const need of needs) {
      const key = `${need.effectiveFrom}|${new Date(need.recordedAt).toISOString()}`;
      sets.set(key, [...(sets.get(key) ?? []), need]);
    }
    for (const [key, set] of sets) {
      const [date, at] = key.split('|') as [string, string];
      const ranked = [...set].sort((a, b) => a.rank - b.rank);
      events.push({
        at,
        date,
        kind: 'needs',
        summary: `Needs: ${ranked.map((n) => `${n.label} (${n.rank === 1 ? 'primary' : 'secondary'})`).join(', ')}`,
        by: ranked[0]?.recordedBy ? { id: '', displayName: ranked[0].recordedBy } : null,
      });
    }
    if (auth.grants['concern.read']) {
      const concerns: {
        raised_at: Date;
        triaged_at: Date | null;
        status: string;
        outcome: string | null;
        raised: string;
        triaged: string | null;
      }[] = await this.db.manager.query(
        `SELECT c.raised_at, c.triaged_at, c.status, c.outcome, r.display_name AS raised, t.display_name AS triaged
             FROM concerns c JOIN users r ON r.id = c.raised_by LEFT JOIN users t ON t.id = c.triaged_by
            WHERE c.pupil_id = $1`,
        [pupilId],
      );
      for (const c of concerns) {
        events.push({
          at: c.raised_at.toISOString(),
          date: schoolToday(c.raised_at),
          kind: 'concern',
          summary: 'Concern raised',
          by: { id: '', displayName: c.raised },
        });
        if (c.triaged_at) {
          events.push({
            at: c.triaged_at.toISOString(),
            date: schoolToday(c.triaged_at),
            kind: 'concern',
            summary: `Concern triaged: ${c.outcome ?? c.status}`,
            by: c.triaged ? { id: '', displayName: c.triaged } : null,
          });
        }
      }
    }
    return events.sort((a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at));
  }

  async changeStatus(auth: RequestAuth, pupilId: string, dto: ChangeSenStatusDto): Promise<SendRecord> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    await this.writer.assertSenVersion(m, pupilId, dto.senVersion);
    await this.assertDateAllowed(pupilId, dto.effectiveFrom, 'effectiveFrom');
    await this.writer.changeStatus(m, {
      pupilId,
      status: dto.status,
      effectiveFrom: dto.effectiveFrom,
      reason: dto.reason.trim(),
      source: 'manual',
      userId: auth.principal.userId,
    });
    // Off the register, the census takes no ranked needs: the set in force ends with the status.
    if (dto.status === 'N' || dto.status === 'monitoring') {
      const [active] = await m.query(
        `SELECT count(*)::int AS n FROM pupil_needs WHERE pupil_id = $1 AND (effective_to IS NULL OR effective_to > $2::date)`,
        [pupilId, dto.effectiveFrom],
      );
      if (active.n > 0) {
        await this.writer.setNeeds(m, {
          pupilId,
          effectiveFrom: dto.effectiveFrom,
          needs: [],
          source: 'manual',
          userId: auth.principal.userId,
        });
      }
    }
    return this.record(auth, pupilId);
  }

  async setNeeds(auth: RequestAuth, pupilId: string, dto: SetNeedsDto): Promise<SendRecord> {
    const m = this.db.manager;
    await assertPupilVisible(m, auth, pupilId);
    await this.writer.assertSenVersion(m, pupilId, dto.senVersion);
    await this.assertDateAllowed(pupilId, dto.effectiveFrom, 'effectiveFrom');
    const types: { code: string; support_only: boolean; discontinued: boolean }[] = await m.query(
      `SELECT code, support_only, (discontinued_on IS NOT NULL AND discontinued_on <= $2::date) AS discontinued
         FROM need_types WHERE code = ANY ($1::text[])`,
      [dto.needs.map((n) => n.code), dto.effectiveFrom],
    );
    const errors: FieldError[] = [];
    dto.needs.forEach((need, i) => {
      const type = types.find((t) => t.code === need.code);
      if (!type)
        errors.push({ field: `needs[${i}].code`, message: `${need.code} is not a census type of need` });
    });
    const [statusRow] = await m.query(
      `SELECT status FROM sen_status_history WHERE pupil_id = $1 AND effective_from <= $2::date
        ORDER BY effective_from DESC, recorded_at DESC LIMIT 1`,
      [pupilId, dto.effectiveFrom],
    );
    const status: SenStatus = statusRow?.status ?? 'N';
    const problems = censusProblems(
      status,
      dto.needs.map((n) => {
        const type = types.find((t) => t.code === n.code);
        return {
          code: n.code,
          rank: n.rank,
          supportOnly: type?.support_only,
          discontinued: type?.discontinued,
        };
      }),
    );
    for (const rule of problems) {
      if (rule === 'no-primary-need' && dto.needs.length === 0) continue; // clearing needs is allowed
      const message =
        rule === 'needs-at-n'
          ? `${CENSUS_RULES[rule]} Put the pupil on SEN support or an EHCP first.`
          : CENSUS_RULES[rule];
      errors.push({ field: 'needs', message });
    }
    if (errors.length) throw validationProblem(errors);
    await this.writer.setNeeds(m, {
      pupilId,
      effectiveFrom: dto.effectiveFrom,
      needs: dto.needs,
      source: 'manual',
      userId: auth.principal.userId,
    });
    return this.record(auth, pupilId);
  }

  private async assertDateAllowed(pupilId: string, date: string, field: string): Promise<void> {
    const [pupil] = await this.db.manager.query(
      `SELECT to_char(date_of_birth, 'YYYY-MM-DD') AS dob FROM pupils WHERE id = $1`,
      [pupilId],
    );
    if (date < pupil.dob)
      throw validationProblem([{ field, message: 'The date is before the pupil was born' }]);
    if (daysBetween(schoolToday(), date) > MAX_DAYS_AHEAD) {
      throw validationProblem([{ field, message: 'The date is more than six months ahead' }]);
    }
  }
}
