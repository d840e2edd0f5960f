import { toApiError } from './api-error';

/**
 * What the HTTP client needs from the signed-in session. The session is passed in, never read from a
 * global, so the client has no side effects of its own and is easy to test with a fake.
 */
export interface ApiSession {
  /** The access token held in memory, or null when signed out. */
  accessToken(): string | null;
  /** Swaps the refresh cookie for a new access token; null when the session cannot be renewed. */
  refresh(): Promise<string | null>;
  /** Ends the session because it can no longer be renewed. */
  expire(): void;
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  params?: QueryParams;
  signal?: AbortSignal;
  headers?: Record<string, string>;
}

export interface ApiClient {
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  post<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  put<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  patch<T>(path: string, body?: unknown, options?: RequestOptions): Promise<T>;
  delete<T>(path: string, options?: RequestOptions): Promise<T>;
  /** A multipart form (a file upload): the browser writes the Content-Type with its boundary. */
  postForm<T>(path: string, form: FormData, options?: RequestOptions): Promise<T>;
  /** A file (an export): the body as a Blob, and the file name the server suggests, if any. */
  download(path: string, options?: RequestOptions): Promise<DownloadedFile>;
}

export interface DownloadedFile {
  blob: Blob;
  filename: string | undefined;
}

export interface ApiClientConfig {
  /** Base path of the API, for example "/api". */
  baseUrl: string;
  session: ApiSession;
  fetch: typeof fetch;
}

/** Builds "/api/path?a=1" leaving out empty parameters, so URLs (and cache keys) stay tidy. */
export function buildUrl(baseUrl: string, path: string, params?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(name, String(value));
  }
  const query = search.toString();
  return `${baseUrl}${path}${query ? `?${query}` : ''}`;
}

/** The file name of a Content-Disposition header ("attachment; filename=\"x.csv\""), when it has a plain one. */
export function attachmentFilename(disposition: string | null): string | undefined {
  const match = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  const name = match?.[1]?.trim();
  // Only a bare file name: never a path that could point somewhere else.
  return name && !/[\\/]/.test(name) ? name : undefined;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 205) return undefined;
  const text = await response.text();
  if (text === '') return undefined;
  return (response.headers.get('content-type') ?? '').includes('json') ? (JSON.parse(text) as unknown) : text;
}

/**
 * Sends with the session's bearer token. A 401 sent with a token means it expired or was revoked: the
 * token is renewed once (or the one another request already renewed is used) and the request sent once
 * more; if that fails too, the session ends. Returns the last response; callers turn failures into
 * errors. Shared by this client and the uploads that must report progress (imports).
 */
export async function sendWithSession(
  session: ApiSession,
  send: (token: string | null) => Promise<Response>,
): Promise<Response> {
  const token = session.accessToken();
  let response = await send(token);
  if (response.status === 401 && token !== null) {
    const current = session.accessToken();
    // Another request may already have renewed the token while this one was in flight.
    const renewed = current !== null && current !== token ? current : await session.refresh();
    if (renewed === null) {
      session.expire();
      return response;
    }
    response = await send(renewed);
    if (response.status === 401) session.expire();
  }
  return response;
}

export function createApiClient({ baseUrl, session, fetch }: ApiClientConfig): ApiClient {
  async function request(
    method: string,
    path: string,
    body: unknown,
    options: RequestOptions = {},
  ): Promise<Response> {
    const url = buildUrl(baseUrl, path, options.params);
    const form = body instanceof FormData;
    const response = await sendWithSession(session, (token) => {
      const headers: Record<string, string> = { Accept: 'application/json', ...options.headers };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (body !== undefined && !form) headers['Content-Type'] = 'application/json';
      return fetch(url, {
        method,
        headers,
        body: body === undefined ? undefined : form ? body : JSON.stringify(body),
        credentials: 'same-origin',
        signal: options.signal,
      });
    });
    if (!response.ok) throw await toApiError(response);
    return response;
  }

  return {
    get: async <T>(path: string, options?: RequestOptions) =>
      (await readBody(await request('GET', path, undefined, options))) as T,
    post: async <T>(path: string, body?: unknown, options?: RequestOptions) =>
      (await readBody(await request('POST', path, body, options))) as T,
    put: async <T>(path: string, body?: unknown, options?: RequestOptions) =>
      (await readBody(await request('PUT', path, body, options))) as T,
    patch: async <T>(path: string, body?: unknown, options?: RequestOptions) =>
      (await readBody(await request('PATCH', path, body, options))) as T,
    delete: async <T>(path: string, options?: RequestOptions) =>
      (await readBody(await request('DELETE', path, undefined, options))) as T,
    postForm: async <T>(path: string, form: FormData, options?: RequestOptions) =>
      (await readBody(await request('POST', path, form, options))) as T,
    download: async (path: string, options?: RequestOptions) => {
      const response = await request('GET', path, undefined, {
        ...options,
        headers: { Accept: '*/*', ...options?.headers },
      });
      return {
        blob: await response.blob(),
        filename: attachmentFilename(response.headers.get('content-disposition')),
      };
    },
  };
}
