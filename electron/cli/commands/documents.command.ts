import type { CliContext } from '../context';
import type { Program } from '../program';

/** The documents commands (to be filled in). */
export function registerDocumentsCommands(_program: Program, _ctx: CliContext): void {}
