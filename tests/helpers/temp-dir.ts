import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * A fresh temporary folder per test, removed after it. Call at the top of a `describe` (or
 * module): `const tmp = useTempDir();` then `tmp.path('award.juri')` inside a test.
 */
export function useTempDir(prefix = 'juri-test-'): { readonly dir: string; path: (name: string) => string } {
  let current: string | undefined;
  afterEach(() => {
    if (current) rmSync(current, { recursive: true, force: true });
    current = undefined;
  });
  const dir = () => (current ??= mkdtempSync(join(tmpdir(), prefix)));
  return {
    get dir() {
      return dir();
    },
    path: (name: string) => join(dir(), name),
  };
}
