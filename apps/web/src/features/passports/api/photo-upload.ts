import type { ApiSession } from '../../../lib/api-client';
import { toApiError } from '../../../lib/api-error';

/** What the API answers to an uploaded photo: its id, to save with the draft. */
export interface UploadedPhoto {
  photoId: string;
}

export interface PhotoUploaderConfig {
  /** Base path of the API, for example "/api". */
  baseUrl: string;
  session: ApiSession;
  fetch: typeof fetch;
}

export type PhotoUploader = (path: string, photo: File, signal?: AbortSignal) => Promise<UploadedPhoto>;

/**
 * The shared HTTP client sends JSON only, so the photo goes up as a multipart form (field `photo`)
 * through this small sender. It treats the session as the client does: the bearer token from memory;
 * on a 401 sent with a token, one renewal (or the token another request already renewed) and one retry;
 * if that fails, the session ends. It sets no Content-Type: the browser writes the multipart boundary.
 */
export function createPhotoUploader({ baseUrl, session, fetch }: PhotoUploaderConfig): PhotoUploader {
  return async (path, photo, signal) => {
    const send = (token: string | null) => {
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      const form = new FormData();
      form.append('photo', photo, photo.name);
      return fetch(`${baseUrl}${path}`, {
        method: 'POST',
        headers,
        body: form,
        credentials: 'same-origin',
        signal,
      });
    };

    const token = session.accessToken();
    let response = await send(token);
    if (response.status === 401 && token !== null) {
      const current = session.accessToken();
      const renewed = current !== null && current !== token ? current : await session.refresh();
      if (renewed === null) {
        session.expire();
        throw await toApiError(response);
      }
      response = await send(renewed);
      if (response.status === 401) session.expire();
    }
    if (!response.ok) throw await toApiError(response);
    return (await response.json()) as UploadedPhoto;
  };
}
