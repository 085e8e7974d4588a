import { isAbsolute, resolve } from 'node:path';
import type { AwardSetup } from '../../shared/award/award.schema';
import { translatorFor } from '../../shared/i18n/i18n';
import { toAppError } from '../ipc/gate';
import type { HostContext } from '../ipc/handlers';

export interface LaunchArgs {
  /** An award file to open, absolute. */
  file: string | null;
  demo: boolean;
}

/**
 * Reads what the OS or the user gave on the command line: a `.juri` path (double-click, "Open
 * with", a second launch) and `--demo`. Chromium switches and the app path are ignored.
 */
export function parseLaunchArgs(argv: readonly string[], cwd: string): LaunchArgs {
  let file: string | null = null;
  let demo = false;
  for (const arg of argv.slice(1)) {
    if (arg === '--demo') demo = true;
    else if (!arg.startsWith('-') && /\.juri$/i.test(arg)) file = isAbsolute(arg) ? arg : resolve(cwd, arg);
  }
  return { file, demo };
}

export interface AwardOpenerDeps {
  ctx: HostContext;
  /** Tells the renderer to reload the setup. */
  notify: (path: string) => void;
  showError: (message: string) => void;
  log: (error: unknown, what: string) => void;
}

/**
 * Opens award files that come from outside the page (argv, second instance, macOS open-file,
 * the recent-files menu). Requests made before `start()` wait, so nothing is lost during startup.
 */
export function createAwardOpener(deps: AwardOpenerDeps) {
  let started = false;
  let pending: (() => Promise<AwardSetup>) | null = null;

  const run = async (what: string, action: () => Promise<AwardSetup>): Promise<AwardSetup | null> => {
    try {
      const setup = await action();
      deps.ctx.onAwardOpened?.(setup.filePath, setup.award.programme.name);
      deps.notify(setup.filePath);
      return setup;
    } catch (error) {
      deps.showError(toAppError(error, translatorFor(deps.ctx.language), deps.log, what).message);
      return null;
    }
  };

  const request = (what: string, action: () => Promise<AwardSetup>): Promise<AwardSetup | null> => {
    if (started) return run(what, action);
    pending = action;
    return Promise.resolve(null);
  };

  return {
    open: (path: string) => request(`open ${path}`, () => deps.ctx.workspace.open(path)),
    openDemo: () => request('open demo', () => deps.ctx.workspace.openDemo()),
    /** Runs the last request made before startup finished. */
    start: async (): Promise<void> => {
      started = true;
      const action = pending;
      pending = null;
      if (action) await run('startup open', action);
    },
  };
}
