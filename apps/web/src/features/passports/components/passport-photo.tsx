import { useCallback } from 'react';
import { usePassportPhoto } from '../api/passport-photo';

/**
 * The image of a Blob, through an object URL that lives exactly as long as the img element shows it
 * (a ref callback with a cleanup, so nothing leaks and a new photo replaces the old one).
 */
function BlobImage({ blob, alt, className }: { blob: Blob; alt: string; className?: string }) {
  const attach = useCallback(
    (img: HTMLImageElement | null) => {
      if (!img) return;
      const url = URL.createObjectURL(blob);
      img.src = url;
      return () => {
        img.removeAttribute('src');
        URL.revokeObjectURL(url);
      };
    },
    [blob],
  );
  return <img ref={attach} alt={alt} className={className} />;
}

export interface PassportPhotoProps {
  schoolId: string;
  pupilId: string;
  photoId: string;
  /** The pupil's name, for the alternative text "Photo of <name>". */
  name: string;
  className?: string;
}

/** A passport's photo, fetched with the bearer token: never a public URL. */
export function PassportPhoto({ schoolId, pupilId, photoId, name, className }: PassportPhotoProps) {
  const photo = usePassportPhoto(schoolId, pupilId, photoId);
  const classes = ['passport-photo', className].filter(Boolean).join(' ');
  if (photo.data) {
    return (
      <div className={classes}>
        <BlobImage blob={photo.data} alt={`Photo of ${name}`} className="passport-photo__image" />
      </div>
    );
  }
  return (
    <div className={`${classes} passport-photo--empty`}>
      <p className="passport-photo__message">
        {photo.isError ? `The photo of ${name} could not be loaded.` : `Loading the photo of ${name}…`}
      </p>
    </div>
  );
}
