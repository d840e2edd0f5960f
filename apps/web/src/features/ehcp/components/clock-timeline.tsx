import type { EhcpClock } from '@sendreg/contracts';
import { Tag } from '../../../components/ui/tag';
import { formatDate } from '../../../utils/format-date';
import { clockStages, STATUS_COLOURS, stepStatusText } from '../ehcp-clock-text';
import '../ehcp.css';

/**
 * The statutory clock as a timeline: a heading per stage (needs assessment, annual review, phase
 * transfer) and its steps in order, each with the rule, the deadline, the day it was done and its
 * status in words.
 */
export function ClockTimeline({ clock }: { clock: EhcpClock }) {
  const stages = clockStages(clock);
  if (stages.length === 0) {
    return (
      <p>
        There are no deadlines yet. Add the date of the request for an assessment, or of the final plan, and
        the deadlines that follow from it appear here.
      </p>
    );
  }
  return (
    <>
      {stages.map((stage) => (
        <section key={stage.stage} aria-labelledby={`ehcp-stage-${stage.stage}`}>
          <h2 className="heading-m" id={`ehcp-stage-${stage.stage}`}>
            {stage.title}
          </h2>
          <ol className="ehcp-timeline">
            {stage.steps.map((step) => (
              <li key={step.key} className={`ehcp-timeline__step ehcp-timeline__step--${step.status}`}>
                <h3 className="heading-s ehcp-timeline__title">
                  <span>{step.label}</span>
                  <Tag colour={STATUS_COLOURS[step.status]}>{stepStatusText(step, clock.today)}</Tag>
                </h3>
                <p className="ehcp-timeline__rule">{step.rule}</p>
                {step.dueOn || step.doneOn ? (
                  <dl className="ehcp-timeline__dates">
                    {step.dueOn ? (
                      <div>
                        <dt>Due by</dt>
                        <dd>{formatDate(step.dueOn)}</dd>
                      </div>
                    ) : null}
                    {step.doneOn ? (
                      <div>
                        <dt>Done on</dt>
                        <dd>{formatDate(step.doneOn)}</dd>
                      </div>
                    ) : null}
                  </dl>
                ) : null}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
