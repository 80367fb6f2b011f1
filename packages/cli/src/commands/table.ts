/**
 * The `betz` commands, in the order `betz --help` lists them. A command lives in its own file
 * here and gets a row in this table; its module is imported only when the command runs.
 */
import type { Command } from './command.js';

export const COMMANDS: readonly Command[] = [
  {
    name: 'evaluate',
    summary: "assess one patient's case file (text report, or --json)",
    load: async () => (await import('./evaluate.js')).evaluateCommand,
  },
  {
    name: 'stage',
    summary: "King's, MiToS and ΔFS for every row of a PRO-ACT-style ALSFRS-R CSV (streamed)",
    load: async () => (await import('./stage.js')).stageCommand,
  },
  {
    name: 'cohort',
    summary: 'cohort analytics: betz cohort survival DIR|FILES... (Kaplan-Meier, log-rank, SVG)',
    load: async () => (await import('./cohort.js')).cohortCommand,
  },
  {
    name: 'serve',
    summary: 'run the clinic server (REST API, embedded database by default)',
    load: async () => (await import('./serve.js')).serveCommand,
  },
  {
    name: 'import',
    summary: 'store a case file in a running server as a new patient (betz import case FILE --server URL)',
    load: async () => (await import('./case-transfer.js')).importCommand,
  },
  {
    name: 'export',
    summary: 'write a patient of a running server as a case file (betz export case ID --server URL)',
    load: async () => (await import('./case-transfer.js')).exportCommand,
  },
  {
    name: 'backup',
    summary: 'write a backup of the whole database to a file',
    load: async () => (await import('./backup.js')).backupCommand,
  },
  {
    name: 'restore',
    summary: 'load a backup into a new data folder or an empty database',
    load: async () => (await import('./restore.js')).restoreCommand,
  },
];
