// Builds the API with SWC (fast, keeps decorator metadata for Nest) into dist/apps/api, together with
// the shared contracts and the migrations it imports; types are checked by the typecheck target.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';

const out = 'dist/apps/api';
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
execFileSync(
  'npx',
  [
    'swc',
    'apps/api/src',
    'libs/contracts/src',
    'migrations',
    '-d',
    out,
    '--config-file',
    'apps/api/.swcrc',
    '--ignore',
    '**/*.spec.ts,**/*.int-spec.ts,**/testing/**',
    '--quiet',
  ],
  { stdio: 'inherit' },
);
// Stable entry points, so scripts need not know the source layout.
writeFileSync(`${out}/main.js`, "require('./apps/api/src/main.js');\n");
mkdirSync(`${out}/cli`, { recursive: true });
writeFileSync(`${out}/cli/migrate.js`, "require('../apps/api/src/cli/migrate.js');\n");
writeFileSync(`${out}/cli/seed-demo.js`, "require('../apps/api/src/cli/seed-demo.js');\n");
