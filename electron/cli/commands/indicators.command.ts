import type { CliContext } from '../context';
import type { Program } from '../program';

/** The indicators commands (to be filled in). */
export function registerIndicatorsCommands(_program: Program, _ctx: CliContext): void {}
