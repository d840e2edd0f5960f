// The little the runner asks of the API outside the load itself: sign in, and GET/POST JSON.

export class ApiClient {
  /** @param {string} url @param {string} token */
  constructor(url, token) {
    this.url = url;
    this.token = token;
  }

  static async signIn(url, email, password) {
    const res = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    if (!res.ok) throw new Error(`Sign-in as ${email} answered ${res.status}`);
    const { accessToken } = await res.json();
    return new ApiClient(url, accessToken);
  }

  async request(method, path, body) {
    const res = await fetch(`${this.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.token}`,
        ...(body !== undefined && !(body instanceof FormData) ? { 'content-type': 'application/json' } : {}),
      },
      body: body === undefined ? undefined : body instanceof FormData ? body : JSON.stringify(body),
    });
    const text = await res.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    return { status: res.status, json };
  }

  async get(path) {
    const { status, json } = await this.request('GET', path);
    if (status !== 200)
      throw new Error(`GET ${path} answered ${status}: ${JSON.stringify(json)?.slice(0, 300)}`);
    return json;
  }
}
