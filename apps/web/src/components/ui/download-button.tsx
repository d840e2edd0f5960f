import type { UseMutationResult } from '@tanstack/react-query';
import type { DownloadedFile } from '../../lib/api-client';
import { problemMessage } from '../../lib/problem-message';
import { saveFile } from '../../utils/save-file';
import { Button } from './button';

export interface DownloadButtonProps<V> {
  /** The feature's export (it needs the bearer token, so it is fetched rather than linked to). */
  mutation: UseMutationResult<DownloadedFile, Error, V>;
  /** What to export: the view on screen. */
  variables: V;
  /** Ends the button's name for screen readers: "Download CSV of …". */
  of: string;
  /** The file's name when the server does not send one. */
  fallbackName: string;
  small?: boolean;
}

/** "Download CSV": fetches the file with the session's token, saves it, and says how it went. */
export function DownloadButton<V>({ mutation, variables, of, fallbackName, small }: DownloadButtonProps<V>) {
  const start = () => {
    if (mutation.isPending) return;
    mutation.mutate(variables, {
      onSuccess: ({ blob, filename }) => {
        saveFile(blob, filename ?? fallbackName);
      },
    });
  };
  return (
    <div className="download">
      <Button
        variant="secondary"
        className={small ? 'button--small' : undefined}
        onClick={start}
        aria-disabled={mutation.isPending || undefined}
      >
        Download CSV<span className="visually-hidden"> of {of}</span>
      </Button>
      <p className="download__status" role="status">
        {mutation.isPending
          ? 'Preparing your download…'
          : mutation.isSuccess
            ? 'Your download has started.'
            : mutation.isError
              ? `Sorry, the download failed. ${problemMessage(mutation.error)}`
              : ''}
      </p>
    </div>
  );
}
