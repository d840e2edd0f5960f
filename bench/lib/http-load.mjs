// Drives the API with autocannon: N connections, each sending the next request as soon as the last
// answered; every response's latency is kept, so the percentiles are exact (autocannon's own summary
// has no p95).
import autocannon from 'autocannon';
import { summarise } from './stats.mjs';

/**
 * @param {{ url: string, connections: number, seconds: number, token: string,
 *           next: () => { method?: string, path: string, body?: string, headers?: Record<string,string> },
 *           amount?: number }} options
 *   next(): the request to send next (called once per request).
 */
export function httpLoad(options) {
  const latencies = [];
  let errors = 0;
  const statusCounts = {};
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        pipelining: 1,
        timeout: 30,
        ...(options.amount ? { amount: options.amount } : { duration: options.seconds }),
        requests: [
          {
            setupRequest: (request) => {
              const r = options.next();
              if (!r) return null;
              return {
                ...request,
                method: r.method ?? 'GET',
                path: r.path,
                body: r.body,
                headers: {
                  authorization: `Bearer ${options.token}`,
                  ...(r.body ? { 'content-type': 'application/json' } : {}),
                  ...(r.headers ?? {}),
                },
              };
            },
          },
        ],
      },
      (err) => {
        if (err) return reject(err);
        const seconds = Number(process.hrtime.bigint() - started) / 1e9;
        resolve({ ...summarise(latencies, seconds, errors), statusCounts });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      statusCounts[statusCode] = (statusCounts[statusCode] ?? 0) + 1;
      if (statusCode >= 400) errors += 1;
    });
    instance.on('reqError', () => {
      errors += 1;
    });
  });
}
