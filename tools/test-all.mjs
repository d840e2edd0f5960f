// `npm test`: every check and every test, in the order that fails fastest, then one closing line.
//   1. formatting (Prettier), lint (with Nx module boundaries) and typecheck of every project
//   2. unit and integration tests (Jest; integration on real PostgreSQL: DATABASE_URL or embedded)
//   3. browser tests (Playwright driving the system Chromium, with axe), against the built app
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const results = 'tmp/test-results';
rmSync(results, { recursive: true, force: true });
mkdirSync(results, { recursive: true });

function run(command, args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const r = spawnSync('npx', [command, ...args], {
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false' },
  });
  return r.status === 0;
}

const steps = [
  ['prettier', ['--check', '--log-level=warn', '.']],
  ['nx', ['run-many', '-t', 'lint', 'typecheck', '--outputStyle=static']],
  ['nx', ['run-many', '-t', 'test', '--outputStyle=stream', '--parallel=1']],
  ['nx', ['run-many', '-t', 'e2e', '--outputStyle=stream', '--parallel=1']],
];
let ok = true;
for (const [command, args] of steps) {
  if (!run(command, args)) {
    ok = false;
    break;
  }
}

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(results)) {
  for (const file of readdirSync(results).filter((f) => f.endsWith('.json'))) {
    const report = JSON.parse(readFileSync(path.join(results, file), 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    console.log(
      `${file.replace('.json', '')}: ${report.numPassedTests} passed, ${report.numFailedTests} failed`,
    );
  }
}
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(ok && failed === 0 ? 0 : 1);
