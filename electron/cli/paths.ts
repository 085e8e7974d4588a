import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UserError } from '../../shared/user-error';
import type { CliContext } from './context';

/** Resolves a file the CLI is about to create, refusing early when its folder does not exist. */
export function newFilePath(ctx: CliContext, file: string): string {
  const path = resolve(file);
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    // Already translated, so the error reporter passes it through as is.
    throw new UserError('not_found', ctx.t('folderMissing', { path: folder }));
  }
  return path;
}

/** Resolves a file the CLI is about to read, refusing with "file not found" (and its path) when it is not there. */
export function existingFilePath(file: string): string {
  const path = resolve(file);
  if (!existsSync(path)) throw new UserError('not_found', 'errors.fileNotFound', { path });
  return path;
}
