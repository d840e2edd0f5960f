import type { SupportPlan } from '@sendreg/contracts';
import { WarningText } from '../../../components/ui/warning-text';
import { formatDate } from '../../../utils/format-date';
import { isOverdue, reviewDueText } from '../plan-dates';

/** "Cycle 2, active since 4 September 2026" and "Next review: 12 March 2027 (in 9 days)". */
export function PlanMeta({ plan, today }: { plan: SupportPlan; today: string }) {
  const overdue = isOverdue(plan.reviewDate, today);
  return (
    <div className="plan-meta">
      <p className="plan-meta__cycle">
        Cycle {plan.cycle}
        {plan.startedOn ? `, active since ${formatDate(plan.startedOn)}` : ''}
      </p>
      {overdue ? (
        <WarningText
          title={`Next review: ${formatDate(plan.reviewDate)} (${reviewDueText(plan.reviewDate, today)})`}
        />
      ) : (
        <p className="plan-meta__review">
          <strong>Next review: {plan.reviewDate ? formatDate(plan.reviewDate) : 'not set'}</strong>
          {plan.reviewDate ? ` (${reviewDueText(plan.reviewDate, today)})` : ''}
        </p>
      )}
    </div>
  );
}
