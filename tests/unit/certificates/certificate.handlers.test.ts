import { writeFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type {
  Approvals,
  CertificateCheck,
  ExportJob,
  Signature,
} from '../../../shared/certificates/certificate.schema';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { Workspace } from '../../../electron/services/workspace';
import { errorOf, valueOf } from '../../helpers/envelope';
import { useTempDir } from '../../helpers/temp-dir';
import { pdfsig } from '../documents/fixtures';
import { CATEGORY, scoredDemo, sealCategory, TINY_PNG } from './fixtures';

describe('certificate operations through the gate', () => {
  const tmp = useTempDir();
  const hosts: HostContext[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.workspace.close();
  });

  async function host(sealed: boolean): Promise<HostContext> {
    const file = await scoredDemo(tmp.path('demo.juri'));
    if (sealed) await sealCategory(file, CATEGORY);
    await file.close();
    const ctx: HostContext = {
      kind: 'web',
      version: 'test',
      language: 'en',
      workspace: new Workspace(tmp.path('data')),
    };
    hosts.push(ctx);
    valueOf(await dispatch(ctx, 'file:open', { path: tmp.path('demo.juri') }));
    return ctx;
  }
  const call = (ctx: HostContext, channel: string, input?: unknown) => dispatch(ctx, channel, input);
  const signIn = async (ctx: HostContext, jurorId: string, pin: string) =>
    valueOf(await call(ctx, 'session:signIn', { jurorId, pin }));

  it('lets a juror keep their own signature only, and the secretariat anyone’s', async () => {
    const ctx = await host(false);
    expect(errorOf(await call(ctx, 'certificate:signatures')).code).toBe('not_signed_in');
    await signIn(ctx, 'juri-3', '3333');
    const own = valueOf<Signature>(await call(ctx, 'certificate:saveSignature', { image: TINY_PNG }));
    expect(own).toMatchObject({ jurorId: 'juri-3', image: TINY_PNG });
    expect(errorOf(await call(ctx, 'certificate:saveSignature', { jurorId: 'juri-4', image: TINY_PNG })).code).toBe(
      'forbidden',
    );
    const notPng = errorOf(await call(ctx, 'certificate:saveSignature', { image: 'data:image/jpeg;base64,AAAA' }));
    expect(notPng.code).toBe('invalid_input');
    expect(valueOf<Signature[]>(await call(ctx, 'certificate:signatures')).map((s) => s.jurorId)).toEqual(['juri-3']);
    await signIn(ctx, 'juri-2', '2222');
    valueOf(await call(ctx, 'certificate:saveSignature', { jurorId: 'juri-4', image: TINY_PNG }));
    const all = valueOf<Signature[]>(await call(ctx, 'certificate:signatures'));
    // The demo jurors come with drawn signatures; juri-3 and juri-4 now have the new one.
    expect(all.filter((s) => s.image === TINY_PNG).map((s) => s.jurorId)).toEqual(['juri-3', 'juri-4']);
  });

  it('approves only a sealed decision, with the PIN, and says why not in the user’s language', async () => {
    const unsealed = await host(false);
    await signIn(unsealed, 'juri-4', '4444');
    const refused = errorOf(await call(unsealed, 'certificate:approve', { categoryId: CATEGORY, pin: '4444' }));
    expect(refused.code).toBe('conflict');
    expect(refused.message).toContain('ketua must finalise');
  });

  it('approves a sealed decision, exports certificates with progress and the workbook, and verifies', async () => {
    const ctx = await host(true);
    await signIn(ctx, 'juri-4', '4444');
    expect(errorOf(await call(ctx, 'certificate:approve', { categoryId: CATEGORY, pin: '0000' })).code).toBe(
      'wrong_pin',
    );
    const approvals = valueOf<Approvals>(await call(ctx, 'certificate:approve', { categoryId: CATEGORY, pin: '4444' }));
    expect(approvals.approvals.find((a) => a.jurorId === 'juri-4')?.approvedAt).not.toBeNull();
    expect(errorOf(await call(ctx, 'certificate:exportCertificates', {})).code).toBe('forbidden');

    await signIn(ctx, 'juri-2', '2222');
    const wrong = errorOf(await call(ctx, 'certificate:exportCertificates', { categoryId: CATEGORY, passphrase: 'x' }));
    expect(wrong.message).toBe('Wrong passphrase for the jury certificate.');
    // With the committee passphrase every PDF is signed, in the worker thread too.
    let job = valueOf<ExportJob>(
      await call(ctx, 'certificate:exportCertificates', { categoryId: CATEGORY, passphrase: 'demo' }),
    );
    expect(job).toMatchObject({ state: 'running', total: 4 });
    for (let i = 0; i < 300 && job.state === 'running'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      job = valueOf<ExportJob>(await call(ctx, 'certificate:progress', { jobId: job.jobId }));
    }
    expect(job).toMatchObject({ state: 'done', done: 4, total: 4 });
    const combined = valueOf<{ fileName: string; base64: string }>(
      await call(ctx, 'certificate:combined', { jobId: job.jobId }),
    );
    expect(Buffer.from(combined.base64, 'base64').subarray(0, 5).toString()).toBe('%PDF-');
    writeFileSync(tmp.path('combined.pdf'), Buffer.from(combined.base64, 'base64'));
    expect(pdfsig(tmp.path('combined.pdf'))).toMatchObject({ count: 1, allValid: true });

    const xlsx = valueOf<{ fileName: string; base64: string }>(await call(ctx, 'certificate:exportXlsx'));
    expect(Buffer.from(xlsx.base64, 'base64').subarray(0, 2).toString()).toBe('PK');

    const garbage = valueOf<CertificateCheck>(await call(ctx, 'certificate:verify', { payload: 'abc.def' }));
    expect(garbage).toMatchObject({ valid: false, problem: 'errors.certificate.payloadUnreadable' });
    expect(errorOf(await call(ctx, 'certificate:progress', { jobId: 'nope' })).code).toBe('not_found');
  });
});
