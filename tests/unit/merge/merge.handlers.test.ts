import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { Workspace } from '../../../electron/services/workspace';
import type { Download } from '../../../shared/judging/ballot.schema';
import type { Conflict, DistributedFile, MergeReport } from '../../../shared/merge/merge.schema';
import { errorOf, valueOf } from '../../helpers/envelope';
import { useTempDir } from '../../helpers/temp-dir';
import { CAT } from './merge-fixture';

describe('merge through the gate', () => {
  const tmp = useTempDir('juri-merge-gate-');
  const hosts: HostContext[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.workspace.close();
  });
  const host = (): HostContext => {
    const ctx: HostContext = {
      kind: 'web',
      version: 'test',
      language: 'en',
      workspace: new Workspace(tmp.path('data')),
    };
    hosts.push(ctx);
    return ctx;
  };
  const call = (ctx: HostContext, channel: string, input?: unknown) => dispatch(ctx, channel, input);

  it('distributes, exports a juror’s file, merges it, reports, undoes; secretariat only', async () => {
    const master = host();
    valueOf(await call(master, 'file:openDemo'));
    valueOf(await call(master, 'session:signIn', { jurorId: 'juri-3', pin: '3333' }));
    expect(errorOf(await call(master, 'merge:distribute', {})).code).toBe('forbidden');
    valueOf(await call(master, 'session:signIn', { jurorId: 'juri-1', pin: '1111' }));
    const files = valueOf<DistributedFile[]>(await call(master, 'merge:distribute', { outDir: tmp.path('komite') }));
    expect(files).toHaveLength(5);

    const laptop = host();
    valueOf(await call(laptop, 'file:open', { path: files.find((f) => f.jurorId === 'juri-2')!.path }));
    valueOf(await call(laptop, 'session:signIn', { jurorId: 'juri-2', pin: '2222' }));
    valueOf(
      await call(laptop, 'scoring:save', {
        categoryId: CAT,
        nomineeId: 'wil-64.01',
        criterionId: 'pbd-dokumen',
        value: 88,
      }),
    );
    const download = valueOf<Download>(await call(laptop, 'merge:exportFile'));
    expect(download.fileName).toMatch(/untuk-digabung\.juri$/);

    const report = valueOf<MergeReport>(
      await call(master, 'merge:merge', { files: [{ fileName: download.fileName, base64: download.base64 }] }),
    );
    expect(report.sources[0]).toMatchObject({ accepted: true, added: 1, jurorId: 'juri-2', enrolled: false });
    const broken = valueOf<MergeReport>(
      await call(master, 'merge:merge', {
        files: [{ fileName: 'x.juri', base64: Buffer.from('not sqlite').toString('base64') }],
      }),
    );
    expect(broken.sources[0]?.refusal?.message).toMatch(/damaged|not a Juri/);
    expect(valueOf<Conflict[]>(await call(master, 'merge:conflicts'))).toEqual([]);
    const history = valueOf<{ sources: unknown[]; lastMerge: unknown }>(await call(master, 'merge:report'));
    expect(history.sources).toHaveLength(1);
    expect(errorOf(await call(master, 'merge:merge', { files: [] })).code).toBe('invalid_input');

    valueOf(await call(master, 'merge:undo'));
    expect(valueOf<{ sources: unknown[] }>(await call(master, 'merge:report')).sources).toEqual([]);
    // Still signed in as the ketua after the file was restored and reopened.
    expect(errorOf(await call(master, 'merge:undo')).message).toBe('There is no merge to undo.');
  });
});
