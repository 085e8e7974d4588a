import { afterEach, describe, expect, it } from 'vitest';
import type { CommitteeStatus, Seal, VerifyReport } from '../../../shared/documents/document.schema';
import type { Download } from '../../../shared/judging/ballot.schema';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { seedDemoDocuments } from '../../../electron/services/documents/demo-documents';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { Workspace } from '../../../electron/services/workspace';
import { errorOf, valueOf } from '../../helpers/envelope';
import { useTempDir } from '../../helpers/temp-dir';
import { CATEGORY, pdfsig, save } from './fixtures';

// Decision sheets are made in a worker thread, which loads its modules through tsx when first used.
const WORKER_TIMEOUT = 120_000;

describe('documents through the gate', { timeout: WORKER_TIMEOUT }, () => {
  const tmp = useTempDir();
  const hosts: HostContext[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.workspace.close();
  });
  const call = (ctx: HostContext, channel: string, input?: unknown) => dispatch(ctx, channel, input);

  async function demoHost(language: 'id' | 'en' = 'en'): Promise<HostContext> {
    const ctx: HostContext = { kind: 'web', version: 'test', language, workspace: new Workspace(tmp.path('data')) };
    hosts.push(ctx);
    valueOf(await call(ctx, 'file:openDemo'));
    const award = ctx.workspace.requireAward();
    const scoring = scoringFor(award);
    const nominees = award.sqlite
      .prepare<[string], string>('SELECT nominee_id FROM category_nominee WHERE category_id = ?')
      .pluck()
      .all(CATEGORY);
    for (const [j, juror] of ['juri-1', 'juri-2', 'juri-4'].entries())
      for (const [n, nomineeId] of nominees.entries())
        for (const criterionId of ['pbd-dokumen', 'pbd-pendampingan'])
          scoring.saveScore(juror, { categoryId: CATEGORY, nomineeId, criterionId, value: 90 - n * 3 - j });
    return ctx;
  }
  const signIn = async (ctx: HostContext, jurorId: string, pin: string) =>
    valueOf(await call(ctx, 'session:signIn', { jurorId, pin }));

  it('lets only the ketua create the certificate, finalise and reopen; the sekretaris downloads', async () => {
    const ctx = await demoHost();
    expect(errorOf(await call(ctx, 'document:finalise', { categoryId: CATEGORY })).code).toBe('not_signed_in');
    await signIn(ctx, 'juri-3', '3333');
    expect(errorOf(await call(ctx, 'document:finalise', { categoryId: CATEGORY })).code).toBe('forbidden');
    expect(
      errorOf(await call(ctx, 'document:createCommittee', { passphrase: 'rahasia', confirm: 'rahasia' })).code,
    ).toBe('forbidden');
    expect(errorOf(await call(ctx, 'document:decision', { categoryId: CATEGORY, passphrase: 'demo' })).code).toBe(
      'forbidden',
    );

    await signIn(ctx, 'juri-1', '1111');
    const mismatch = errorOf(await call(ctx, 'document:createCommittee', { passphrase: 'rahasia', confirm: 'lain' }));
    expect(mismatch.issues?.[0]?.path).toEqual(['confirm']);
    // The demo award comes with its committee certificate (passphrase `demo`); it is never replaced.
    const again = errorOf(await call(ctx, 'document:createCommittee', { passphrase: 'rahasia', confirm: 'rahasia' }));
    expect(again.code).toBe('conflict');
    const status = valueOf<CommitteeStatus>(await call(ctx, 'document:committee'));
    expect(status).toMatchObject({ exists: true });
    expect(status.subject).toContain('CN=Apresiasi Program Prioritas 2024');
    expect(errorOf(await call(ctx, 'document:decision', { categoryId: CATEGORY, passphrase: 'demo' })).message).toMatch(
      /not finalised/,
    );
    const seal = valueOf<Seal>(await call(ctx, 'document:finalise', { categoryId: CATEGORY }));
    expect(seal.sealed).toBe(true);
    expect(valueOf<Seal[]>(await call(ctx, 'document:seals')).filter((s) => s.sealed)).toHaveLength(1);

    await signIn(ctx, 'juri-2', '2222');
    expect(errorOf(await call(ctx, 'document:reopen', { categoryId: CATEGORY, reason: 'Koreksi' })).code).toBe(
      'forbidden',
    );
    const wrong = errorOf(await call(ctx, 'document:decision', { categoryId: CATEGORY, passphrase: 'salah' }));
    expect(wrong.message).toBe('Wrong passphrase for the jury certificate.');
    const pdf = valueOf<Download>(await call(ctx, 'document:decision', { categoryId: CATEGORY, passphrase: 'demo' }));
    expect(pdf).toMatchObject({ fileName: `berita-acara-${CATEGORY}.pdf`, mimeType: 'application/pdf' });
    const bytes = Buffer.from(pdf.base64, 'base64');
    expect(pdfsig(save(tmp.path('gate.pdf'), bytes)).allValid).toBe(true);

    const report = valueOf<VerifyReport>(
      await call(ctx, 'document:verify', { fileName: 'gate.pdf', base64: pdf.base64 }),
    );
    expect(report).toMatchObject({ valid: true, sameAward: true });
    expect(report.categories[0]?.matches).toBe(true);
    const notPdf = errorOf(
      await call(ctx, 'document:verify', { fileName: 'x.txt', base64: Buffer.from('hello').toString('base64') }),
    );
    expect(notPdf.message).toContain('is not a PDF');

    const cer = valueOf<Download>(await call(ctx, 'document:certificate'));
    expect(Buffer.from(cer.base64, 'base64')[0]).toBe(0x30); // DER SEQUENCE

    await signIn(ctx, 'juri-1', '1111');
    const short = errorOf(await call(ctx, 'document:reopen', { categoryId: CATEGORY, reason: 'no' }));
    expect(short.issues?.[0]?.path).toEqual(['reason']);
    const reopened = valueOf<Seal>(
      await call(ctx, 'document:reopen', { categoryId: CATEGORY, reason: 'Koreksi nilai' }),
    );
    expect(reopened).toMatchObject({ sealed: false, reopenReason: 'Koreksi nilai' });
  });

  it('gives the demo award the passphrase "demo"', async () => {
    const ctx = await demoHost('id');
    seedDemoDocuments(ctx.workspace.requireAward());
    await signIn(ctx, 'juri-1', '1111');
    valueOf(await call(ctx, 'document:finalise', { categoryId: CATEGORY }));
    const wrong = errorOf(await call(ctx, 'document:decision', { categoryId: CATEGORY, passphrase: 'Demo' }));
    expect(wrong.message).toBe('Frasa sandi sertifikat Dewan Juri salah.');
    valueOf<Download>(await call(ctx, 'document:decision', { categoryId: CATEGORY, passphrase: 'demo' }));
  });
});
