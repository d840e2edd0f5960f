import { Injectable } from '@nestjs/common';
import {
  CENSUS_RULES,
  censusProblems,
  type CensusPreflight,
  type CensusProblem,
  type SenStatus,
  type YearGroup,
} from '@sendreg/contracts';
import type { RequestAuth } from '../platform/auth/principal';
import { DbContext } from '../platform/tenancy/db-context';
import { registerConditions, registerFrom, SqlParams } from './register-query';
import { RegisterFilters } from './dto/register.query';

interface CensusRow {
  id: string;
  upn: string;
  name: string;
  yearGroup: YearGroup;
  status: SenStatus;
  needs: { code: string; rank: number; supportOnly: boolean; discontinued: boolean }[];
}

/**
 * Census pre-flight: every pupil on roll on the census date whose status and ranked needs, as they
 * stood that day, break the census rules. The checking itself is the shared censusProblems.
 */
@Injectable()
export class CensusService {
  constructor(private readonly db: DbContext) {}

  async preflight(auth: RequestAuth, censusDate: string): Promise<CensusPreflight> {
    const params = new SqlParams();
    const from = registerFrom(params, censusDate);
    const base = registerConditions(params, auth, new RegisterFilters(), censusDate);
    const at = params.add(censusDate);
    const rows: CensusRow[] = await this.db.manager.query(
      `SELECT p.id, p.upn, p.legal_surname || ', ' || p.legal_forename AS name, p.year_group AS "yearGroup",
              coalesce(s.status, 'N') AS status,
              coalesce((SELECT json_agg(json_build_object('code', n.need_code, 'rank', n.rank,
                          'supportOnly', t.support_only,
                          'discontinued', t.discontinued_on IS NOT NULL AND t.discontinued_on <= ${at}::date))
                          FROM pupil_needs n JOIN need_types t ON t.code = n.need_code
                         WHERE n.school_id = p.school_id AND n.pupil_id = p.id AND n.effective_from <= ${at}::date
                           AND (n.effective_to IS NULL OR n.effective_to > ${at}::date)), '[]') AS needs
         FROM ${from} WHERE ${base.join(' AND ')}
        ORDER BY p.legal_surname, p.legal_forename, p.id`,
      params.values,
    );
    const problems: CensusProblem[] = rows.flatMap((row) =>
      censusProblems(row.status, row.needs).map((rule) => ({
        pupilId: row.id,
        upn: row.upn,
        name: row.name,
        yearGroup: row.yearGroup,
        status: row.status,
        rule,
        message: CENSUS_RULES[rule],
      })),
    );
    return { censusDate, pupilsChecked: rows.length, problems };
  }
}
