import { academicYear, type TrustSchoolMeasures, type TrustSummary } from '@sendreg/contracts';
import { useId } from 'react';
import { BarChart } from '../../../components/ui/bar-chart';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { useTrust } from '../../../lib/trust-context';
import { formatDate } from '../../../utils/format-date';
import { useTrustSummary } from '../api/get-trust-summary';
import { CountCell, MoneyCell, PercentCell } from '../components/figure-cells';
import { SchoolTable, TrustSection } from '../components/trust-section';
import {
  bySchoolName,
  concernsSummary,
  costsSummary,
  countText,
  figuresAsAt,
  formatPercent,
  impactSummary,
  nationalSentence,
  needsSummary,
  passportsSummary,
  registerSummary,
  reviewsSummary,
  SUPPRESSION_NOTE,
  THRESHOLD_TEXT,
  topNeeds,
  trendColumns,
  trendSummary,
  trendValue,
} from '../trust-figures';
import '../trusts.css';

const SECTIONS = [
  { id: 'trust-register', title: 'The SEND register' },
  { id: 'trust-needs', title: 'Primary needs' },
  { id: 'trust-trend', title: 'The register over the last 12 months' },
  { id: 'trust-costs', title: 'Costs of provision' },
  { id: 'trust-reviews', title: 'Reviews of support plans' },
  { id: 'trust-passports', title: 'Pupil passports' },
  { id: 'trust-concerns', title: 'Concerns' },
  { id: 'trust-impact', title: 'Impact of interventions' },
] as const;

type SectionId = (typeof SECTIONS)[number]['id'];

function title(id: SectionId): string {
  return SECTIONS.find((section) => section.id === id)?.title ?? id;
}

function SchoolName({ school }: { school: TrustSchoolMeasures }) {
  return <th scope="row">{school.school.name}</th>;
}

function Contents() {
  const titleId = useId();
  return (
    <nav className="trust-contents" aria-labelledby={titleId}>
      <p className="trust-contents__title" id={titleId}>
        On this page
      </p>
      <ul className="list list--bullet">
        {SECTIONS.map((section) => (
          <li key={section.id}>
            <a href={`#${section.id}`}>{section.title}</a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function RegisterSection({ summary, schools }: { summary: TrustSummary; schools: TrustSchoolMeasures[] }) {
  const { national } = summary;
  const findings = registerSummary(schools, national);
  const notShown = (percent: number | null) => (percent === null ? 'not shown' : undefined);
  return (
    <TrustSection
      id="trust-register"
      title={title('trust-register')}
      intro={<p>{nationalSentence(national)}</p>}
      summary={findings}
    >
      <BarChart
        label={`Share of pupils on SEN support and with an EHCP in each school, beside the national figures. ${findings[0] ?? ''}`}
        series={[{ label: 'SEN support' }, { label: 'EHCP' }]}
        rows={[
          ...schools.map((school) => ({
            label: school.school.name,
            values: [school.senSupportPercent, school.ehcpPercent],
            valueLabels: [notShown(school.senSupportPercent), notShown(school.ehcpPercent)],
          })),
          {
            label: `National (${national.asOf})`,
            values: [national.senSupportPercent, national.ehcpPercent],
          },
        ]}
        formatValue={formatPercent}
      />
      <SchoolTable
        caption="Pupils on roll and on the register"
        hint="SEN support and EHCP as a share of the pupils on roll. Monitoring is the school's watch list before the register: it is not a census status."
        head={
          <>
            <th scope="col" className="numeric">
              On roll
            </th>
            <th scope="col" className="numeric">
              SEN support
            </th>
            <th scope="col" className="numeric">
              % on SEN support
            </th>
            <th scope="col" className="numeric">
              EHCP
            </th>
            <th scope="col" className="numeric">
              % with an EHCP
            </th>
            <th scope="col" className="numeric">
              Monitoring
            </th>
          </>
        }
      >
        {schools.map((school) => (
          <tr key={school.school.id}>
            <SchoolName school={school} />
            <CountCell count={school.onRoll} />
            <CountCell count={school.senSupport} />
            <PercentCell percent={school.senSupportPercent} />
            <CountCell count={school.ehcp} />
            <PercentCell percent={school.ehcpPercent} />
            <CountCell count={school.monitoring} />
          </tr>
        ))}
      </SchoolTable>
    </TrustSection>
  );
}

const NEED_PLACES = ['Most common', 'Second', 'Third'] as const;

function NeedsSection({ schools }: { schools: TrustSchoolMeasures[] }) {
  return (
    <TrustSection id="trust-needs" title={title('trust-needs')} summary={needsSummary(schools)}>
      <SchoolTable
        caption="The three most common primary needs in each school"
        hint="Pupils on SEN support or with an EHCP, by their primary (first ranked) need."
        head={NEED_PLACES.map((place) => (
          <th scope="col" key={place}>
            {place}
          </th>
        ))}
      >
        {schools.map((school) => {
          const needs = topNeeds(school, NEED_PLACES.length);
          return (
            <tr key={school.school.id}>
              <SchoolName school={school} />
              {NEED_PLACES.map((place, index) => {
                const need = needs[index];
                return (
                  <td key={place}>
                    {need ? (
                      <>
                        {need.label}
                        <span className="trust-need__count">
                          {countText(need.pupils)} {need.pupils === 1 ? 'pupil' : 'pupils'}
                        </span>
                      </>
                    ) : (
                      <span className="secondary-text">none recorded</span>
                    )}
                  </td>
                );
              })}
            </tr>
          );
        })}
      </SchoolTable>
    </TrustSection>
  );
}

function TrendSection({ summary, schools }: { summary: TrustSummary; schools: TrustSchoolMeasures[] }) {
  const columns = trendColumns(schools, summary.today);
  return (
    <TrustSection id="trust-trend" title={title('trust-trend')} summary={trendSummary(schools)}>
      <SchoolTable
        caption="Pupils on the register at the end of each month"
        hint="Pupils on SEN support or with an EHCP, at the end of each of the last 12 months and today."
        className="trust-table--trend"
        head={columns.map((column) => (
          <th scope="col" className="numeric" key={column.date}>
            <span aria-hidden="true">{column.short}</span>
            <span className="visually-hidden">{column.long}</span>
          </th>
        ))}
      >
        {schools.map((school) => (
          <tr key={school.school.id}>
            <SchoolName school={school} />
            {columns.map((column) => {
              const value = trendValue(school, column.date);
              return value === null ? (
                <td className="numeric" key={column.date}>
                  <span className="secondary-text">no figure</span>
                </td>
              ) : (
                <CountCell key={column.date} count={value} />
              );
            })}
          </tr>
        ))}
      </SchoolTable>
    </TrustSection>
  );
}

function CostsSection({ summary, schools }: { summary: TrustSummary; schools: TrustSchoolMeasures[] }) {
  const year = academicYear(summary.today);
  return (
    <TrustSection id="trust-costs" title={title('trust-costs')} summary={costsSummary(schools, year.label)}>
      <SchoolTable
        caption={`Costs of provision in ${year.label}`}
        hint={`Planned per pupil is the planned cost over the pupils with any provision this year. A school meets SEN support costs up to ${THRESHOLD_TEXT} a pupil a year; above that it can ask the local authority for top-up funding.`}
        head={
          <>
            <th scope="col" className="numeric">
              Planned
            </th>
            <th scope="col" className="numeric">
              Delivered so far
            </th>
            <th scope="col" className="numeric">
              Pupils with provision
            </th>
            <th scope="col" className="numeric">
              Planned per pupil
            </th>
            <th scope="col" className="numeric">
              Pupils approaching {THRESHOLD_TEXT} (£5,000 to £5,999)
            </th>
            <th scope="col" className="numeric">
              Pupils at {THRESHOLD_TEXT} or more
            </th>
          </>
        }
      >
        {schools.map((school) => (
          <tr key={school.school.id}>
            <SchoolName school={school} />
            <MoneyCell pence={school.costs.plannedPence} />
            <MoneyCell pence={school.costs.deliveredPence} />
            <CountCell count={school.costs.pupils} />
            <MoneyCell pence={school.costs.perPupilPlannedPence} />
            <CountCell count={school.costs.approachingThreshold} />
            <CountCell count={school.costs.aboveThreshold} />
          </tr>
        ))}
      </SchoolTable>
    </TrustSection>
  );
}

function ReviewsSection({ schools }: { schools: TrustSchoolMeasures[] }) {
  return (
    <TrustSection id="trust-reviews" title={title('trust-reviews')} summary={reviewsSummary(schools)}>
      <SchoolTable
        caption="Support plans and their reviews"
        hint="On time: active plans whose review date has not passed."
        head={
          <>
            <th scope="col" className="numeric">
              Active plans
            </th>
            <th scope="col" className="numeric">
              % on time for review
            </th>
            <th scope="col" className="numeric">
              Overdue for review
            </th>
            <th scope="col" className="numeric">
              On the register without an active plan
            </th>
          </>
        }
      >
        {schools.map((school) => (
          <tr key={school.school.id}>
            <SchoolName school={school} />
            <CountCell count={school.reviews.activePlans} />
            <PercentCell
              percent={school.reviews.onTimePercent}
              base={school.reviews.activePlans}
              none="no active plans"
            />
            <CountCell count={school.reviews.overdue} />
            <CountCell count={school.reviews.withoutActivePlan} />
          </tr>
        ))}
      </SchoolTable>
    </TrustSection>
  );
}

function PassportsSection({ schools }: { schools: TrustSchoolMeasures[] }) {
  return (
    <TrustSection id="trust-passports" title={title('trust-passports')} summary={passportsSummary(schools)}>
      <SchoolTable
        caption="Passports read"
        hint="Of the staff who work with each pupil with a published passport, the share who have read its current version."
        head={
          <th scope="col" className="numeric">
            % read
          </th>
        }
      >
        {schools.map((school) => (
          <tr key={school.school.id}>
            <SchoolName school={school} />
            <PercentCell percent={school.passports.readPercent} />
          </tr>
        ))}
      </SchoolTable>
    </TrustSection>
  );
}

function ConcernsSection({ schools }: { schools: TrustSchoolMeasures[] }) {
  return (
    <TrustSection id="trust-concerns" title={title('trust-concerns')} summary={concernsSummary(schools)}>
      <SchoolTable
        caption="Open concerns raised by staff"
        head={
          <>
            <th scope="col" className="numeric">
              Open
            </th>
            <th scope="col" className="numeric">
              Open for over 4 weeks
            </th>
          </>
        }
      >
        {schools.map((school) => (
          <tr key={school.school.id}>
            <SchoolName school={school} />
            <CountCell count={school.concerns.open} />
            <CountCell count={school.concerns.overFourWeeks} />
          </tr>
        ))}
      </SchoolTable>
    </TrustSection>
  );
}

function ImpactSection({ schools }: { schools: TrustSchoolMeasures[] }) {
  return (
    <TrustSection id="trust-impact" title={title('trust-impact')} summary={impactSummary(schools)}>
      <SchoolTable
        caption="Interventions measured in each school"
        hint="Pupils measured have both an entry and an exit measure. Improved: the mean share of measured pupils who improved, over the school's interventions."
        head={
          <>
            <th scope="col" className="numeric">
              Interventions measured
            </th>
            <th scope="col" className="numeric">
              Pupils measured
            </th>
            <th scope="col" className="numeric">
              % who improved
            </th>
          </>
        }
      >
        {schools.map((school) => (
          <tr key={school.school.id}>
            <SchoolName school={school} />
            <td className="numeric">{school.impact.interventions.toLocaleString('en-GB')}</td>
            <CountCell count={school.impact.pupilsMeasured} />
            <PercentCell
              percent={school.impact.improvedPercent}
              base={school.impact.pupilsMeasured}
              none="none measured"
            />
          </tr>
        ))}
      </SchoolTable>
    </TrustSection>
  );
}

function Summary({ summary }: { summary: TrustSummary }) {
  const schools = bySchoolName(summary.schools);
  return (
    <>
      <p className="lead">
        The schools of {summary.trust.name} side by side, as they stand on {formatDate(summary.today)}. The
        summary shows totals only, never pupils&rsquo; names.
      </p>
      {summary.computedAt && (
        <p className="secondary-text">
          {figuresAsAt(summary.computedAt)}. Each school&rsquo;s figures are brought up to date every few
          minutes, so a change made just now may take a little while to show.
        </p>
      )}
      <div className="inset-text">
        <p>{SUPPRESSION_NOTE}</p>
      </div>
      <Contents />
      <RegisterSection summary={summary} schools={schools} />
      <NeedsSection schools={schools} />
      <TrendSection summary={summary} schools={schools} />
      <CostsSection summary={summary} schools={schools} />
      <ReviewsSection schools={schools} />
      <PassportsSection schools={schools} />
      <ConcernsSection schools={schools} />
      <ImpactSection schools={schools} />
    </>
  );
}

/**
 * The trust leader's comparison of the trust's schools (trust.summary): aggregates only, small counts
 * suppressed by the API. Each measure is a section with its findings in words and a table with a row
 * per school, which reads on a laptop with fifty schools and scrolls sideways at 320px.
 */
export function TrustSummaryPage() {
  const trust = useTrust();
  const summary = useTrustSummary(trust.trustId);

  let body;
  if (summary.isPending) body = <Loading label="Loading the trust summary" />;
  else if (summary.isError)
    body = (
      <QueryError error={summary.error} what="the trust summary" onRetry={() => void summary.refetch()} />
    );
  else if (summary.data.schools.length === 0)
    body = (
      <EmptyState title="There are no schools to compare yet">
        <p>The summary appears here once schools join {trust.trustName} on the service.</p>
      </EmptyState>
    );
  else body = <Summary summary={summary.data} />;

  return (
    <>
      <PageHeading title="Trust summary" caption={trust.trustName} />
      {body}
    </>
  );
}
