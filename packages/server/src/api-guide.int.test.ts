/**
 * docs/api.md runs: every curl command of the guide is sent, in order, to a freshly started server
 * (method, path, headers and body as written), with the guide's variables filled in from the answers
 * before it ($CSRF from a sign-in, $T from a token, $P from a new patient, the printed setup token),
 * and every one succeeds.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPasswordHasher, TEST_ONLY_FAST_ARGON2 } from './auth/passwords.js';
import { silentLogger } from './log.js';
import { startServer } from './start.js';

const guide = readFileSync(new URL('../../../docs/api.md', import.meta.url), 'utf8');
const root = mkdtempSync(join(tmpdir(), 'betz-api-guide-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** The curl commands of the guide's ```sh blocks: continuation lines and quotes across lines joined, as a shell reads them. */
const commands = [...guide.matchAll(/^```sh\n([\s\S]*?)^```/gm)].flatMap((m) => {
  const lines: string[] = [];
  let open = '';
  for (const line of (m[1] as string).replace(/\\\n\s*/g, ' ').split('\n')) {
    open = open ? `${open} ${line.trim()}` : line.trim();
    // A single-quoted body may span lines: the command ends where its quotes balance.
    if ((open.match(/'/g) ?? []).length % 2 === 0) {
      lines.push(open);
      open = '';
    }
  }
  return lines.filter((line) => line.startsWith('curl '));
});

/** The parts of one curl command line (only the options the guide uses). */
function parse(line: string) {
  const words = [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
  const request = {
    method: 'GET',
    url: '',
    headers: {} as Record<string, string>,
    body: undefined as string | undefined,
  };
  let saveCookie = false;
  let sendCookie = false;
  for (let i = 1; i < words.length; i++) {
    const word = words[i] as string;
    if (word === '-X') request.method = words[++i] as string;
    else if (word === '-H') {
      const [name, ...value] = (words[++i] as string).split(':');
      request.headers[(name as string).toLowerCase()] = value.join(':').trim();
    } else if (word === '-d') request.body = words[++i];
    else if (word === '-c') saveCookie = Boolean(words[++i]);
    else if (word === '-b') sendCookie = Boolean(words[++i]);
    else request.url = word;
  }
  return { ...request, saveCookie, sendCookie };
}

describe('docs/api.md, run against a new server', () => {
  it('has the first visit in curl commands, and each one succeeds in turn', async () => {
    expect(commands.length).toBeGreaterThanOrEqual(9);
    const told: string[] = [];
    const server = await startServer({
      port: 0,
      dataDir: join(root, 'data'),
      log: silentLogger,
      passwords: createPasswordHasher(TEST_ONLY_FAST_ARGON2),
      announce: (t) => told.push(t),
    });
    try {
      const vars: Record<string, string> = {
        B: `${server.url}/api/v1`,
        SETUP: /betz_setup_[\w-]+/.exec(told.join('\n'))?.[0] ?? '',
      };
      let cookie = '';
      const fill = (text: string) =>
        text
          .replace(/\$(\w+)/g, (_, name: string) => vars[name] ?? `$${name}`)
          .replace('betz_setup_…', vars.SETUP ?? '');
      for (const line of commands) {
        const c = parse(line);
        const headers = Object.fromEntries(Object.entries(c.headers).map(([k, v]) => [k, fill(v)]));
        if (c.sendCookie) headers.cookie = cookie;
        const res = await fetch(fill(c.url), {
          method: c.method,
          headers,
          ...(c.body === undefined ? {} : { body: fill(c.body) }),
        });
        const answer = (await res.json()) as Record<string, unknown>;
        expect(res.status, `${line}\n${JSON.stringify(answer)}`).toBeLessThan(300);
        if (c.saveCookie) cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] as string;
        if (typeof answer.csrfToken === 'string') vars.CSRF = answer.csrfToken;
        if (typeof answer.token === 'string') vars.T = answer.token;
        if (c.method === 'POST' && /\/patients$/.test(c.url)) vars.P = answer.id as string;
      }
      expect(vars.P).toBeDefined();
    } finally {
      await server.close();
    }
  }, 120_000);
});
