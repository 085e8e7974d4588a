import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { inspect } from 'node:util';

export interface Logger {
  readonly file: string;
  info(message: string): void;
  warn(message: string): void;
  error(message: string, error?: unknown): void;
}

const MAX_BYTES = 2 * 1024 * 1024;

/**
 * A plain file logger in the OS log folder (`app.getPath('logs')`), so a user can send the
 * file to support from "Bantuan → Buka folder log". Keeps one previous file (`main.old.log`).
 */
export function createLogger(dir: string, echo: boolean = !process.env.VITEST): Logger {
  const file = join(dir, 'main.log');
  let ready = false;
  const write = (level: string, message: string) => {
    const line = `${new Date().toISOString()} [${level}] ${message}\n`;
    if (echo) process.stderr.write(line);
    try {
      if (!ready) {
        mkdirSync(dir, { recursive: true });
        ready = true;
        if ((statSync(file, { throwIfNoEntry: false })?.size ?? 0) > MAX_BYTES)
          renameSync(file, join(dir, 'main.old.log'));
      }
      appendFileSync(file, line);
    } catch {
      // Logging must never take the app down.
    }
  };
  return {
    file,
    info: (m) => write('info', m),
    warn: (m) => write('warn', m),
    error: (m, e) =>
      write('error', e === undefined ? m : `${m}: ${e instanceof Error ? (e.stack ?? e.message) : inspect(e)}`),
  };
}
