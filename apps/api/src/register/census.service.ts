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
import { censusExtractRefused, censusSenRows, type CensusSenRow } from './census-extract';
import { registerConditions, registerFrom, SqlParams } from './register-query';
import { RegisterFilters } from './dto/register.query';

/** A pupil on roll on the census date, with the status and ranked needs in force that day. */
export interface CensusRow {
  id: string;
  upn: string;
  name: string;
  yearGroup: YearGroup;
  status: SenStatus;
  needs: { code: string; rank: number; supportOnly: boolean; discontinued: boolean }[];
}

/**
 * Census pre-flight: every pupil on roll on the census date whose status and ranked needs, as they
 * stood that day, break the census rules. The checking itself is the shared censusProblems. The
 * census SEN extract reads the same rows, and is only made when the check finds nothing.
 */
@Injectable()
export class CensusService {
  constructor(private readonly db: DbContext) {}

  async preflight(auth: RequestAuth, censusDate: string): Promise<CensusPreflight> {
    return checked(censusDate, await this.rowsAt(auth, censusDate));
  }

  /**
   * The census SEN extract's rows: refused while the pre-flight finds problems for that date, since
   * the extract would carry them to the census. Read in the same statement as the check, so the two
   * can never disagree.
   */
  async senExtract(auth: RequestAuth, censusDate: string): Promise<CensusSenRow[]> {
    const rows = await this.rowsAt(auth, censusDate);
    const preflight = checked(censusDate, rows);
    if (preflight.problems.length) throw censusExtractRefused(preflight);
    return censusSenRows(rows);
  }

  private async rowsAt(auth: RequestAuth, censusDate: string): Promise<CensusRow[]> {
    const params = new SqlParams();
    // The needs are read whole below (every rank, to check them), so not through the register's join.
    const from = registerFrom(params, censusDate, false);
    const base = registerConditions(params, auth, new RegisterFilters(), censusDate);
    const at = params.add(censusDate);
    return this.db.manager.query(
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
  }
}

function checked(censusDate: string, rows: CensusRow[]): CensusPreflight {
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
