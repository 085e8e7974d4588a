import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AwardSetup } from '../../../shared/award/award.schema';
import type { Language } from '../../../shared/i18n/i18n';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { useTempDir } from '../../helpers/temp-dir';
import { errorOf, valueOf } from '../../helpers/envelope';

describe('dispatch (the IPC gate)', () => {
  const tmp = useTempDir();
  const contexts: HostContext[] = [];
  afterEach(async () => {
    for (const ctx of contexts.splice(0)) await ctx.workspace.close();
  });

  function host(language: Language = 'id'): HostContext {
    const ctx: HostContext = { kind: 'web', version: 'test', language, workspace: new Workspace(tmp.path('data')) };
    contexts.push(ctx);
    return ctx;
  }

  it.each(['nope:nothing', 'file:nothing', 'file', '', '__proto__:toString', 'constructor:name', 'file:constructor'])(
    'answers not_found for the unknown channel %j',
    async (channel) => {
      const error = errorOf(await dispatch(host(), channel, {}));
      expect(error.code).toBe('not_found');
      expect(error.message).toContain('tidak ditemukan');
    },
  );

  it('answers no_award_open in Indonesian when no award is open', async () => {
    const error = errorOf(await dispatch(host(), 'category:save', { name: 'Akun belajar', description: '' }));
    expect(error).toEqual({ code: 'no_award_open', message: 'Belum ada berkas penghargaan yang dibuka.' });
  });

  it('answers in English when the host language is English', async () => {
    const error = errorOf(await dispatch(host('en'), 'category:save', { name: 'Akun belajar', description: '' }));
    expect(error).toEqual({ code: 'no_award_open', message: 'No award file is open.' });
  });

  it('refuses invalid input before any handler runs, with translated field issues', async () => {
    const ctx = host();
    const error = errorOf(await dispatch(ctx, 'file:create', { name: '   ', path: tmp.path('x.juri') }));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Isian belum benar. Periksa kolom yang ditandai.');
    expect(error.issues).toEqual([{ path: ['name'], message: 'Wajib diisi.' }]);
    expect(ctx.workspace.current).toBeNull();

    const en = errorOf(await dispatch(host('en'), 'file:create', { name: '', path: null }));
    expect(en.issues).toEqual([{ path: ['name'], message: 'Required.' }]);
  });

  it('refuses input of the wrong shape', async () => {
    const error = errorOf(await dispatch(host(), 'signatory:move', { id: 'x', offset: 2 }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.map((i) => i.path)).toEqual([['offset']]);
  });

  it('runs a whole flow: create a file, add a category and a criterion, read it back', async () => {
    const ctx = host();
    const path = tmp.path('apresiasi.juri');
    const created = valueOf<AwardSetup>(await dispatch(ctx, 'file:create', { name: 'Apresiasi 2024', path }));
    expect(created.filePath).toBe(path);

    const withCategory = valueOf<AwardSetup>(
      await dispatch(ctx, 'category:save', { name: 'Capaian SPM', description: '' }),
    );
    const categoryId = withCategory.categories[0]?.id;
    const criterion = {
      categoryId,
      name: 'Indeks capaian SPM',
      description: '',
      weight: 70,
      kind: 'indicator',
      scale: { min: 0, max: 100, step: 0.01 },
      unit: '%',
      direction: 'higher',
      rubric: [],
    };
    valueOf(await dispatch(ctx, 'criterion:save', criterion));

    const current = valueOf<AwardSetup | null>(await dispatch(ctx, 'file:current', undefined));
    expect(current?.award.programme.name).toBe('Apresiasi 2024');
    expect(current?.categories).toHaveLength(1);
    expect(current?.categories[0]?.criteria).toEqual([{ ...criterion, rule: null, id: expect.any(String) as unknown }]);

    const error = errorOf(await dispatch(ctx, 'criterion:save', { ...criterion, categoryId: 'tidak-ada' }));
    expect(error).toEqual({ code: 'not_found', message: 'Data tidak ditemukan: tidak-ada.' });
  });

  it('turns a user error from a service into its code and a translated message', async () => {
    const ctx = host();
    const path = tmp.path('sudah-ada.juri');
    valueOf(await dispatch(ctx, 'file:create', { name: 'Pertama', path }));
    const error = errorOf(await dispatch(ctx, 'file:create', { name: 'Kedua', path }));
    expect(error.code).toBe('file_exists');
    expect(error.message).not.toMatch(/^errors\./);
  });

  it('turns an unexpected error into a message without a stack trace, and logs it', async () => {
    const logged: unknown[] = [];
    const path = join(tmp.path('no-such-folder'), 'deeper', 'award.juri');
    const envelope = await dispatch(host(), 'file:create', { name: 'Apresiasi', path }, { log: (e) => logged.push(e) });
    const error = errorOf(envelope);
    expect(['internal', 'not_found', 'invalid_input']).toContain(error.code);
    expect(error.message).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/);
    if (error.code === 'internal') {
      expect(error.message).toMatch(/^Terjadi kesalahan tak terduga/);
      expect(logged).toHaveLength(1);
      expect(logged[0]).toBeInstanceOf(Error);
    }
  });
});
