import type { ProfessionalService } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { DateInput, readDateParts } from '../../../components/ui/date-input';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Fieldset } from '../../../components/ui/fieldset';
import { Loading } from '../../../components/ui/loading';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { SelectField } from '../../../components/ui/select-field';
import { TextField } from '../../../components/ui/text-field';
import { TextareaField } from '../../../components/ui/textarea-field';
import { formProblemFrom } from '../../../lib/form-problem';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { dateParts, todayIso } from '../../../utils/dates';
import { formText } from '../../../utils/form-text';
import { pupilName } from '../../../utils/pupil-name';
import { useProfessionalServices } from '../api/get-services';
import { useCreateReferral } from '../api/referral-writes';
import { checkReferral, fieldError, fieldIdFor, REFERRAL_FIELDS } from '../referral-form';
import '../referrals.css';

/** Services by kind, for the picker's option groups, in the directory's order. */
function byKind(services: readonly ProfessionalService[]): [string, ProfessionalService[]][] {
  const groups = new Map<string, ProfessionalService[]>();
  for (const service of services) {
    groups.set(service.kindLabel, [...(groups.get(service.kindLabel) ?? []), service]);
  }
  return [...groups];
}

/** Make a referral to an outside service, with the parents' consent recorded (referral.write). */
export function NewReferralPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const services = useProfessionalServices(school.schoolId);
  const name = pupilName(pupil);
  const title = 'Make a referral';
  return (
    <>
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
      {services.isPending ? (
        <>
          <PageHeading title={title} caption={name} />
          <Loading label="Loading the directory of services" />
        </>
      ) : services.isError ? (
        <>
          <PageHeading title={title} caption={name} />
          <QueryError
            error={services.error}
            what="the directory of services"
            onRetry={() => void services.refetch()}
          />
        </>
      ) : (
        <ReferralForm services={services.data.filter((s) => !s.archived)} name={name} title={title} />
      )}
    </>
  );
}

function ReferralForm({
  services,
  name,
  title,
}: {
  services: ProfessionalService[];
  name: string;
  title: string;
}) {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const navigate = useNavigate();
  const create = useCreateReferral(school.schoolId, pupil.id);
  const { problem, setProblem, attempt, fail } = useFormAttempts();
  const [serviceId, setServiceId] = useState('');
  const professionals =
    services.find((s) => s.id === serviceId)?.professionals.filter((p) => !p.archived) ?? [];
  const error = (fieldId: string) => fieldError(problem, fieldId);
  const directory = `/schools/${encodeURIComponent(school.schoolId)}/professionals`;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const data = new FormData(event.currentTarget);
    const checked = checkReferral(
      {
        serviceId: formText(data, 'serviceId'),
        professionalId: formText(data, 'professionalId'),
        referredOn: readDateParts(data, 'referredOn'),
        reason: formText(data, 'reason'),
        consentGivenBy: formText(data, 'consentGivenBy'),
        consentRelationship: formText(data, 'consentRelationship'),
        consentGivenOn: readDateParts(data, 'consentGivenOn'),
      },
      todayIso(),
    );
    if (!checked.ok) {
      fail(checked.problem, []);
      return;
    }
    setProblem(null);
    create.mutate(checked.value, {
      onSuccess: (referral) => {
        void navigate(`${path}/referrals/${referral.id}`, {
          state: { ...state, notice: `Referral to ${referral.service.name} recorded` },
        });
      },
      onError: (failure) => {
        fail(formProblemFrom(failure, fieldIdFor(REFERRAL_FIELDS), REFERRAL_FIELDS.serviceId), []);
      },
    });
  };

  if (services.length === 0) {
    return (
      <>
        <PageHeading title={title} caption={name} />
        <p>The school&rsquo;s directory has no services yet, so there is nowhere to refer to.</p>
        <p>
          <Link to={directory}>Add the services you refer to in the directory</Link>, then come back to make
          the referral.
        </p>
      </>
    );
  }

  return (
    <>
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      <div className="grid-row">
        <div className="column-two-thirds">
          <PageHeading title={title} caption={name} documentTitle={problem ? `Error: ${title}` : title} />
          <form className="form" onSubmit={submit} noValidate>
            <SelectField
              id={REFERRAL_FIELDS.serviceId}
              name="serviceId"
              label="Service"
              hint="From the school's directory of services"
              error={error(REFERRAL_FIELDS.serviceId)}
              value={serviceId}
              onChange={(event) => {
                setServiceId(event.target.value);
              }}
            >
              <option value="">Choose a service</option>
              {byKind(services).map(([kind, group]) => (
                <optgroup key={kind} label={kind}>
                  {group.map((service) => (
                    <option key={service.id} value={service.id}>
                      {service.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </SelectField>
            <SelectField
              id={REFERRAL_FIELDS.professionalId}
              name="professionalId"
              label="Professional (optional)"
              hint={
                serviceId
                  ? 'If the referral is to a named person'
                  : 'Choose the service first to see its professionals'
              }
              error={error(REFERRAL_FIELDS.professionalId)}
              key={serviceId}
              defaultValue=""
            >
              <option value="">No one in particular</option>
              {professionals.map((professional) => (
                <option key={professional.id} value={professional.id}>
                  {professional.role ? `${professional.name}, ${professional.role}` : professional.name}
                </option>
              ))}
            </SelectField>
            <p className="secondary-text">
              <Link to={directory}>View the directory of services</Link> for how each one takes referrals.
            </p>
            <DateInput
              id={REFERRAL_FIELDS.referredOn}
              name="referredOn"
              legend="Date of the referral"
              hint="The day it was sent, for example 27 3 2026"
              error={error(REFERRAL_FIELDS.referredOn)}
              defaultValue={dateParts(todayIso())}
            />
            <TextareaField
              id={REFERRAL_FIELDS.reason}
              name="reason"
              label="Reason for the referral"
              hint="What you have seen, what the school has tried, and what you are asking the service for"
              error={error(REFERRAL_FIELDS.reason)}
              rows={5}
            />
            <Fieldset
              id="consent"
              legend="Parental consent"
              hint="A referral needs the consent of a parent or carer. Record who gave it, and when."
            >
              <TextField
                id={REFERRAL_FIELDS.consentGivenBy}
                name="consentGivenBy"
                label="Name of the person who gave consent"
                error={error(REFERRAL_FIELDS.consentGivenBy)}
                autoComplete="off"
              />
              <TextField
                id={REFERRAL_FIELDS.consentRelationship}
                name="consentRelationship"
                label="Relationship to the pupil"
                hint="For example, mother, father, carer"
                error={error(REFERRAL_FIELDS.consentRelationship)}
                autoComplete="off"
                className="input--width-20"
              />
              <DateInput
                id={REFERRAL_FIELDS.consentGivenOn}
                name="consentGivenOn"
                legend="Date consent was given"
                hint="On or before the date of the referral"
                error={error(REFERRAL_FIELDS.consentGivenOn)}
              />
            </Fieldset>
            <div className="button-group">
              <Button type="submit" aria-disabled={create.isPending || undefined}>
                Make referral
              </Button>
              <Link className="button-group__link" to={path} state={state}>
                Cancel
              </Link>
            </div>
            {create.isPending ? <Loading label="Recording the referral" /> : null}
          </form>
        </div>
      </div>
    </>
  );
}
