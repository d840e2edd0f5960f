// The results: a markdown table (each figure beside its target, and the API's p50 over the direct-SQL
// baseline's) and the JSON written under bench/results/.

const ms = (n) => (n === null || n === undefined ? '–' : `${n} ms`);
const mb = (bytes) => `${Math.round(bytes / 1024 / 1024)} MB`;
const kb = (bytes) => `${Math.round(bytes / 102.4) / 10} KB`;

export function ratio(api, baseline) {
  if (!api?.p50 || !baseline?.p50) return null;
  return Math.round((api.p50 / baseline.p50) * 100) / 100;
}

function verdict(ok) {
  return ok === null ? '' : ok ? 'met' : '**not met**';
}

export function markdownTable(results) {
  const rows = [
    '| Operation | p50 | p95 | p99 | req/s | errors | target | | SQL p50 | API/SQL p50 |',
    '|---|---|---|---|---|---|---|---|---|---|',
  ];
  for (const s of results.scenarios) {
    const api = s.api;
    const targetText = [
      s.target.p95 ? `p95 <= ${s.target.p95} ms` : null,
      s.target.rps ? `>= ${s.target.rps}/s` : null,
    ]
      .filter(Boolean)
      .join(', ');
    const ok =
      api &&
      api.requests > 0 &&
      api.errors === 0 &&
      (!s.target.p95 || api.p95 <= s.target.p95) &&
      (!s.target.rps || api.rps >= s.target.rps);
    rows.push(
      `| ${s.operation} | ${ms(api?.p50)} | ${ms(api?.p95)} | ${ms(api?.p99)} | ${api?.rps ?? '–'} | ${api?.errors ?? '–'} | ${targetText} | ${verdict(api ? ok : null)} | ${ms(s.baseline?.p50)} | ${s.ratio ?? '–'} |`,
    );
  }
  if (results.import) {
    const i = results.import;
    rows.push(
      `| Import ${i.rowCount} pupils from CSV (${i.runs.length} runs) | ${ms(i.medianMs)} | | ${ms(i.maxMs)} (max) | | 0 | <= 5,000 ms | ${verdict(i.maxMs <= 5000)} | | |`,
    );
  }
  const ratios = results.scenarios.map((s) => s.ratio).filter((r) => r !== null);
  if (ratios.length) {
    const worst = Math.max(...ratios);
    rows.push(
      `| API time over the same SQL run directly (p50), worst scenario | | | | | | <= 1.5x | ${verdict(worst <= 1.5)} | | ${worst} |`,
    );
  }
  rows.push(
    `| API process memory under that load (peak RSS) | ${mb(results.memory.peakRssBytes)} | | | | | <= 300 MB | ${verdict(results.memory.peakRssBytes <= 300 * 1024 * 1024)} | | |`,
  );
  if (results.spa) {
    rows.push(
      `| SPA initial JavaScript, gzip | ${kb(results.spa.initial.gzipBytes)} | | | | | <= 250 KB | ${verdict(results.spa.initial.gzipBytes <= 250 * 1024)} | | |`,
    );
  }
  return rows.join('\n');
}
