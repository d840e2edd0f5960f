import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { bundleReport } from './bundle-report';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const contracts = fileURLToPath(new URL('../../libs/contracts/src/index.ts', import.meta.url));
// The API the dev server forwards /api to; API_URL overrides it (for example to run against another port).
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

export default defineConfig({
  root: webRoot,
  // Served by the API from the site root: the SPA and /api share one origin.
  base: '/',
  plugins: [react(), bundleReport()],
  resolve: {
    alias: { '@sendreg/contracts': contracts },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    // Maps for debugging, without a reference in the bundle that would advertise them.
    sourcemap: 'hidden',
    // .vite/manifest.json: the import graph bundle-sizes.json is worked out from (express.static does not
    // serve dot-directories).
    manifest: true,
    target: 'es2022',
  },
  server: {
    port: 4200,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    port: 4300,
    proxy: {
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
});
