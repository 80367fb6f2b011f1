import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const src = (pkg: string) => fileURLToPath(new URL(`../${pkg}/src/index.ts`, import.meta.url));

// The engine and the contracts are bundled from their TypeScript sources: the browser runs the same
// engine as the server (the live diagnosis panel assesses the unsaved visit).
export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@betz/engine': src('engine'), '@betz/contracts': src('contracts') } },
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 1500 },
  server: { proxy: { '/api': 'http://127.0.0.1:8080', '/health': 'http://127.0.0.1:8080' } },
});
