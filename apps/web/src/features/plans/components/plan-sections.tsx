import type { PlanContent, PlanFormat, PlanProvisionRef, PlanSection } from '@sendreg/contracts';
import { SummaryList } from '../../../components/ui/summary-list';
import { Tag } from '../../../components/ui/tag';
import { formatDate } from '../../../utils/format-date';
import { listOf, needLabel, outcomesOf, provisionOf, textOf } from '../plan-content';
import { linkedProvisionText } from '../plan-provision';

type Level = 2 | 3 | 4;

function Heading({
  level,
  id,
  className,
  children,
}: {
  level: Level;
  id?: string;
  className: string;
  children: string;
}) {
  const H = `h${String(level)}` as 'h2' | 'h3' | 'h4';
  return (
    <H className={className} id={id}>
      {children}
    </H>
  );
}

function Empty() {
  return <p className="secondary-text">Nothing recorded.</p>;
}

function OutcomesSection({
  section,
  content,
  level,
}: {
  section: PlanSection;
  content: PlanContent;
  level: Level;
}) {
  const outcomes = outcomesOf(content, section.key);
  if (outcomes.length === 0) return <Empty />;
  const inner = Math.min(level + 1, 4) as Level;
  return (
    <ol className="plan-outcomes">
      {outcomes.map((outcome, index) => (
        <li className="plan-outcome" key={outcome.id || index}>
          <Heading level={inner} className="heading-s plan-outcome__title">
            {`Outcome ${String(index + 1)}`}
          </Heading>
          {outcome.carriedFrom ? (
            <p className="plan-outcome__carried">
              <Tag colour="yellow">Carried forward from the last review</Tag>
            </p>
          ) : null}
          <p className="plan-outcome__description pre-line">{outcome.description}</p>
          <SummaryList
            rows={[
              { key: 'How it will be measured', value: outcome.measure || 'Not given' },
              { key: 'By when', value: outcome.byDate ? formatDate(outcome.byDate) : 'Not given' },
              { key: 'Area of need', value: needLabel(outcome.needCode) },
            ]}
          />
        </li>
      ))}
    </ol>
  );
}

function ProvisionSection({
  section,
  content,
  linked,
}: {
  section: PlanSection;
  content: PlanContent;
  linked: readonly PlanProvisionRef[];
}) {
  const provision = provisionOf(content, section.key);
  const groups = provision.provisionIds.map(
    (id) => linked.find((ref) => ref.id === id) ?? { id, name: '', interventionName: '', schedule: null },
  );
  if (groups.length === 0 && provision.notes.trim() === '') return <Empty />;
  return (
    <>
      {groups.length ? (
        <ul className="list plan-provision">
          {groups.map((group) => (
            <li key={group.id}>
              {group.name ? (
                <>
                  <strong>{group.name}</strong>
                  {group.interventionName ? ` (${group.interventionName})` : ''}
                  {'startDate' in group ? (
                    <span className="plan-provision__when">{linkedProvisionText(group)}</span>
                  ) : null}
                </>
              ) : (
                <span className="secondary-text">A group that is no longer on the provision map</span>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {provision.notes.trim() ? (
        <>
          {groups.length ? <p className="plan-provision__notes-title">Other support</p> : null}
          <p className="pre-line">{provision.notes}</p>
        </>
      ) : null}
    </>
  );
}

export interface PlanSectionViewProps {
  section: PlanSection;
  content: PlanContent;
  linkedProvisions: readonly PlanProvisionRef[];
  level: Level;
  /** Replaces the section's label as its heading (e.g. "How to support Ava in class"). */
  title?: string;
  /** Set off as what the adults in class need first. */
  highlight?: boolean;
}

/** One section of a plan, read only, drawn by its kind. */
export function PlanSectionView({
  section,
  content,
  linkedProvisions,
  level,
  title,
  highlight = false,
}: PlanSectionViewProps) {
  let body;
  switch (section.kind) {
    case 'outcomes':
      body = <OutcomesSection section={section} content={content} level={level} />;
      break;
    case 'list': {
      const items = listOf(content, section.key);
      body = items.length ? (
        <ul className="list list--bullet plan-list">
          {items.map((item, index) => (
            <li key={index}>{item}</li>
          ))}
        </ul>
      ) : (
        <Empty />
      );
      break;
    }
    case 'text': {
      const words = textOf(content, section.key).trim();
      body = words ? <p className="pre-line">{words}</p> : <Empty />;
      break;
    }
    case 'provision':
      body = <ProvisionSection section={section} content={content} linked={linkedProvisions} />;
      break;
  }
  return (
    <section
      className={`plan-section plan-section--${section.kind}${highlight ? ' plan-section--class' : ''}`}
    >
      <Heading level={level} className={level === 2 ? 'heading-m' : 'heading-s'}>
        {title ?? section.label}
      </Heading>
      {body}
    </section>
  );
}

export interface PlanContentViewProps {
  format: PlanFormat;
  sections?: readonly PlanSection[];
  content: PlanContent;
  linkedProvisions: readonly PlanProvisionRef[];
  level: Level;
}

/** A plan's sections, read only, in the order given (the format's order by default). */
export function PlanContentView({
  format,
  sections,
  content,
  linkedProvisions,
  level,
}: PlanContentViewProps) {
  return (
    <>
      {(sections ?? format.sections).map((section) => (
        <PlanSectionView
          key={section.key}
          section={section}
          content={content}
          linkedProvisions={linkedProvisions}
          level={level}
        />
      ))}
    </>
  );
}
