import { parentalResponsibilityText, type FamilyContact } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { StaleNotice } from '../../../components/ui/stale-notice';
import { SummaryCard } from '../../../components/ui/summary-card';
import { SummaryList, type SummaryListRow } from '../../../components/ui/summary-list';
import { Tag } from '../../../components/ui/tag';
import { formProblemFrom, isStaleVersion } from '../../../lib/form-problem';
import { meets } from '../../../lib/grants';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { pupilName } from '../../../utils/pupil-name';
import { useFamilyContacts } from '../api/get-family-contacts';
import {
  useAddFamilyContact,
  useRemoveFamilyContact,
  useUpdateFamilyContact,
} from '../api/family-contact-writes';
import { ContactForm } from '../components/contact-form';
import { FocusPanel } from '../components/focus-panel';
import {
  CONTACT_FIELD,
  contactFieldId,
  contactName,
  languageText,
  preferredContactText,
  readContactForm,
} from '../family-contact-form';
import '../families.css';

type Mode =
  | { kind: 'list' }
  | { kind: 'add' }
  | { kind: 'edit'; contactId: string }
  | { kind: 'remove'; contactId: string };

const REMOVE_BUTTON = 'contact-remove-button';

function contactRows(contact: FamilyContact): SummaryListRow[] {
  const rows: SummaryListRow[] = [
    { key: 'Relationship', value: contact.relationship },
    { key: 'Parental responsibility', value: parentalResponsibilityText(contact.parentalResponsibility) },
    { key: 'Preferred contact', value: preferredContactText(contact) },
    { key: 'Language', value: languageText(contact) },
  ];
  if (contact.phone) rows.push({ key: 'Phone', value: contact.phone });
  if (contact.email) rows.push({ key: 'Email', value: contact.email });
  if (contact.address)
    rows.push({ key: 'Address', value: <span className="pre-line">{contact.address}</span> });
  if (contact.notes) rows.push({ key: 'Notes', value: <span className="pre-line">{contact.notes}</span> });
  rows.push({ key: 'Contact order', value: String(contact.priority) });
  return rows;
}

function ContactCard({
  contact,
  actions,
}: {
  contact: FamilyContact;
  actions?: { onChange: () => void; onRemove: () => void };
}) {
  return (
    <SummaryCard
      title={contactName(contact)}
      actions={
        actions
          ? [
              <button key="change" type="button" className="families-link-button" onClick={actions.onChange}>
                Change<span className="visually-hidden"> {contact.name}</span>
              </button>,
              <button key="remove" type="button" className="families-link-button" onClick={actions.onRemove}>
                Remove<span className="visually-hidden"> {contact.name}</span>
              </button>,
            ]
          : undefined
      }
    >
      {contact.interpreterNeeded ? (
        <p className="family-contact__interpreter">
          <Tag colour="red">Interpreter needed</Tag> {contact.language}
        </p>
      ) : null}
      <SummaryList rows={contactRows(contact)} />
    </SummaryCard>
  );
}

/**
 * A pupil's family contacts (family.read: the SENCO and the head), in the order the school contacts
 * them. The SENCO (family.write) adds, changes and removes them here; a change someone else saved
 * first is refused (409) and the list reloaded.
 */
export function FamilyContactsPage() {
  const school = useSchool();
  const { pupil, path, state } = useCurrentPupil();
  const name = pupilName(pupil);
  const canWrite = meets(school.grants, { permission: 'family.write' });
  const contacts = useFamilyContacts(school.schoolId, pupil.id);
  const add = useAddFamilyContact(school.schoolId, pupil.id);
  const update = useUpdateFamilyContact(school.schoolId, pupil.id);
  const remove = useRemoveFamilyContact(school.schoolId, pupil.id);
  const busy = add.isPending || update.isPending || remove.isPending;
  const attempts = useFormAttempts();
  const { problem, setProblem, attempt, conflict, setConflict, fail, reloadWith } = attempts;
  const [mode, setMode] = useState<Mode>({ kind: 'list' });
  const [notice, setNotice] = useState<{ text: string; count: number } | null>(null);
  const title = `${name}’s family contacts`;

  const open = (next: Mode) => {
    setProblem(null);
    setConflict('none');
    setNotice(null);
    setMode(next);
  };

  const done = (text: string) => {
    setProblem(null);
    setConflict('none');
    setMode({ kind: 'list' });
    setNotice((before) => ({ text, count: (before?.count ?? 0) + 1 }));
  };

  const refused = (error: unknown, firstField: string) => {
    if (isStaleVersion(error)) {
      setProblem(null);
      setConflict('stale');
      attempts.setAttempt((count) => count + 1);
      return;
    }
    fail(formProblemFrom(error, contactFieldId, firstField), []);
  };

  const submit = (contact: FamilyContact | undefined) => (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setConflict('none');
    const checked = readContactForm(new FormData(event.currentTarget));
    if (!checked.ok) {
      fail(checked.problem, []);
      return;
    }
    setProblem(null);
    const options = {
      onSuccess: (saved: FamilyContact) => {
        done(contact ? `${saved.name}’s details saved.` : `${saved.name} added as a contact for ${name}.`);
      },
      onError: (error: unknown) => {
        refused(error, CONTACT_FIELD.name);
      },
    };
    if (contact) update.mutate({ ...checked.request, id: contact.id, version: contact.version }, options);
    else add.mutate(checked.request, options);
  };

  const confirmRemove = (contact: FamilyContact) => {
    if (busy) return;
    setConflict('none');
    remove.mutate(
      { id: contact.id, version: contact.version },
      {
        onSuccess: () => {
          done(`${contact.name} removed from ${name}’s contacts.`);
        },
        onError: (error) => {
          refused(error, REMOVE_BUTTON);
        },
      },
    );
  };

  const reload = () => {
    reloadWith(() => contacts.refetch());
  };

  let body;
  if (contacts.isPending) body = <Loading label="Loading the family contacts" />;
  else if (contacts.isError)
    body = (
      <QueryError error={contacts.error} what="the family contacts" onRetry={() => void contacts.refetch()} />
    );
  else {
    const list = contacts.data;
    const chosen =
      mode.kind === 'edit' || mode.kind === 'remove' ? list.find((c) => c.id === mode.contactId) : undefined;
    if ((mode.kind === 'edit' || mode.kind === 'remove') && !chosen) {
      // Removed by someone else meanwhile: back to the list, which says who is there now.
      body = (
        <FocusPanel title="This contact is no longer listed">
          <p>Someone else removed this contact after you opened it. The list below is up to date.</p>
          <Button
            variant="secondary"
            onClick={() => {
              open({ kind: 'list' });
            }}
          >
            Back to the contacts
          </Button>
        </FocusPanel>
      );
    } else if (canWrite && mode.kind === 'add') {
      body = (
        <FocusPanel title="Add a contact">
          <ContactForm pupilName={name} problem={problem} onSubmit={submit(undefined)}>
            <div className="button-group">
              <Button type="submit" aria-disabled={busy || undefined}>
                Add contact
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  open({ kind: 'list' });
                }}
              >
                Cancel
              </Button>
            </div>
            {add.isPending ? <Loading label="Saving the contact" /> : null}
          </ContactForm>
        </FocusPanel>
      );
    } else if (canWrite && mode.kind === 'edit' && chosen) {
      body = (
        <FocusPanel title={`Change ${chosen.name}’s details`}>
          <ContactForm
            key={chosen.version}
            contact={chosen}
            pupilName={name}
            problem={problem}
            onSubmit={submit(chosen)}
          >
            <div className="button-group">
              <Button type="submit" aria-disabled={busy || undefined}>
                Save changes
              </Button>
              <Button
                variant="secondary"
                onClick={() => {
                  open({ kind: 'list' });
                }}
              >
                Cancel
              </Button>
            </div>
            {update.isPending ? <Loading label="Saving the contact" /> : null}
          </ContactForm>
        </FocusPanel>
      );
    } else if (canWrite && mode.kind === 'remove' && chosen) {
      body = (
        <FocusPanel title={`Remove ${contactName(chosen)}?`}>
          <p>
            They will no longer be listed as a contact for {name}. The school keeps the record of who they
            were.
          </p>
          <div className="button-group">
            <Button
              id={REMOVE_BUTTON}
              variant="warning"
              aria-disabled={busy || undefined}
              onClick={() => {
                confirmRemove(chosen);
              }}
            >
              Yes, remove {chosen.name}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                open({ kind: 'list' });
              }}
            >
              Cancel
            </Button>
          </div>
          {remove.isPending ? <Loading label="Removing the contact" /> : null}
        </FocusPanel>
      );
    } else {
      body = (
        <>
          {canWrite ? (
            <p>
              <Button
                variant="secondary"
                onClick={() => {
                  open({ kind: 'add' });
                }}
              >
                Add a contact
              </Button>
            </p>
          ) : null}
          {list.length === 0 ? (
            <p>No family contacts are recorded for {name}.</p>
          ) : (
            list.map((contact) => (
              <ContactCard
                key={contact.id}
                contact={contact}
                actions={
                  canWrite
                    ? {
                        onChange: () => {
                          open({ kind: 'edit', contactId: contact.id });
                        },
                        onRemove: () => {
                          open({ kind: 'remove', contactId: contact.id });
                        },
                      }
                    : undefined
                }
              />
            ))
          )}
        </>
      );
    }
  }

  return (
    <>
      <BackLink to={path} state={state}>
        Back to {name}
      </BackLink>
      <StaleNotice
        state={conflict}
        attempt={attempt}
        what="this contact"
        check="the contact’s details below"
        onReload={reload}
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
          <p>The people the school contacts about {name}, in the order it contacts them.</p>
          {body}
        </div>
      </div>
    </>
  );
}
