/**
 * The `betz` commands, in the order `betz --help` lists them. A command lives in its own file
 * here and is added to this table; nothing else needs to change.
 */
import { backupCommand } from './backup.js';
import type { Command } from './command.js';
import { evaluateCommand } from './evaluate.js';
import { restoreCommand } from './restore.js';
import { serveCommand } from './serve.js';

export const COMMANDS: readonly Command[] = [evaluateCommand, serveCommand, backupCommand, restoreCommand];

export type { Command, Io } from './command.js';
export { EXIT, UsageError } from './command.js';
