import { useMemo } from 'react';
import { API_BASE_URL } from '../../../config/service';
import { useAuthSession } from '../../../lib/auth/session-context';
import { createUploader, type Uploader } from './upload-client';

const browserFetch: typeof fetch = (input, init) => window.fetch(input, init);

/** The uploader for this session: the same token, renewal and expiry as the shared API client. */
export function useUploader(): Uploader {
  const session = useAuthSession();
  return useMemo(() => createUploader({ baseUrl: API_BASE_URL, session, fetch: browserFetch }), [session]);
}
