/**
 * Test support: run `betz` as a test would run the built binary, but in the test's own process
 * (runCli with captured output), so a test file does not pay a Node start-up and a module load
 * per call. What only a real process shows (the exit status set on process.exitCode, standard
 * input, the built dist) stays covered by the few spawned runs in main.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runCli } from '../cli.js';

/** The repository root: the spawned CLI's working directory, and the in-process one. */
export const root = fileURLToPath(new URL('../../../../', import.meta.url));
/** The built executable. */
export const builtMain = `${root}packages/cli/dist/main.js`;

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `betz ...args` in process, from the repository root, with only the BETZ_* variables given in
 * `env` (the developer's own BETZ_* are hidden for the call, as a spawn with a clean environment
 * would hide them). The environment is swapped for the call, so calls must not overlap: the
 * tests in a file run one after another.
 */
export async function betzInProcess(args: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  if (process.cwd() !== root.replace(/\/$/, '')) process.chdir(root);
  const saved = Object.entries(process.env).filter(([key]) => key.startsWith('BETZ_'));
  for (const [key] of saved) delete process.env[key];
  Object.assign(process.env, env);
  let stdout = '';
  let stderr = '';
  try {
    const status = await runCli(args, {
      stdout: (text) => {
        stdout += text;
      },
      stderr: (text) => {
        stderr += text;
      },
    });
    return { status, stdout, stderr };
  } finally {
    for (const key of Object.keys(env)) delete process.env[key];
    for (const [key, value] of saved) process.env[key] = value;
  }
}

/** `node packages/cli/dist/main.js ...args` from the repository root: the built binary, as a user runs it. */
export function betzSpawned(
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; input?: string | Buffer } = {},
): CliRun {
  if (!existsSync(builtMain)) throw new Error(`${builtMain} is missing: run \`npm run build\` first`);
  const r = spawnSync(process.execPath, [builtMain, ...args], {
    cwd: root,
    encoding: 'utf8',
    ...(options.env ? { env: options.env } : {}),
    ...(options.input !== undefined ? { input: options.input } : {}),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
