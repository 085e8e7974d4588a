import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { translatorFor } from '../../../shared/i18n/i18n';
import { UserError } from '../../../shared/user-error';
import { listConflicts } from '../../services/merge/conflicts';
import { distribute } from '../../services/merge/distribute.service';
import { exportForMerge } from '../../services/merge/export.service';
import { lastMerge, mergeFiles, mergeHistory, undoLastMerge } from '../../services/merge/merge.service';
import { resolveConflict } from '../../services/merge/resolve.service';
import { award, fromBase64, secretariat, signedIn } from '../guards';
import type { Handlers } from '../host-context';

/** A private temporary folder for the duration of `use`. */
async function withTempDir<T>(use: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'juri-merge-in-'));
  try {
    return await use(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const safeName = (name: string) => basename(name).replace(/[^\w.-]+/g, '_') || 'berkas.juri';

/** The `merge` namespace of the handler map (composed in ../handlers.ts). */
export const mergeHandlers: Handlers['merge'] = {
  distribute: async (ctx, { outDir }) => {
    secretariat(ctx);
    const file = award(ctx);
    const dir = outDir ?? join(dirname(file.path), `${basename(file.path, '.juri')}-komite`);
    return distribute(file, dir);
  },
  exportFile: (ctx) => {
    signedIn(ctx);
    const file = award(ctx);
    return withTempDir((dir) => {
      const name = `${basename(file.path, '.juri')}-untuk-digabung.juri`;
      const out = join(dir, name);
      exportForMerge(file, out);
      return { fileName: name, mimeType: 'application/x-sqlite3', base64: readFileSync(out).toString('base64') };
    });
  },
  merge: (ctx, { files, paths }) => {
    secretariat(ctx);
    const target = award(ctx);
    return withTempDir((dir) => {
      const sources = [
        ...files.map((f, i) => {
          const path = join(dir, `${i}-${safeName(f.fileName)}`);
          writeFileSync(path, fromBase64(f.base64));
          return { fileName: f.fileName, path };
        }),
        ...paths.map((path) => ({ fileName: basename(path), path })),
      ];
      return mergeFiles(target, sources, { i18n: translatorFor(ctx.language) });
    });
  },
  undo: async (ctx) => {
    const session = secretariat(ctx);
    const path = award(ctx).path;
    if (!lastMerge(award(ctx).sqlite)) throw new UserError('not_found', 'errors.merge.nothingToUndo');
    // The file is restored while closed, then reopened with the same secretariat session.
    await ctx.workspace.close();
    try {
      return await undoLastMerge(path);
    } finally {
      await ctx.workspace.open(path);
      ctx.workspace.session = session;
    }
  },
  report: (ctx) => {
    secretariat(ctx);
    const { sqlite } = award(ctx);
    const last = lastMerge(sqlite);
    return { sources: mergeHistory(sqlite), lastMerge: last ? { mergeId: last.mergeId, at: last.at } : null };
  },
  conflicts: (ctx) => (secretariat(ctx), listConflicts(award(ctx).sqlite)),
  resolve: (ctx, input) => resolveConflict(award(ctx), secretariat(ctx).jurorId, input),
};
