import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'juri.mjs');

export interface JuriResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the real `node bin/juri.mjs …` process and collects its exit code and output. */
export function juri(
  args: string[],
  options: { env?: Record<string, string>; input?: string } = {},
): Promise<JuriResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env?.['JURI_LANG']) delete env['JURI_LANG'];
  if (!options.env?.['JURI_DEBUG']) delete env['JURI_DEBUG'];
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
    child.stdin?.end(options.input ?? '');
  });
}

/** Parses stdout as JSON, failing with the output in the message when it is not. */
export function json<T = unknown>(result: JuriResult): T {
  try {
    return JSON.parse(result.stdout) as T;
  } catch {
    throw new Error(
      `stdout is not JSON (exit ${result.code}).\nstdout: ${result.stdout.slice(0, 500)}\nstderr: ${result.stderr}`,
    );
  }
}

export function tempDir(): { dir: string; file: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'juri-cli-'));
  return { dir, file: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A stack frame line; the CLI must never print one unless JURI_DEBUG is set. */
export const STACK_FRAME = '    at ';

/** Generous: each spawn compiles TypeScript through tsx, and CI machines are shared. */
export const SPAWN_TIMEOUT = 60_000;
