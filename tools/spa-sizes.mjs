// What the SPA costs to download: the gzip size of the JavaScript loaded before any page (the entry and
// its static imports) and of each lazily loaded page, worked out from the build's Vite manifest.
//
// Sizes are per file, gzip level 9 from node:zlib (the best a server or proxy would send), because each
// file travels on its own. Only JavaScript is counted, as in the product target.
//
//   node tools/spa-sizes.mjs [distDir] [--json]      (distDir defaults to dist/apps/web)
//
// The web build calls this and writes the report to <distDir>/bundle-sizes.json; other scripts import
// spaSizes() and formatSpaSizes().
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

/** PRODUCT.md: "SPA initial JavaScript, gzip <= 250 KB" (kB of 1,000 bytes, as Vite prints them). */
export const INITIAL_GZIP_TARGET_BYTES = 250_000;

export const GZIP_LEVEL = 9;

/**
 * The journeys the issue asks about, as the page modules (keys of the manifest, relative to apps/web)
 * each one lazily loads after the initial JavaScript.
 */
export const JOURNEYS = {
  // Someone signing in loads the shell and the sign-in page, nothing else.
  'sign-in': ['src/features/auth/routes/sign-in.tsx'],
  // A TA lands on their sessions (their home, see app/home.ts) and opens a group's session log from it.
  'ta-session-log': ['src/app/routes/my-sessions.tsx', 'src/features/sessions/routes/log-session.tsx'],
};

/**
 * @param {string} [distDir] the web build's output directory (holding .vite/manifest.json)
 * @returns {import('./spa-sizes.d.mts').SpaSizes}
 */
export function spaSizes(distDir = 'dist/apps/web') {
  const manifest = readManifest(distDir);
  const measure = fileMeasurer(distDir);
  const sum = (files) => files.reduce((total, file) => total + measure(file).gzipBytes, 0);

  const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
  const initialFiles = jsFiles(manifest, staticClosure(manifest, entries));
  const initialSet = new Set(initialFiles);

  const chunks = [...new Set(Object.values(manifest).map((chunk) => chunk.file))]
    .filter((file) => file.endsWith('.js') && !initialSet.has(file))
    .map((file) => {
      const page = Object.values(manifest).find((chunk) => chunk.file === file && chunk.isDynamicEntry);
      return { file, ...measure(file), ...(page?.src ? { route: page.src } : {}) };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes || a.file.localeCompare(b.file));

  /** Gzip bytes to show these pages: the initial JavaScript plus every file they import, counted once. */
  const toLoad = (pages) => {
    const missing = pages.filter((page) => !manifest[page]);
    if (missing.length > 0) {
      throw new Error(`spa-sizes: ${missing.join(', ')} not in the build's manifest; update JOURNEYS`);
    }
    const files = jsFiles(manifest, staticClosure(manifest, [...entries, ...pages]));
    return { files, gzipBytes: sum(files) };
  };

  const routes = Object.fromEntries(
    Object.entries(JOURNEYS).map(([name, pages]) => [name, toLoad(pages).gzipBytes]),
  );
  const pages = Object.fromEntries(
    Object.keys(manifest)
      .filter((key) => manifest[key].isDynamicEntry)
      .sort()
      .map((key) => [key, toLoad([key]).gzipBytes]),
  );

  return {
    compression: `gzip level ${GZIP_LEVEL} (node:zlib), per file`,
    target: { initialGzipBytes: INITIAL_GZIP_TARGET_BYTES },
    initial: {
      files: initialFiles,
      gzipBytes: sum(initialFiles),
      rawBytes: initialFiles.reduce((total, file) => total + measure(file).rawBytes, 0),
    },
    chunks,
    routes,
    pages,
  };
}

/** The report as a table for people: the initial JavaScript, the journeys, then every lazy page. */
export function formatSpaSizes(report) {
  const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
  const row = (label, ...cells) => `  ${label.padEnd(58)}${cells.map((cell) => cell.padStart(12)).join('')}`;
  const initial = report.initial.gzipBytes;
  const ownChunk = new Map(report.chunks.filter((c) => c.route).map((c) => [c.route, c]));
  const shared = report.chunks.filter((c) => !c.route);
  const within = initial <= report.target.initialGzipBytes;

  const lines = [
    `SPA JavaScript sizes (${report.compression})`,
    row('', 'gzip', 'raw'),
    row(`initial (${report.initial.files.join(', ')})`, kB(initial), kB(report.initial.rawBytes)),
    `  target: initial <= ${kB(report.target.initialGzipBytes)} gzip: ${within ? 'met' : 'NOT MET'}`,
    '',
    row('to reach', 'gzip', 'beyond init'),
    ...Object.entries(report.routes).map(([name, bytes]) => row(name, kB(bytes), kB(bytes - initial))),
    '',
    row('page (lazy)', 'own chunk', 'to load'),
    ...Object.entries(report.pages)
      .sort(([, a], [, b]) => b - a)
      .map(([page, bytes]) =>
        row(
          page.replace(/^src\//, '').replace(/\.tsx?$/, ''),
          kB(ownChunk.get(page)?.gzipBytes ?? 0),
          kB(bytes),
        ),
      ),
    '',
    row(
      `${shared.length} shared lazy chunks`,
      kB(shared.reduce((total, chunk) => total + chunk.gzipBytes, 0)),
      '',
    ),
  ];
  return lines.join('\n');
}

function readManifest(distDir) {
  const file = path.join(distDir, '.vite', 'manifest.json');
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`spa-sizes: cannot read ${file} (is build.manifest on?): ${error.message}`);
  }
}

/** Sizes of a built file, each worked out once. */
function fileMeasurer(distDir) {
  const sizes = new Map();
  return (file) => {
    if (!sizes.has(file)) {
      const bytes = readFileSync(path.join(distDir, file));
      sizes.set(file, { gzipBytes: gzipSync(bytes, { level: GZIP_LEVEL }).length, rawBytes: bytes.length });
    }
    return sizes.get(file);
  };
}

/** The manifest keys these start from plus everything they import statically (loaded with them). */
function staticClosure(manifest, keys) {
  const seen = new Set();
  const visit = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const imported of manifest[key]?.imports ?? []) visit(imported);
  };
  keys.forEach(visit);
  return [...seen];
}

function jsFiles(manifest, keys) {
  return [...new Set(keys.map((key) => manifest[key].file))].filter((file) => file.endsWith('.js'));
}

const runDirectly = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (runDirectly) {
  const args = process.argv.slice(2);
  const report = spaSizes(args.find((arg) => !arg.startsWith('--')));
  console.log(args.includes('--json') ? JSON.stringify(report, null, 2) : formatSpaSizes(report));
}
