/**
 * One logger: JSON lines on stdout. Never PHI (interop-security §5.1): no names, no dates of
 * birth, no free text, no query strings (a search holds names), no request bodies. Requests are
 * logged by their route pattern (`/api/v1/patients/:patientId`), with the user's internal id.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** The only fields a log line may carry beside `msg`. */
export interface LogFields {
  requestId?: string;
  method?: string;
  route?: string;
  status?: number;
  ms?: number;
  userId?: string | null;
  code?: string;
  error?: string;
  stack?: string;
  backend?: string;
  location?: string;
  port?: number;
  host?: string;
  migrations?: readonly string[];
  signal?: string;
  version?: string;
  /** A stale data folder lock taken over: its owner's pid, host and start time. */
  lockPid?: number;
  lockHost?: string;
  lockStartedAt?: string;
  /** Under `betz serve --workers N`: which worker process wrote the line (1…N), and how many run. */
  worker?: number;
  workers?: number;
  pid?: number;
}

export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(
  write: (line: string) => void = (line) => process.stdout.write(`${line}\n`),
  minimum: LogLevel = 'info',
  /** Fields every line carries (a worker process's number). */
  always: Pick<LogFields, 'worker'> = {},
): Logger {
  const at =
    (level: LogLevel) =>
    (msg: string, fields: LogFields = {}) => {
      if (RANK[level] < RANK[minimum]) return;
      write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...always, ...fields }));
    };
  return { debug: at('debug'), info: at('info'), warn: at('warn'), error: at('error') };
}

/** A logger that drops everything (tests). */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
