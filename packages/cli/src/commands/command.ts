/** What every `betz` command is: a name, a line of help, and a module loaded when it runs (usage text, run function). */

/** Where a command writes. Text only; the caller decides what the streams are. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Standard input as chunks (`-` as a file); default: the process's. */
  stdin?: AsyncIterable<Uint8Array>;
  /** Like `stdout`, resolving once the chunk is written (for commands that stream large output and reuse the buffer). */
  stdoutAsync?: (chunk: string | Uint8Array) => Promise<void>;
}

/** Exit statuses of `betz`. */
export const EXIT = {
  ok: 0,
  /** Something failed inside Betz (a bug): reported without a stack trace unless BETZ_DEBUG=1. */
  internal: 1,
  /** The user's input was wrong: usage, an unreadable file, an invalid case. Nothing else is printed. */
  badInput: 2,
  /** `betz stage`: the file was read and staged, but some rows were reported (not staged). */
  rowsReported: 3,
} as const;

/** A command once its module is loaded: its usage text and what it does. */
export interface LoadedCommand {
  /** The full text of `betz <name> --help`. */
  usage: string;
  /** Runs with the arguments after the command name; resolves to the exit status. */
  run(args: string[], io: Io): Promise<number>;
}

/**
 * A row of the command table: what `betz --help` lists, and how to load the rest. A command's
 * module (and the server, store or engine it imports) is loaded only when that command runs, so
 * `betz --version` and `betz evaluate` do not pay for the server's start-up.
 */
export interface Command {
  name: string;
  /** One line for `betz --help`. */
  summary: string;
  load(): Promise<LoadedCommand>;
}

/** A mistake in how the command was called: printed with the command's usage, exit status 2. */
export class UsageError extends Error {}
