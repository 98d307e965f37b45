/**
 * The dashboard's build: a single-page app (React 19) bundled into dist/web, served by
 * `mamori serve` (src/server/static.ts). Everything ships in the package: no CDN, works offline.
 * The CSP forbids inline scripts and styles, so the build must emit only files (no inlined assets).
 */
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: '/',
  plugins: [react()],
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    // Data URIs are allowed for images only; keep every asset a file so the CSP never has to bend.
    assetsInlineLimit: 0,
    // The polyfill is a script in the entry chunk (not inline), but every browser we support has modulepreload.
    modulePreload: { polyfill: false },
    sourcemap: false,
    chunkSizeWarningLimit: 900,
  },
});
