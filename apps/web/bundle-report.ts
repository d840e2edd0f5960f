import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
// Build tooling, not app code: the same script measures the build by itself and for the benchmarks.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { formatSpaSizes, spaSizes } from '../../tools/spa-sizes.mjs';

/**
 * After a production build, measures the JavaScript each page needs (from the build manifest), writes
 * it to bundle-sizes.json beside index.html and prints it, so a page that grows heavy shows in review.
 */
export function bundleReport(fileName = 'bundle-sizes.json'): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'sendreg-bundle-report',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle: {
      // After Vite's own plugins, so the manifest is on disk.
      order: 'post',
      sequential: true,
      handler() {
        const outDir = path.resolve(config.root, config.build.outDir);
        const report = spaSizes(outDir);
        writeFileSync(path.join(outDir, fileName), `${JSON.stringify(report, null, 2)}\n`);
        config.logger.info(`\n${formatSpaSizes(report)}\n  written to ${fileName}\n`);
      },
    },
  };
}
