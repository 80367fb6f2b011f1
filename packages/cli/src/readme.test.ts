/**
 * The README's `betz` output is real: every block marked `<!-- betz-output: <args> -->` is compared
 * with a run of the built CLI. Each line of the block must appear in the output, in order; a line
 * `[…]` stands for lines left out. When a report's wording changes, paste the new output.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const readme = readFileSync(`${root}README.md`, 'utf8');
const blocks = [...readme.matchAll(/<!-- betz-output: (.+?) -->\n```text\n([\s\S]*?)```/g)].map((m) => ({
  args: m[1]!.split(' '),
  lines: m[2]!.replace(/\n$/, '').split('\n'),
}));

describe('README.md shows real betz output', () => {
  it('has the worked examples', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(3);
  });

  for (const { args, lines } of blocks) {
    it(`betz ${args.join(' ')}`, () => {
      expect(lines[0]).toBe(`$ betz ${args.join(' ')}`);
      const run = spawnSync(process.execPath, [`${root}packages/cli/dist/main.js`, ...args], {
        cwd: root,
        encoding: 'utf8',
      });
      const output = `${run.stdout}${run.stderr}`.split('\n');
      let at = 0;
      const missing: string[] = [];
      for (const line of lines.slice(1)) {
        if (line.trim() === '[…]') continue;
        const found = output.indexOf(line, at);
        if (found === -1) missing.push(line);
        else at = found + 1;
      }
      expect(missing, 'README lines not in the output (in this order): paste the new output').toEqual([]);
    });
  }
});
