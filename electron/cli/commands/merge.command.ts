import type { CliContext } from '../context';
import type { Program } from '../program';

/** The merge commands (to be filled in). */
export function registerMergeCommands(_program: Program, _ctx: CliContext): void {}
