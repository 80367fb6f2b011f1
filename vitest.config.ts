import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

/** Test files of the packages without I/O: engine, contracts, synth. */
const PURE = ['packages/{engine,contracts,synth}/src/**/*.test.ts'];

const src = (pkg: string) => fileURLToPath(new URL(`./packages/${pkg}/src/index.ts`, import.meta.url));

export default defineConfig({
  resolve: {
    // Tests run against the TypeScript sources; the build is only for the CLI and server binaries.
    alias: {
      // The engine's second entry point (columnar staging, without the rest of the engine); listed first.
      '@betz/engine/columns': fileURLToPath(new URL('./packages/engine/src/batch/columns.ts', import.meta.url)),
      '@betz/engine': src('engine'),
      '@betz/contracts': src('contracts'),
      '@betz/synth': src('synth'),
      '@betz/store': src('store'),
      '@betz/server': src('server'),
    },
  },
  test: {
    pool: 'forks',
    maxWorkers: 2,
    // Browser tests drive Chromium against a real server; on 2 loaded cores a step can take seconds.
    testTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'pure',
          // The pure packages' tests (no I/O, no environment, no mocks, no global state) share one
          // process and one module graph per worker instead of a new process per file.
          include: PURE,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'io',
          include: ['packages/*/src/**/*.test.{ts,tsx}'],
          exclude: [...configDefaults.exclude, ...PURE],
        },
      },
    ],
  },
});
