// Builds the `rapport` command-line tool (package.json "bin") from src-main/cli for plain Node.
import { resolve } from 'node:path';
import { defineConfig } from 'vite';

export default defineConfig({
  // Bundle pure-JS dependencies for a fast start (see electron.config.ts); better-sqlite3 stays external.
  ssr: { noExternal: ['kysely', 'zod', 'pinyin-pro'] },
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'src-shared') } },
  build: {
    ssr: resolve(import.meta.dirname, 'src-main/cli/main.ts'),
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    rollupOptions: {
      output: { format: 'esm', entryFileNames: 'rapport.mjs', banner: '#!/usr/bin/env node' },
    },
  },
});
