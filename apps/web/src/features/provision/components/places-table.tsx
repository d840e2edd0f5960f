import { formatPounds, type InterventionMeasure, type ProvisionPlace } from '@sendreg/contracts';
import { useId } from 'react';
import { Link } from 'react-router';
import { TableContainer } from '../../../components/ui/table-container';
import {
  attendanceText,
  direction,
  formatProgress,
  formatScore,
  measureInUnit,
  progressWord,
} from '../measure';
import { orderPlaces, pupilLine, showsCosts } from '../places';
import { formatShortDate } from '../schedule';

export type PlaceAction = 'measures' | 'leaving';

export interface PlacesTableProps {
  places: ProvisionPlace[];
  measure: InterventionMeasure;
  pupilHref: (pupilId: string) => string;
  /** History state for a pupil's page, so its "Back" returns here. */
  pupilLinkState: unknown;
  canRecordMeasures: boolean;
  canRecordLeaving: boolean;
  /** The place and action whose form is open below the table. */
  open: { pupilId: string; action: PlaceAction } | null;
  onAction: (pupilId: string, action: PlaceAction) => void;
}

export const PLACE_PANEL_ID = 'place-panel';

export function actionButtonId(pupilId: string, action: PlaceAction): string {
  return `place-${pupilId}-${action}`;
}

function Measured({ score, date }: { score: number | null; date: string | null }) {
  if (score === null) return <span className="secondary-text">Not yet</span>;
  return (
    <>
      {formatScore(score)}
      {date ? <span className="table__secondary">{formatShortDate(date)}</span> : null}
    </>
  );
}

/** The pupils of a group, with their measures, attendance and (for some) costs, and what can be done. */
export function PlacesTable({
  places,
  measure,
  pupilHref,
  pupilLinkState,
  canRecordMeasures,
  canRecordLeaving,
  open,
  onAction,
}: PlacesTableProps) {
  const captionId = useId();
  const costs = showsCosts(places);
  const actions = canRecordMeasures || canRecordLeaving;
  return (
    <TableContainer captionId={captionId}>
      <table className="table places-table">
        <caption className="table__caption" id={captionId}>
          Pupils in the group
          <span className="table__caption-hint">
            Scores are {measureInUnit(measure)}: {direction(measure.higherIsBetter)}. Progress is the change
            from entry to exit, with + when the pupil improved.
          </span>
        </caption>
        <thead>
          <tr>
            <th scope="col">Pupil</th>
            <th scope="col">Entry</th>
            <th scope="col">Target</th>
            <th scope="col">Exit</th>
            <th scope="col">Progress</th>
            <th scope="col">Attended</th>
            {costs ? (
              <>
                <th scope="col" className="table__numeric">
                  Planned
                </th>
                <th scope="col" className="table__numeric">
                  Delivered
                </th>
              </>
            ) : null}
            {actions ? (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {orderPlaces(places).map((place) => {
            const { pupil } = place;
            const line = pupilLine(pupil);
            return (
              <tr key={pupil.id}>
                <th scope="row">
                  <Link to={pupilHref(pupil.id)} state={pupilLinkState}>
                    {pupil.name}
                  </Link>
                  {line ? <span className="table__secondary">{line}</span> : null}
                  <span className="table__secondary">
                    Joined {formatShortDate(place.joinedOn)}
                    {place.leftOn ? (
                      <>
                        , <strong>left {formatShortDate(place.leftOn)}</strong>
                      </>
                    ) : null}
                  </span>
                </th>
                <td>
                  <Measured score={place.entryScore} date={place.entryDate} />
                </td>
                <td>
                  {place.targetScore === null ? (
                    <span className="secondary-text">Not set</span>
                  ) : (
                    formatScore(place.targetScore)
                  )}
                </td>
                <td>
                  <Measured score={place.exitScore} date={place.exitDate} />
                </td>
                <td>
                  {place.progress === null ? (
                    <span className="secondary-text">Not yet</span>
                  ) : (
                    <>
                      {formatProgress(place.progress, '')}
                      {place.progress !== 0 ? (
                        <span className="table__secondary">{progressWord(place.progress)}</span>
                      ) : null}
                    </>
                  )}
                </td>
                <td>{attendanceText(place.attended, place.listed)}</td>
                {costs ? (
                  <>
                    <td className="table__numeric">
                      {place.plannedPence === null ? '' : formatPounds(place.plannedPence)}
                    </td>
                    <td className="table__numeric">
                      {place.deliveredPence === null ? '' : formatPounds(place.deliveredPence)}
                    </td>
                  </>
                ) : null}
                {actions ? (
                  <td className="places-table__actions">
                    <ul className="row-actions">
                      {canRecordMeasures ? (
                        <li>
                          <PlaceButton place={place} action="measures" open={open} onAction={onAction}>
                            Record measures
                          </PlaceButton>
                        </li>
                      ) : null}
                      {canRecordLeaving && place.leftOn === null ? (
                        <li>
                          <PlaceButton place={place} action="leaving" open={open} onAction={onAction}>
                            Leaves the group
                          </PlaceButton>
                        </li>
                      ) : null}
                    </ul>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableContainer>
  );
}

function PlaceButton({
  place,
  action,
  open,
  onAction,
  children,
}: {
  place: ProvisionPlace;
  action: PlaceAction;
  open: PlacesTableProps['open'];
  onAction: PlacesTableProps['onAction'];
  children: string;
}) {
  const expanded = open?.pupilId === place.pupil.id && open.action === action;
  return (
    <button
      type="button"
      className="link-button"
      id={actionButtonId(place.pupil.id, action)}
      aria-expanded={expanded}
      aria-controls={expanded ? PLACE_PANEL_ID : undefined}
      onClick={() => {
        onAction(place.pupil.id, action);
      }}
    >
      {children}
      <span className="visually-hidden">: {place.pupil.name}</span>
    </button>
  );
}
