// electron-vite build of the three Electron bundles. Every script passes `-c electron.config.ts`.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';

const alias = { '@shared': resolve(import.meta.dirname, 'src-shared') };
/**
 * React Fast Refresh injects an inline module script into index.html in development, which the app's strict
 * CSP (script-src 'self') would block. Only the dev server relaxes it; built files keep the strict policy.
 */
export const DEV_CSP_SCRIPT_SRC = "script-src 'self' 'unsafe-inline'";
const devCsp = (): Plugin => ({
  name: 'rapport:dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("script-src 'self'", DEV_CSP_SCRIPT_SRC),
});

export const BUNDLED_DEPS = ['kysely', 'zod', 'pinyin-pro'];

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: 'out/main',
      // Pure-JS dependencies are bundled (tree-shaken): loading kysely's many modules separately costs ~100 ms
      // of start-up. Native better-sqlite3 stays external.
      externalizeDeps: { exclude: BUNDLED_DEPS },
      rollupOptions: {
        input: {
          index: resolve(import.meta.dirname, 'src-main/index.ts'),
          // Backups run in a worker thread: its entry is a file of its own beside index.js.
          backupWorker: resolve(import.meta.dirname, 'src-main/backups/backupWorker.ts'),
        },
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module: emit CommonJS.
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src-main/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src-renderer'),
    resolve: { alias },
    plugins: [react(), devCsp()],
    build: {
      outDir: resolve(import.meta.dirname, 'out/renderer'),
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src-renderer/index.html') } },
    },
  },
});
