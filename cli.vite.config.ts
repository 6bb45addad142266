// Builds the `rapport` command-line tool (package.json "bin") from src-main/cli for plain Node.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  // Bundle pure-JS dependencies for a fast start (see electron.config.ts); better-sqlite3 stays external.
  ssr: { noExternal: ['kysely', 'zod', 'pinyin-pro'] },
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src-shared') } },
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      // The backup worker thread's entry sits beside rapport.mjs (src-main/cli/main.ts points at it).
      input: {
        rapport: resolve(import.meta.dirname, 'src-main/cli/main.ts'),
        backupWorker: resolve(import.meta.dirname, 'src-main/backups/backupWorker.ts'),
      },
      output: {
        format: 'esm',
        entryFileNames: '[name].mjs',
        chunkFileNames: 'shared-[hash].mjs',
        banner: (chunk) => (chunk.name === 'rapport' ? '#!/usr/bin/env node' : ''),
      },
    },
  },
});
