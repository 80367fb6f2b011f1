/**
 * The `betz` commands, in the order `betz --help` lists them. A command lives in its own file
 * here and is added to this table; nothing else needs to change.
 */
import type { Command } from './command.js';
import { evaluateCommand } from './evaluate.js';

export const COMMANDS: readonly Command[] = [evaluateCommand];

export type { Command, Io } from './command.js';
export { EXIT, UsageError } from './command.js';
