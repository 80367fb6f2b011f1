/** The `betz` command line: global options, dispatch through the command table, exit statuses. */
import { readFileSync } from 'node:fs';
import { COMMANDS, type Command, EXIT, type Io, UsageError } from './commands/index.js';

export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function mainUsage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const commands = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`).join('\n');
  return `betz ${version()}: decision support for ALS clinics (diagnostic criteria, function, staging, prognosis, care)

Usage: betz <command> [options]

Commands:
${commands}

Options:
  -h, --help     show this help (betz <command> --help for a command's options)
  -v, --version  print the version

Exit status: 0 success, 1 internal error, 2 bad usage or invalid input, 3 (betz stage) some rows not staged.
`;
}

/** Run `betz` with its arguments (without node and the script); resolves to the exit status. */
export async function runCli(argv: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    const topic = first === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.stdout(topic ? (await topic.load()).usage : mainUsage());
    return EXIT.ok;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${version()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === first);
  if (!command) {
    const names = COMMANDS.map((c) => c.name).join(', ');
    io.stderr(`betz: unknown command "${first}" (commands: ${names}). Run 'betz --help' for more.\n`);
    return EXIT.badInput;
  }
  return runCommand(command, rest, io);
}

async function runCommand(command: Command, args: string[], io: Io): Promise<number> {
  let usage = '';
  try {
    const loaded = await command.load();
    usage = loaded.usage;
    return await loaded.run(args, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const usageLine = usage.split('\n')[0];
      io.stderr(
        `betz ${command.name}: ${error.message}\n${usageLine}\nRun 'betz ${command.name} --help' for the options.\n`,
      );
      return EXIT.badInput;
    }
    const detail = process.env.BETZ_DEBUG
      ? `\n${(error as Error)?.stack ?? String(error)}`
      : ' (run with BETZ_DEBUG=1 for details)';
    io.stderr(`betz ${command.name}: internal error: ${(error as Error)?.message ?? String(error)}${detail}\n`);
    return EXIT.internal;
  }
}
