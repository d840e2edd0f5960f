import { PASSPORT_SECTIONS, type Passport, type PassportContent } from '@sendreg/contracts';
import { useState, type SubmitEvent } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { BackLink } from '../../../components/ui/back-link';
import { Button } from '../../../components/ui/button';
import { ErrorSummary } from '../../../components/ui/error-summary';
import { Loading } from '../../../components/ui/loading';
import { NotificationBanner } from '../../../components/ui/notification-banner';
import { PageHeading } from '../../../components/ui/page-heading';
import { QueryError } from '../../../components/ui/query-error';
import { TextareaField } from '../../../components/ui/textarea-field';
import { WarningText } from '../../../components/ui/warning-text';
import { formProblem, isStaleVersion, type FormProblem } from '../../../lib/form-problem';
import { useCurrentPupil } from '../../../lib/pupil-context';
import { useSchool } from '../../../lib/school-context';
import { useFormAttempts } from '../../../lib/use-form-attempts';
import { formatDate } from '../../../utils/format-date';
import { formText } from '../../../utils/form-text';
import { pupilName } from '../../../utils/pupil-name';
import { usePassport } from '../api/get-passport';
import { usePublishPassport, useSavePassportDraft } from '../api/passport-writes';
import { PhotoSection } from '../components/photo-section';
import { SectionField } from '../components/section-field';
import { StaleDraft } from '../components/stale-draft';
import {
  CHANGE_NOTE_FIELD,
  CHANGE_NOTE_MAX,
  checkDraft,
  checkPublish,
  contentFromForm,
  contentToForm,
  PHOTO_FIELD,
  passportProblemFrom,
  sameContent,
  sectionFieldId,
} from '../passport-content';
import { pageShare, printFitWarning } from '../print-fit';
import '../passports.css';

type Attempts = ReturnType<typeof useFormAttempts>;

const FIRST_FIELD = sectionFieldId(PASSPORT_SECTIONS[0]?.key ?? '');

interface Saved {
  content: PassportContent;
  photoId: string | null;
  /** The draft's version as last read or saved; 0 before the first draft. */
  version: number;
}

interface DraftEditorProps {
  passport: Passport;
  schoolId: string;
  pupilId: string;
  name: string;
  attempts: Attempts;
  onSaved: () => void;
  onPublished: (number: number | null) => void;
}

/**
 * The draft form: a textarea per section, the photo, "Save draft", and "Publish" with its change note.
 * Remounted (by key) when the passport is reloaded after a 409, so it starts again from the latest draft.
 */
function DraftEditor({
  passport,
  schoolId,
  pupilId,
  name,
  attempts,
  onSaved,
  onPublished,
}: DraftEditorProps) {
  const { draft, current } = passport;
  const start = draft ?? (current ? { content: current.content, photoId: current.photoId } : null);
  const [values, setValues] = useState(() => contentToForm(start?.content));
  const [photoId, setPhotoId] = useState<string | null>(start?.photoId ?? null);
  const [saved, setSaved] = useState<Saved>(() => ({
    content: draft?.content ?? {},
    photoId: draft?.photoId ?? null,
    version: draft?.version ?? 0,
  }));
  const save = useSavePassportDraft(schoolId, pupilId);
  const publish = usePublishPassport(schoolId, pupilId);
  const [publishing, setPublishing] = useState(false);
  const busy = save.isPending || publish.isPending || publishing;
  const { problem, setProblem, fail, setConflict, setAttempt } = attempts;
  const error = (fieldId: string) => problem?.fields[fieldId];

  const refused = (failure: unknown, firstFieldId: string) => {
    if (isStaleVersion(failure)) {
      setProblem(null);
      setConflict('stale');
      setAttempt((count) => count + 1);
      return;
    }
    fail(passportProblemFrom(failure, firstFieldId), []);
  };

  /** Saves the form as the draft; resolves with the draft's new version. */
  const saveDraft = async (content: PassportContent): Promise<number> => {
    const answer = await save.mutateAsync({ content, version: saved.version, photoId });
    // A draft answer carries its new version; anything else means the save bumped it by one.
    const version = answer?.version ?? saved.version + 1;
    setSaved({ content, photoId, version });
    return version;
  };

  const submitDraft = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setConflict('none');
    const checked = checkDraft(values);
    if (!checked.ok) {
      fail(checked.problem, []);
      return;
    }
    setProblem(null);
    saveDraft(checked.value).then(onSaved, (failure: unknown) => {
      refused(failure, FIRST_FIELD);
    });
  };

  const submitPublish = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (busy) return;
    setConflict('none');
    const checked = checkPublish(values, formText(new FormData(event.currentTarget), 'changeNote'));
    if (!checked.ok) {
      fail(checked.problem, []);
      return;
    }
    const { content, changeNote } = checked.value;
    const same = current && sameContent(content, current.content) && photoId === current.photoId;
    if (same) {
      fail(
        formProblem([
          [
            FIRST_FIELD,
            `There is nothing new to publish: the draft says the same as version ${String(current.number)}`,
          ],
        ]) as FormProblem,
        [],
      );
      return;
    }
    setProblem(null);
    const unsaved = saved.version === 0 || !sameContent(content, saved.content) || photoId !== saved.photoId;
    setPublishing(true);
    void (async () => {
      try {
        const draftVersion = unsaved ? await saveDraft(content) : saved.version;
        onPublished(await publish.mutateAsync({ changeNote, draftVersion }));
      } catch (failure) {
        setPublishing(false);
        refused(failure, CHANGE_NOTE_FIELD);
      }
    })();
  };

  return (
    <>
      <PhotoSection
        schoolId={schoolId}
        pupilId={pupilId}
        name={name}
        photoId={photoId}
        onPhotoChange={setPhotoId}
        error={error(PHOTO_FIELD)}
        onProblem={(next) => {
          fail(next, []);
        }}
        onSuccess={() => {
          setProblem(null);
        }}
      />
      <form className="form passport-edit__draft" onSubmit={submitDraft} noValidate aria-label="Draft">
        <h2 className="heading-m">The passport</h2>
        <p>
          Write it with {name} and their parents, in {name}&rsquo;s words where you can: short, positive and
          practical.
        </p>
        {PASSPORT_SECTIONS.map((section) => (
          <SectionField
            key={section.key}
            section={section}
            value={values[section.key] ?? ''}
            onChange={(value) => {
              setValues((before) => ({ ...before, [section.key]: value }));
            }}
            error={error(sectionFieldId(section.key))}
          />
        ))}
        <PrintFit content={values} photo={photoId !== null} />
        <div className="button-group">
          <Button type="submit" variant="secondary" aria-disabled={busy || undefined}>
            Save draft
          </Button>
        </div>
        {save.isPending && !publishing ? <Loading label="Saving the draft" /> : null}
      </form>
      <section className="passport-edit__publish" aria-labelledby="publish-title">
        <h2 className="heading-m" id="publish-title">
          Publish
        </h2>
        <p>
          Publishing makes this the version that every adult who works with {name} sees. Each of them is asked
          to read it and confirm, and sees your change note
          {current ? ' and what changed since the version they read' : ''}. Published versions are kept and
          never change.
        </p>
        <form className="form" onSubmit={submitPublish} noValidate>
          <TextareaField
            id={CHANGE_NOTE_FIELD}
            name="changeNote"
            label="Change note"
            hint={`What changed, in a sentence, for the staff who read it. Up to ${String(CHANGE_NOTE_MAX)} characters.${
              current ? '' : ' For example: “First passport, written with the family.”'
            }`}
            rows={2}
            error={error(CHANGE_NOTE_FIELD)}
          />
          <div className="button-group">
            <Button type="submit" aria-disabled={busy || undefined}>
              Publish
            </Button>
          </div>
          {publishing ? <Loading label="Publishing the passport" /> : null}
        </form>
      </section>
    </>
  );
}

/** A word while writing when the passport has grown past one printed page. */
function PrintFit({ content, photo }: { content: Record<string, string>; photo: boolean }) {
  const warning = printFitWarning(pageShare(contentFromForm(content), { photo }));
  if (!warning) return null;
  return (
    <WarningText title={warning}>
      <p>
        A passport is read best on one page. Shorten the longest sections, or keep to the strategies that
        matter most.
      </p>
    </WarningText>
  );
}

/** What staff see now, so the SENCO knows what publishing replaces. */
function PublishedNow({ passport }: { passport: Passport }) {
  const { current, draft } = passport;
  return (
    <p className="passport-edit__now">
      {current
        ? `Staff see version ${String(current.number)}, published ${formatDate(current.publishedAt)}. Changes here stay in the draft until you publish them.`
        : 'Nothing is published yet: staff cannot see this passport until you publish it.'}
      {draft
        ? ` Draft last saved ${formatDate(draft.updatedAt)}${draft.updatedBy ? ` by ${draft.updatedBy.displayName}` : ''}.`
        : ''}
    </p>
  );
}

/** Write a pupil's passport (passport.write: the SENCO): the draft, its photo, and publishing it. */
export function EditPassportPage() {
  const school = useSchool();
  const { pupil, path } = useCurrentPupil();
  const location = useLocation();
  const navigate = useNavigate();
  const passport = usePassport(school.schoolId, pupil.id);
  const attempts = useFormAttempts();
  const [formKey, setFormKey] = useState(0);
  const [saves, setSaves] = useState(0);
  const name = pupilName(pupil);
  const passportPage = `${path}/passport`;
  const title = `Edit ${name}’s passport`;
  const { problem, attempt, conflict, reloadWith } = attempts;

  const reload = () => {
    reloadWith(() =>
      passport.refetch().then((result) => {
        if (result.isSuccess) setFormKey((key) => key + 1);
        return result;
      }),
    );
  };

  const published = (number: number | null) => {
    const notice =
      number === null
        ? `Passport published. The staff who work with ${name} are asked to read it.`
        : `Version ${String(number)} published. The staff who work with ${name} are asked to read it.`;
    void navigate(passportPage, { state: { ...(location.state as object | null), notice } });
  };

  let body;
  if (passport.isPending) body = <Loading label="Loading the passport" />;
  else if (passport.isError)
    body = <QueryError error={passport.error} what="the passport" onRetry={() => void passport.refetch()} />;
  else
    body = (
      <>
        <PublishedNow passport={passport.data} />
        <DraftEditor
          key={formKey}
          passport={passport.data}
          schoolId={school.schoolId}
          pupilId={pupil.id}
          name={name}
          attempts={attempts}
          onSaved={() => {
            setSaves((count) => count + 1);
          }}
          onPublished={published}
        />
      </>
    );

  return (
    <>
      <BackLink to={passportPage} state={location.state}>
        Back to {name}&rsquo;s passport
      </BackLink>
      <StaleDraft state={conflict} attempt={attempt} onReload={reload} />
      <ErrorSummary errors={problem?.summary ?? []} attempt={attempt} />
      {saves > 0 && !problem && conflict === 'none' ? (
        <NotificationBanner key={saves} tone="success" role="status" focus>
          <p className="notification-banner__heading">Draft saved.</p>
          <p>Staff do not see it until you publish it.</p>
        </NotificationBanner>
      ) : null}
      <div className="grid-row">
        <div className="column-two-thirds passport-edit">
          <PageHeading
            title={title}
            caption={school.schoolName}
            documentTitle={problem || conflict === 'stale' ? `Error: ${title}` : title}
          />
          {body}
        </div>
      </div>
    </>
  );
}
