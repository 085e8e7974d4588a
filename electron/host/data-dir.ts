import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where a host outside Electron keeps new awards and its recent list: `JURI_DATA_DIR`, else the
 * platform's usual folder. Electron uses `app.getPath('userData')` instead.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.JURI_DATA_DIR) return env.JURI_DATA_DIR;
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Juri');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Juri');
  return join(env.XDG_DATA_HOME ?? join(homedir(), '.local', 'share'), 'juri');
}
