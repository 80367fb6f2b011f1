#!/usr/bin/env node
/** The `betz` executable. */
import { runCli } from './cli.js';

// A closed pipe (`betz evaluate case.json | head`) ends the output quietly, not with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const io = {
  stdout: (text: string) => void process.stdout.write(text),
  stderr: (text: string) => void process.stderr.write(text),
  // Resolves once the chunk is written: a large output never piles up in memory, and the caller may reuse its buffer.
  stdoutAsync: (chunk: string | Uint8Array) =>
    new Promise<void>((resolve) => {
      process.stdout.write(chunk, () => resolve());
    }),
};

// Set the exit status instead of calling process.exit, so piped output is flushed first.
process.exitCode = await runCli(process.argv.slice(2), io);
