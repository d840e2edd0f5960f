/** The service's name, as it appears in the header and in every document title. */
export const SERVICE_NAME = 'SEND Register';

/** The API shares the SPA's origin, so the refresh cookie is first-party and no CORS is needed. */
export const API_BASE_URL = '/api';
