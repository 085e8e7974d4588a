import { createContext, detectLanguage } from './context';
import { createOutput } from './output';
import { buildProgram } from './program';
import { EXIT, reportError } from './report-error';

/** Runs `juri` with the given arguments (without `node` and the script) and returns the exit code. */
export async function runCli(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const ctx = createContext(detectLanguage(args, env), createOutput(), env, process.stdin);
  try {
    await buildProgram(ctx).parseAsync(args, { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    return reportError(ctx, error);
  }
}

// exitCode, not exit(): stdout is flushed and every database has already been closed.
process.exitCode = await runCli(process.argv.slice(2));
