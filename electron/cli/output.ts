/** Where the CLI writes: JSON and human output to stdout, status and errors to stderr. */
export interface Output {
  /** Pretty JSON with a trailing newline, to stdout. */
  json(value: unknown): void;
  /** Raw text to stdout, as is. */
  raw(text: string): void;
  /** A line of human output to stdout. */
  line(text?: string): void;
  /** A line of status or error text to stderr. */
  note(text: string): void;
}

export const toJsonText = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Wraps the process streams. A reader that goes away (`juri info … | head`) closes stdout with
 * EPIPE; from then on stdout writes are dropped instead of crashing with a stack trace.
 */
export function createOutput(
  stdout: NodeJS.WriteStream = process.stdout,
  stderr: NodeJS.WriteStream = process.stderr,
): Output {
  let stdoutGone = false;
  stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE' || stdoutGone) {
      stdoutGone = true;
      return;
    }
    throw error;
  });
  stderr.on('error', () => {});
  const out = (text: string) => {
    if (!stdoutGone) stdout.write(text);
  };
  return {
    json: (value) => out(toJsonText(value)),
    raw: out,
    line: (text = '') => out(`${text}\n`),
    note: (text) => {
      stderr.write(`${text}\n`);
    },
  };
}
