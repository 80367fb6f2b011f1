/** What every `betz` command is: a name, a line of help, its usage text and a run function. */

/** Where a command writes. Text only; the caller decides what the streams are. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/** Exit statuses of `betz`. */
export const EXIT = {
  ok: 0,
  /** Something failed inside Betz (a bug): reported without a stack trace unless BETZ_DEBUG=1. */
  internal: 1,
  /** The user's input was wrong: usage, an unreadable file, an invalid case. Nothing else is printed. */
  badInput: 2,
} as const;

export interface Command {
  name: string;
  /** One line for `betz --help`. */
  summary: string;
  /** The full text of `betz <name> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(args: string[], io: Io): Promise<number>;
}

/** A mistake in how the command was called: printed with the command's usage, exit status 2. */
export class UsageError extends Error {}
