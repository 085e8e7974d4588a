import type { Command } from '@commander-js/extra-typings';
import type { CliContext } from '../context';

/**
 * Adds `certificates` and `xlsx` under `juri export` (the `export` command itself is made in
 * documents.command.ts, which calls this).
 */
export function registerCertificateExports(_exportCommand: Command, _ctx: CliContext): void {}
