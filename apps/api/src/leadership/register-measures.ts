import {
  SEN_STATUSES,
  YEAR_GROUPS,
  type Characteristic,
  type CharacteristicCount,
  type NeedCount,
  type StatusCount,
  type TrendPoint,
  type YearGroupCount,
} from '@sendreg/contracts';
import type { EntityManager } from 'typeorm';
import { onRollCondition, registerFrom, SqlParams } from '../register/register-query';

export interface RegisterMeasures {
  onRoll: number;
  byStatus: StatusCount[];
  byPrimaryNeed: NeedCount[];
  byYearGroup: YearGroupCount[];
  byCharacteristic: CharacteristicCount[];
}

/** In the words of the pupil's record (pupil-record.tsx). */
export const CHARACTERISTIC_LABELS: Record<Characteristic, string> = {
  pupilPremium: 'Pupil premium',
  eal: 'English as an additional language',
  lookedAfter: 'Looked after',
};

/** On roll, K and E among the rows of x meeting a condition, as a JSON object (an aggregate). */
const countsWhere = (condition: string) =>
  `json_build_object('onRoll', count(*) FILTER (WHERE ${condition}),
                     'senSupport', count(*) FILTER (WHERE ${condition} AND x.status = 'K'),
                     'ehcp', count(*) FILTER (WHERE ${condition} AND x.status = 'E'))`;

/**
 * The register today, counted in one statement: every pupil on roll with their current status and
 * primary need, read by the register's own FROM clause (registerFrom(), so the head's figures and the
 * SENCO's register never disagree), then counted by status, primary need, year group and
 * characteristic. Only the counts leave PostgreSQL.
 */
export async function registerMeasures(m: EntityManager, today: string): Promise<RegisterMeasures> {
  const params = new SqlParams();
  const from = registerFrom(params, today);
  const roll = onRollCondition(params, today);
  const statuses = params.add(SEN_STATUSES);
  const years = params.add(YEAR_GROUPS);
  const [row] = (await m.query(
    `WITH reg AS MATERIALIZED (
       SELECT p.year_group, p.pupil_premium, p.eal, p.looked_after, coalesce(s.status, 'N') AS status,
              nd.primary_need
         FROM ${from}
        WHERE ${roll})
     SELECT
       (SELECT count(*)::int FROM reg) AS "onRoll",
       (SELECT json_agg(json_build_object(
                 'status', st.status, 'count', sc.n,
                 'percent', CASE WHEN total.n = 0 THEN 0 ELSE round(100.0 * sc.n / total.n, 1) END)
                 ORDER BY st.ord)
          FROM unnest(${statuses}::text[]) WITH ORDINALITY st (status, ord)
          CROSS JOIN (SELECT count(*) AS n FROM reg) total
          CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM reg r WHERE r.status = st.status) sc)
         AS "byStatus",
       (SELECT coalesce(json_agg(json_build_object(
                 'code', t.code, 'label', t.label, 'area', t.area, 'senSupport', x.k, 'ehcp', x.e)
                 ORDER BY x.k + x.e DESC, t.label), '[]'::json)
          FROM (SELECT r.primary_need, count(*) FILTER (WHERE r.status = 'K')::int AS k,
                       count(*) FILTER (WHERE r.status = 'E')::int AS e
                  FROM reg r WHERE r.status IN ('K', 'E') AND r.primary_need IS NOT NULL
                 GROUP BY r.primary_need) x
          JOIN need_types t ON t.code = x.primary_need) AS "byPrimaryNeed",
       (SELECT coalesce(json_agg(json_build_object('yearGroup', y.year_group, 'onRoll', y.on_roll,
                                                   'senSupport', y.k, 'ehcp', y.e)
                                 ORDER BY array_position(${years}::text[], y.year_group)), '[]'::json)
          FROM (SELECT r.year_group, count(*)::int AS on_roll, count(*) FILTER (WHERE r.status = 'K')::int AS k,
                       count(*) FILTER (WHERE r.status = 'E')::int AS e
                  FROM reg r GROUP BY r.year_group) y) AS "byYearGroup",
       (SELECT json_agg(json_build_object('characteristic', c.characteristic, 'withIt', c.with_it,
                                          'without', c.without) ORDER BY c.ord)
          FROM (SELECT ch.ord, ch.characteristic, ${countsWhere('x.has')} AS with_it,
                       ${countsWhere('NOT x.has')} AS without
                  FROM (VALUES (1, 'pupilPremium'), (2, 'eal'), (3, 'lookedAfter')) ch (ord, characteristic)
                  LEFT JOIN LATERAL (
                    SELECT r.status, CASE ch.characteristic WHEN 'pupilPremium' THEN r.pupil_premium
                                                            WHEN 'eal' THEN r.eal ELSE r.looked_after END AS has
                      FROM reg r) x ON true
                 GROUP BY ch.ord, ch.characteristic) c) AS "byCharacteristic"`,
    params.values,
  )) as (Omit<RegisterMeasures, 'byCharacteristic'> & {
    byCharacteristic: Omit<CharacteristicCount, 'label'>[];
  })[];
  return {
    ...row!,
    byCharacteristic: row!.byCharacteristic.map((c) => ({
      ...c,
      label: CHARACTERISTIC_LABELS[c.characteristic],
    })),
  };
}

/**
 * Statement parameters in which one value stands for a column instead of a placeholder. registerFrom()
 * and onRollCondition() read the register as at a date they add as a parameter; handed the marker,
 * they read it as at each day of a series instead, so the trend applies the register's own rules
 * (status as at a day: the latest entry effective on or before it, the last recorded winning a tie)
 * rather than a copy of them.
 */
class ParamsWithColumn extends SqlParams {
  constructor(
    private readonly marker: string,
    private readonly column: string,
  ) {
    super();
  }

  override add(value: unknown): string {
    return value === this.marker ? this.column : super.add(value);
  }
}

/** Never a date, so never taken for one. */
const EACH_DAY = 'each day of the trend';

/**
 * The register (monitoring, K, E) of the pupils on roll on the last day of each of the 12 months
 * before this one, oldest first, then today: one statement over a series of days, each counted from
 * the effective-dated status history. Only pupils with some status history can be counted on any day,
 * so only they are looked up (a quarter or so of the roll), rather than every pupil on every day.
 */
export async function registerTrend(m: EntityManager, today: string): Promise<TrendPoint[]> {
  const params = new ParamsWithColumn(EACH_DAY, 'd.day');
  const from = registerFrom(params, EACH_DAY, false);
  const roll = onRollCondition(params, EACH_DAY);
  const at = params.add(today);
  // Month ends from whole months (the 1st less a day), so short months and leap years come right. An
  // integer series, whose length the planner knows (it guesses a timestamp series at 1,000 rows, and
  // then spends longer compiling the statement than running it).
  return m.query(
    `SELECT to_char(d.day, 'YYYY-MM-DD') AS date, c.monitoring, c."senSupport", c.ehcp
       FROM (SELECT (date_trunc('month', ${at}::timestamp) - make_interval(months => k) - interval '1 day')::date
               FROM generate_series(0, 11) k
             UNION ALL SELECT ${at}::date) d (day)
      CROSS JOIN LATERAL (
        SELECT count(*) FILTER (WHERE s.status = 'monitoring')::int AS monitoring,
               count(*) FILTER (WHERE s.status = 'K')::int AS "senSupport",
               count(*) FILTER (WHERE s.status = 'E')::int AS ehcp
          FROM ${from}
         WHERE ${roll} AND p.id = ANY (ARRAY(SELECT DISTINCT h.pupil_id FROM sen_status_history h))) c
      ORDER BY d.day`,
    params.values,
  );
}
