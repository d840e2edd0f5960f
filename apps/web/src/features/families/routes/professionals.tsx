import { servicesByKind, type Professional, type ProfessionalService } from '@sendreg/contracts';
import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { StaleNotice } from '../../../components/ui/stale-notice';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { formProblemFrom, isStaleVersion, type FormProblem } from '../../../lib/form-problem';
import { meets } from '../../../lib/grants';
import { useSchool } from '../../../lib/school-context';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { useChangeDirectory, type DirectoryChange } from '../api/directory-writes';
import { useProfessionalServices } from '../api/get-professional-services';
import { FocusPanel } from '../components/focus-panel';
import { ProfessionalForm } from '../components/professional-form';
import { ServiceForm } from '../components/service-form';
import {
  PROFESSIONAL_FIELD,
  professionalFieldId,
  professionalLine,
  readProfessionalForm,
  readServiceForm,
  SERVICE_FIELD,
  serviceFieldId,
} from '../directory-form';
import '../families.css';

type Mode =
  | { kind: 'list' }
  | { kind: 'add-service' }
  | { kind: 'edit-service' | 'archive-service' | 'add-professional'; serviceId: string }
  | { kind: 'edit-professional' | 'archive-professional'; serviceId: string; professionalId: string };

const ARCHIVE_BUTTON = 'directory-archive-button';

interface Actions {
  open: (mode: Mode) => void;
}

function ActionButton({
  onClick,
  children,
  hidden,
}: {
  onClick: () => void;
  children: string;
  hidden: string;
}) {
  return (
    <button type="button" className="families-link-button" onClick={onClick}>
      {children}
      <span className="visually-hidden"> {hidden}</span>
    </button>
  );
}

function ProfessionalItem({
  professional,
  service,
  actions,
}: {
  professional: Professional;
  service: ProfessionalService;
  actions?: Actions;
}) {
  return (
    <li>
      <p className="heading-s">{professionalLine(professional)}</p>
      {professional.phone || professional.email ? (
        <p>
          {professional.phone ? <>Phone: {professional.phone}</> : null}
          {professional.phone && professional.email ? <br /> : null}
          {professional.email ? (
            <>
              Email: <a href={`mailto:${professional.email}`}>{professional.email}</a>
            </>
          ) : null}
        </p>
      ) : null}
      {actions ? (
        <div className="directory-professionals__actions">
          <ActionButton
            hidden={professional.name}
            onClick={() => {
              actions.open({
                kind: 'edit-professional',
                serviceId: service.id,
                professionalId: professional.id,
              });
            }}
          >
            Change
          </ActionButton>
          <ActionButton
            hidden={professional.name}
            onClick={() => {
              actions.open({
                kind: 'archive-professional',
                serviceId: service.id,
                professionalId: professional.id,
              });
            }}
          >
            Archive
          </ActionButton>
        </div>
      ) : null}
    </li>
  );
}

/** One service: how to refer, its contact details, its named professionals. */
function ServiceCard({ service, actions }: { service: ProfessionalService; actions?: Actions }) {
  const titleId = useId();
  const rows: SummaryListRow[] = [];
  if (service.phone) rows.push({ key: 'Phone', value: service.phone });
  if (service.email)
    rows.push({ key: 'Email', value: <a href={`mailto:${service.email}`}>{service.email}</a> });
  // The API keeps only http(s) addresses, so the link can never run script.
  if (service.website && /^https?:\/\//i.test(service.website))
    rows.push({
      key: 'Website',
      value: (
        <a href={service.website} rel="noopener noreferrer">
          {service.website}
        </a>
      ),
    });
  return (
    <section className="summary-card" aria-labelledby={titleId}>
      <div className="summary-card__title-wrapper">
        <h3 className="summary-card__title" id={titleId}>
          {service.name}
        </h3>
        {actions ? (
          <ul className="summary-card__actions">
            <li className="summary-card__action">
              <ActionButton
                hidden={service.name}
                onClick={() => {
                  actions.open({ kind: 'edit-service', serviceId: service.id });
                }}
              >
                Change
              </ActionButton>
            </li>
            <li className="summary-card__action">
              <ActionButton
                hidden={service.name}
                onClick={() => {
                  actions.open({ kind: 'archive-service', serviceId: service.id });
                }}
              >
                Archive
              </ActionButton>
            </li>
          </ul>
        ) : null}
      </div>
      <div className="summary-card__content">
        <h4 className="heading-s">How to refer</h4>
        {service.howToRefer ? (
          <p className="pre-line">{service.howToRefer}</p>
        ) : (
          <p>No referral route is recorded yet.</p>
        )}
        {rows.length ? <SummaryList rows={rows} /> : null}
        <h4 className="heading-s">Named professionals</h4>
        {service.professionals.length ? (
          <ul className="directory-professionals">
            {service.professionals.map((professional) => (
              <ProfessionalItem
                key={professional.id}
                professional={professional}
                service={service}
                actions={actions}
              />
            ))}
          </ul>
        ) : (
          <p>No named professionals.</p>
        )}
        {actions ? (
          <p>
            <ActionButton
              hidden={`to ${service.name}`}
              onClick={() => {
                actions.open({ kind: 'add-professional', serviceId: service.id });
              }}
            >
              Add a professional
            </ActionButton>
          </p>
        ) : null}
      </div>
    </section>
  );
}

/**
 * The school's directory of outside services and professionals (professional.read: the SENCO and the
 * head), grouped by kind, with how to refer. The SENCO (professional.write) adds, changes and archives
 * services and professionals; a change someone else saved first is refused (409) and the page reloaded.
 */
export function ProfessionalsPage() {
  const school = useSchool();
  const canWrite = meets(school.grants, { permission: 'professional.write' });
  const directory = useProfessionalServices(school.schoolId);
  const change = useChangeDirectory(school.schoolId);
  const attempts = useFormAttempts();
  const { problem, setProblem, attempt, conflict, setConflict, fail, reloadWith } = attempts;
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [notice, setNotice] = useState<{ text: string; count: number } | null>(null);
  const title = 'Services and professionals';

  const open = (next: Mode) => {
    setProblem(null);
    setConflict('none');
    setNotice(null);
    setMode(next);
  };
  const actions = canWrite ? { open } : undefined;

  /** Sends a change; on success back to the list with a notice, else the problem beside its field. */
  const send = (
    request: DirectoryChange,
    text: string,
    fieldIdFor: (field: string) => string | undefined,
    firstField: string,
  ) => {
    if (change.isPending) return;
    setConflict('none');
    setProblem(null);
    change.mutate(request, {
      onSuccess: () => {
        setMode({ kind: 'list' });
        setNotice((before) => ({ text, count: (before?.count ?? 0) + 1 }));
      },
      onError: (error) => {
        if (isStaleVersion(error)) {
          setConflict('stale');
          attempts.setAttempt((count) => count + 1);
        } else fail(formProblemFrom(error, fieldIdFor, firstField), []);
      },
    });
  };

  const checkedOr = <T,>(checked: { ok: true; request: T } | { ok: false; problem: FormProblem }) => {
    if (checked.ok) return checked.request;
    fail(checked.problem, []);
    return null;
  };

  const cancel = (
    <Button
      variant="secondary"
      onClick={() => {
        open({ kind: 'list' });
      }}
    >
      Cancel
    </Button>
  );
  const saving = change.isPending ? <Loading label="Saving" /> : null;

  let body;
  if (directory.isPending) body = <Loading label="Loading the directory" />;
  else if (directory.isError)
    body = (
      <QueryError error={directory.error} what="the directory" onRetry={() => void directory.refetch()} />
    );
  else {
    const services = directory.data;
    const service = 'serviceId' in mode ? services.find((s) => s.id === mode.serviceId) : undefined;
    const professional =
      'professionalId' in mode ? service?.professionals.find((p) => p.id === mode.professionalId) : undefined;
    const gone = ('serviceId' in mode && !service) || ('professionalId' in mode && !professional);
    if (canWrite && gone) {
      body = (
        <FocusPanel title="This entry is no longer listed">
          <p>Someone else archived it after you opened it. The directory below is up to date.</p>
          <Button
            variant="secondary"
            onClick={() => {
              open({ kind: 'list' });
            }}
          >
            Back to the directory
          </Button>
        </FocusPanel>
      );
    } else if (canWrite && mode.kind === 'add-service') {
      body = (
        <FocusPanel title="Add a service">
          <ServiceForm
            problem={problem}
            onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
              event.preventDefault();
              const request = checkedOr(readServiceForm(new FormData(event.currentTarget)));
              if (request)
                send(
                  { kind: 'add-service', body: request },
                  `${request.name} added to the directory.`,
                  serviceFieldId,
                  SERVICE_FIELD.name,
                );
            }}
          >
            <div className="button-group">
              <Button type="submit" aria-disabled={change.isPending || undefined}>
                Add service
              </Button>
              {cancel}
            </div>
            {saving}
          </ServiceForm>
        </FocusPanel>
      );
    } else if (canWrite && mode.kind === 'edit-service' && service) {
      body = (
        <FocusPanel title={`Change ${service.name}`}>
          <ServiceForm
            key={service.version}
            service={service}
            problem={problem}
            onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
              event.preventDefault();
              const request = checkedOr(readServiceForm(new FormData(event.currentTarget)));
              if (request)
                send(
                  {
                    kind: 'update-service',
                    serviceId: service.id,
                    body: { ...request, version: service.version },
                  },
                  `Changes to ${request.name} saved.`,
                  serviceFieldId,
                  SERVICE_FIELD.name,
                );
            }}
          >
            <div className="button-group">
              <Button type="submit" aria-disabled={change.isPending || undefined}>
                Save changes
              </Button>
              {cancel}
            </div>
            {saving}
          </ServiceForm>
        </FocusPanel>
      );
    } else if (canWrite && mode.kind === 'add-professional' && service) {
      body = (
        <FocusPanel title={`Add a professional to ${service.name}`}>
          <ProfessionalForm
            problem={problem}
            onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
              event.preventDefault();
              const request = checkedOr(readProfessionalForm(new FormData(event.currentTarget)));
              if (request)
                send(
                  { kind: 'add-professional', serviceId: service.id, body: request },
                  `${request.name} added to ${service.name}.`,
                  professionalFieldId,
                  PROFESSIONAL_FIELD.name,
                );
            }}
          >
            <div className="button-group">
              <Button type="submit" aria-disabled={change.isPending || undefined}>
                Add professional
              </Button>
              {cancel}
            </div>
            {saving}
          </ProfessionalForm>
        </FocusPanel>
      );
    } else if (canWrite && mode.kind === 'edit-professional' && service && professional) {
      body = (
        <FocusPanel title={`Change ${professional.name}’s details`}>
          <ProfessionalForm
            key={professional.version}
            professional={professional}
            problem={problem}
            onSubmit={(event: SubmitEvent<HTMLFormElement>) => {
              event.preventDefault();
              const request = checkedOr(readProfessionalForm(new FormData(event.currentTarget)));
              if (request)
                send(
                  {
                    kind: 'update-professional',
                    professionalId: professional.id,
                    body: { ...request, version: professional.version },
                  },
                  `Changes to ${request.name} saved.`,
                  professionalFieldId,
                  PROFESSIONAL_FIELD.name,
                );
            }}
          >
            <div className="button-group">
              <Button type="submit" aria-disabled={change.isPending || undefined}>
                Save changes
              </Button>
              {cancel}
            </div>
            {saving}
          </ProfessionalForm>
        </FocusPanel>
      );
    } else if (
      canWrite &&
      (mode.kind === 'archive-service' || mode.kind === 'archive-professional') &&
      service
    ) {
      const entry = mode.kind === 'archive-service' ? service : professional!;
      const request: DirectoryChange =
        mode.kind === 'archive-service'
          ? { kind: 'archive-service', serviceId: service.id, version: service.version }
          : { kind: 'archive-professional', professionalId: entry.id, version: entry.version };
      body = (
        <FocusPanel title={`Archive ${entry.name}?`}>
          <p>
            {mode.kind === 'archive-service'
              ? 'The service and its professionals will no longer be listed here or offered for new referrals.'
              : `They will no longer be listed under ${service.name} or offered for new referrals.`}{' '}
            Referrals already made keep the name.
          </p>
          <div className="button-group">
            <Button
              id={ARCHIVE_BUTTON}
              variant="warning"
              aria-disabled={change.isPending || undefined}
              onClick={() => {
                send(request, `${entry.name} archived.`, () => undefined, ARCHIVE_BUTTON);
              }}
            >
              Yes, archive {entry.name}
            </Button>
            {cancel}
          </div>
          {saving}
        </FocusPanel>
      );
    } else {
      const groups = servicesByKind(services);
      body = (
        <>
          {canWrite ? (
            <p>
              <Button
                variant="secondary"
                onClick={() => {
                  open({ kind: 'add-service' });
                }}
              >
                Add a service
              </Button>
            </p>
          ) : null}
          {groups.length === 0 ? <p>No services are in the directory yet.</p> : null}
          {groups.map((group) => (
            <section className="directory-kind" key={group.kind} aria-labelledby={`kind-${group.kind}`}>
              <h2 className="heading-m" id={`kind-${group.kind}`}>
                {group.label}
              </h2>
              {group.services.map((s) => (
                <ServiceCard key={s.id} service={s} actions={actions} />
              ))}
            </section>
          ))}
        </>
      );
    }
  }

  return (
    <>
      <StaleNotice
        state={conflict}
        attempt={attempt}
        what="this entry in the directory"
        check="its details below"
        onReload={() => {
          reloadWith(() => directory.refetch());
        }}
      />
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      {notice && mode.kind === 'list' && !problem ? (
        <NotificationBanner key={notice.count} tone="success" role="status" focus>
          <p className="notification-banner__heading">{notice.text}</p>
        </NotificationBanner>
      ) : null}
      <div className="grid-row">
        <div className="column-two-thirds families-page">
          <PageHeading
            title={title}
            caption={school.schoolName}
            documentTitle={problem || conflict === 'stale' ? `Error: ${title}` : title}
            takeFocus={!notice}
          />
          <p>The outside services the school works with, how to refer to them, and the people to ask for.</p>
          {body}
        </div>
      </div>
    </>
  );
}
