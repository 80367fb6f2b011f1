/** The `betz` commands: the table (names, summaries, lazy loaders) and what a command is. */
export type { Command, Io, LoadedCommand } from './command.js';
export { EXIT, UsageError } from './command.js';
export { COMMANDS } from './table.js';
