import type { RegisterRow } from '@sendreg/contracts';
import { useLocation, useSearchParams } from 'react-router';
import { PupilCards } from '../../../components/pupil-cards';
import { SenStatusTag } from '../../../components/sen-status-tag';
import { EmptyState } from '../../../components/ui/empty-state';
import { Loading } from '../../../components/ui/loading';
import { Pagination } from '../../../components/ui/pagination';
import { QueryError } from '../../../components/ui/query-error';
import { ResultsCount } from '../../../components/ui/results-count';
import { pageFrom, withPage } from '../../../utils/page-param';
import { useNeedTypes } from '../api/get-need-types';
import { useRegister } from '../api/get-register';
import { needLabel } from '../need-types';

const PAGE_SIZE = 50;

export interface OwnRegisterPupilsProps {
  schoolId: string;
  /** Names the list for screen readers. */
  listLabel: string;
}

/**
 * A teacher's own pupils with their SEN markers (status and primary need), from the register, which
 * the server narrows to the teacher's classes and groups. Nothing beyond what sen.read "own" grants.
 */
export function OwnRegisterPupils({ schoolId, listLabel }: OwnRegisterPupilsProps) {
  const [search] = useSearchParams();
  const { pathname } = useLocation();
  const pupils = useRegister(schoolId, { page: pageFrom(search), pageSize: PAGE_SIZE });
  const needTypes = useNeedTypes(schoolId);

  if (pupils.isPending) return <Loading label="Loading your pupils" />;
  if (pupils.isError) {
    return <QueryError error={pupils.error} what="your pupils" onRetry={() => void pupils.refetch()} />;
  }
  const { items, total, page, pageSize } = pupils.data;
  if (items.length === 0) {
    return (
      <EmptyState title={total === 0 ? 'You have no pupils yet' : 'There are no pupils on this page'}>
        <p>
          Your pupils appear here once the school administrator assigns you to a class, or the SENCO adds you
          to an intervention group. Ask them if you expected to see pupils here.
        </p>
      </EmptyState>
    );
  }
  const markers = (pupil: RegisterRow) =>
    pupil.senStatus === 'N' ? null : (
      <p className="card__markers">
        <SenStatusTag status={pupil.senStatus} />
        {pupil.primaryNeed ? (
          <span className="card__need">
            <span className="visually-hidden">Primary need: </span>
            {needLabel(pupil.primaryNeed, needTypes.data)}
          </span>
        ) : null}
      </p>
    );
  return (
    <div className="results" aria-busy={pupils.isFetching}>
      <ResultsCount page={page} pageSize={pageSize} shown={items.length} total={total} />
      <PupilCards
        schoolId={schoolId}
        pupils={items}
        label={listLabel}
        busy={pupils.isPlaceholderData}
        details={markers}
      />
      <Pagination
        page={page}
        pageSize={pageSize}
        total={total}
        hrefFor={(target) => withPage(pathname, target)}
      />
    </div>
  );
}
