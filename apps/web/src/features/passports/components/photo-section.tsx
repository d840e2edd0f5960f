import { useId, useState, type SubmitEvent } from 'react';
import { Button } from '../../../components/ui/button';
import { describedBy } from '../../../components/ui/described-by';
import { formProblem, type FormProblem } from '../../../lib/form-problem';
import { passportProblemFrom, PHOTO_FIELD, photoProblem } from '../passport-content';
import { useUploadPassportPhoto } from '../api/passport-photo';
import { PassportPhoto } from './passport-photo';

export interface PhotoSectionProps {
  schoolId: string;
  pupilId: string;
  name: string;
  /** The draft's photo as the form holds it (saved with the draft). */
  photoId: string | null;
  onPhotoChange: (photoId: string | null) => void;
  error?: string;
  onProblem: (problem: FormProblem) => void;
  /** Clears a problem shown earlier once the photo went up. */
  onSuccess: () => void;
}

/**
 * The draft's photo: upload a JPEG or PNG (sent with the session's token as a multipart form), see it,
 * or remove it. The photo, like the words, is saved with the draft.
 */
export function PhotoSection({
  schoolId,
  pupilId,
  name,
  photoId,
  onPhotoChange,
  error,
  onProblem,
  onSuccess,
}: PhotoSectionProps) {
  const titleId = useId();
  const upload = useUploadPassportPhoto(schoolId, pupilId);
  const [status, setStatus] = useState('');
  const hintId = `${PHOTO_FIELD}-hint`;
  const errorId = error ? `${PHOTO_FIELD}-error` : undefined;

  const submit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const form = event.currentTarget;
    const input = form.elements.namedItem('photo');
    const file = input instanceof HTMLInputElement ? (input.files?.[0] ?? null) : null;
    const problem = formProblem([[PHOTO_FIELD, photoProblem(file)]]);
    if (problem || !file) {
      setStatus('');
      if (problem) onProblem(problem);
      return;
    }
    setStatus('');
    upload.mutate(file, {
      onSuccess: (uploaded) => {
        form.reset();
        onPhotoChange(uploaded.photoId);
        onSuccess();
        setStatus('Photo uploaded. Select “Save draft” to keep it in the draft.');
      },
      onError: (failure) => {
        onProblem(passportProblemFrom(failure, PHOTO_FIELD));
      },
    });
  };

  return (
    <section className="passport-edit__photo" aria-labelledby={titleId}>
      <h2 className="heading-m" id={titleId}>
        Photo
      </h2>
      {photoId ? (
        <div className="passport-edit__current-photo">
          <PassportPhoto schoolId={schoolId} pupilId={pupilId} photoId={photoId} name={name} />
          <Button
            variant="secondary"
            onClick={() => {
              onPhotoChange(null);
              setStatus('Photo removed. Select “Save draft” to keep this change.');
            }}
          >
            Remove photo
          </Button>
        </div>
      ) : (
        <p>The draft has no photo.</p>
      )}
      <form className="form" onSubmit={submit} noValidate>
        <div className={error ? 'form-group form-group--error' : 'form-group'}>
          <label className="label" htmlFor={PHOTO_FIELD}>
            {photoId ? 'Replace the photo' : 'Upload a photo'}
          </label>
          <div className="hint" id={hintId}>
            A JPEG or PNG, up to 5 MB: a recent photo of {name}&rsquo;s face, that they and their parents are
            happy with.
          </div>
          {error ? (
            <p className="error-message" id={errorId}>
              <span className="visually-hidden">Error:</span> {error}
            </p>
          ) : null}
          <input
            id={PHOTO_FIELD}
            name="photo"
            type="file"
            className="passport-file"
            accept="image/jpeg,image/png"
            aria-describedby={describedBy(hintId, errorId)}
            aria-invalid={error ? true : undefined}
          />
        </div>
        <Button type="submit" variant="secondary" aria-disabled={upload.isPending || undefined}>
          Upload photo
        </Button>
      </form>
      <p role="status" className="passport-edit__status">
        {upload.isPending ? 'Uploading the photo…' : status}
      </p>
    </section>
  );
}
