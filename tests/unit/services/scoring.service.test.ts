import { afterEach, describe, expect, it } from 'vitest';
import type { HistoryEntry, Overview, SavedCell, Session, Sheet } from '../../../shared/judging/judging.schema';
import { dispatch } from '../../../electron/ipc/gate';
import type { HostContext } from '../../../electron/ipc/handlers';
import { hashEvent } from '../../../electron/services/scoring/event-hash';
import { Workspace } from '../../../electron/services/workspace';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import type { EventRow } from '../../../electron/db/schema';
import { useTempDir } from '../../helpers/temp-dir';
import { errorOf, valueOf } from '../../helpers/envelope';
import { placeDemoAward } from '../../helpers/demo-award';

// The demo award: juri-1 ketua (PIN 1111), juri-3 anggota (3333) with a conflict with wil-64.72,
// category "perencanaan-data" has two judged criteria (1–100, step 1) and 10 nominees.
const CAT = 'perencanaan-data';
const cell = (nomineeId: string, criterionId = 'pbd-dokumen') => ({ categoryId: CAT, nomineeId, criterionId });

describe('scoring through the gate', () => {
  const tmp = useTempDir();
  const hosts: HostContext[] = [];
  afterEach(async () => {
    for (const h of hosts.splice(0)) await h.workspace.close();
  });

  async function demoHost(): Promise<HostContext> {
    const ctx: HostContext = {
      kind: 'web',
      version: 'test',
      language: 'en',
      workspace: new Workspace(tmp.path('data')),
    };
    hosts.push(ctx);
    await placeDemoAward(tmp.path('data'));
    valueOf(await dispatch(ctx, 'file:openDemo', undefined));
    return ctx;
  }
  const call = (ctx: HostContext, channel: string, input?: unknown) => dispatch(ctx, channel, input);
  const signIn = async (ctx: HostContext, jurorId: string, pin: string) =>
    valueOf<Session>(await call(ctx, 'session:signIn', { jurorId, pin }));

  it("shows jurors the category's measured indicator values, read-only, newest value per cell", async () => {
    const ctx = await demoHost();
    const award = ctx.workspace.requireAward();
    const log = scoringFor(award).log;
    const measure = (value: number, at: string) =>
      log.append(new Date(at), () => ({
        drafts: [
          {
            type: 'indicator',
            category_id: 'akun-belajar',
            nominee_id: 'wil-64.01',
            criterion_id: 'akun-aktivasi',
            value,
          },
        ],
        result: () => undefined,
      }));
    measure(71.5, '2024-08-01T08:00:00Z');
    measure(87.25, '2024-08-02T08:00:00Z');
    await signIn(ctx, 'juri-3', '3333');
    const sheet = valueOf<Sheet>(await call(ctx, 'scoring:sheet', { categoryId: 'akun-belajar' }));
    expect(sheet.measured).toEqual([{ nomineeId: 'wil-64.01', criterionId: 'akun-aktivasi', value: 87.25 }]);
    expect(sheet.cells.some((c) => c.criterionId === 'akun-aktivasi')).toBe(false);
    const refused = await call(ctx, 'scoring:save', {
      categoryId: 'akun-belajar',
      nomineeId: 'wil-64.01',
      criterionId: 'akun-aktivasi',
      value: 90,
    });
    expect(errorOf(refused).code).toBe('forbidden');
    const other = valueOf<Sheet>(await call(ctx, 'scoring:sheet', { categoryId: 'perencanaan-data' }));
    expect(other.measured).toEqual([]);
  });

  it('refuses every change to a finalised (sealed) category until the ketua reopens it', async () => {
    const ctx = await demoHost();
    const log = scoringFor(ctx.workspace.requireAward()).log;
    const finalise = (value: 0 | 1, text: string) =>
      log.append(new Date(), () => ({
        drafts: [{ type: 'finalise', actor_id: 'juri-1', category_id: 'perencanaan-data', value, text }],
        result: () => undefined,
      }));
    const cell = { categoryId: 'perencanaan-data', nomineeId: 'wil-64.01', criterionId: 'pbd-dokumen' };
    await signIn(ctx, 'juri-4', '4444');
    valueOf(await call(ctx, 'scoring:save', { ...cell, value: 70 }));

    finalise(1, JSON.stringify({ fingerprint: 'f'.repeat(64), results: { ranking: [] } }));
    const refused = errorOf(await call(ctx, 'scoring:save', { ...cell, value: 75 }));
    expect(refused.code).toBe('locked');
    expect(refused.message).toMatch(/finalised/);
    expect(errorOf(await call(ctx, 'scoring:comment', { ...cell, text: 'baru' })).code).toBe('locked');
    expect(errorOf(await call(ctx, 'scoring:note', { ...cell, text: 'baru' })).code).toBe('locked');
    // A save in another category still goes through.
    valueOf(
      await call(ctx, 'scoring:save', {
        categoryId: 'ppdb',
        nomineeId: 'wil-64.01',
        criterionId: 'ppdb-regulasi',
        value: 60,
      }),
    );

    finalise(0, 'Ada nilai yang salah ketik');
    const saved = valueOf<SavedCell>(await call(ctx, 'scoring:save', { ...cell, value: 75 }));
    expect(saved.cell.value).toBe(75);
  });

  it('refuses scoring until a juror signs in, and with a wrong PIN', async () => {
    const ctx = await demoHost();
    expect(errorOf(await call(ctx, 'scoring:overview')).code).toBe('not_signed_in');
    const wrong = errorOf(await call(ctx, 'session:signIn', { jurorId: 'juri-3', pin: '9999' }));
    expect(wrong.code).toBe('wrong_pin');
    expect(wrong.message).toContain('Attempts left: 4');
    const session = await signIn(ctx, 'juri-3', '3333');
    expect(session).toMatchObject({ jurorId: 'juri-3', role: 'anggota', isChair: false, isSecretariat: false });
  });

  it('locks sign-in after five wrong PINs, counted in the file', async () => {
    const ctx = await demoHost();
    for (let i = 0; i < 4; i += 1)
      expect(errorOf(await call(ctx, 'session:signIn', { jurorId: 'juri-4', pin: '0000' })).code).toBe('wrong_pin');
    const fifth = errorOf(await call(ctx, 'session:signIn', { jurorId: 'juri-4', pin: '0000' }));
    expect(fifth.code).toBe('rate_limited');
    // Even the right PIN is refused while locked, and reopening the file does not reset it.
    await ctx.workspace.close();
    valueOf(await call(ctx, 'file:openDemo'));
    expect(errorOf(await call(ctx, 'session:signIn', { jurorId: 'juri-4', pin: '4444' })).code).toBe('rate_limited');
    const roster = valueOf<{ id: string; lockedUntil: string | null }[]>(await call(ctx, 'session:roster'));
    expect(roster.find((r) => r.id === 'juri-4')?.lockedUntil).not.toBeNull();
  });

  it('saves a score durably with its history event, and refuses values off the scale with the range', async () => {
    const ctx = await demoHost();
    await signIn(ctx, 'juri-3', '3333');
    const saved = valueOf<SavedCell>(await call(ctx, 'scoring:save', { ...cell('wil-64.01'), value: 85 }));
    expect(saved.cell).toMatchObject({ value: 85, comment: '' });

    const tooHigh = errorOf(await call(ctx, 'scoring:save', { ...cell('wil-64.01'), value: 101 }));
    expect(tooHigh.message).toBe('The score must be between 1 and 100.');
    const offStep = errorOf(await call(ctx, 'scoring:save', { ...cell('wil-64.01'), value: 85.5 }));
    expect(offStep.message).toContain('multiple of 1');

    valueOf(await call(ctx, 'scoring:save', { ...cell('wil-64.01'), value: 90 }));
    const history = valueOf<HistoryEntry[]>(await call(ctx, 'scoring:history', { nomineeId: 'wil-64.01' }));
    expect(history.map((h) => [h.type, h.oldValue, h.value])).toEqual([
      ['score', 85, 90],
      ['score', null, 85],
    ]);
    expect(history[0]?.juror?.name).toContain('Bambang');

    // The value survives closing and reopening the file.
    await ctx.workspace.close();
    valueOf(await call(ctx, 'file:openDemo'));
    await signIn(ctx, 'juri-3', '3333');
    const sheet = valueOf<Sheet>(await call(ctx, 'scoring:sheet', { categoryId: CAT }));
    expect(sheet.cells.find((c) => c.nomineeId === 'wil-64.01' && c.criterionId === 'pbd-dokumen')?.value).toBe(90);
  });

  it('locks a conflicted nominee and indicator criteria', async () => {
    const ctx = await demoHost();
    await signIn(ctx, 'juri-3', '3333');
    const sheet = valueOf<Sheet>(await call(ctx, 'scoring:sheet', { categoryId: CAT }));
    expect(sheet.nominees.find((n) => n.id === 'wil-64.72')?.conflict).toBe(true);
    expect(sheet.progress).toEqual({ done: 0, due: 9 * 2 });
    expect(errorOf(await call(ctx, 'scoring:save', { ...cell('wil-64.72'), value: 50 })).code).toBe('forbidden');
    const indicator = { categoryId: 'akun-belajar', nomineeId: 'wil-64.01', criterionId: 'akun-aktivasi', value: 50 };
    expect(errorOf(await call(ctx, 'scoring:save', indicator)).code).toBe('forbidden');
  });

  it('submits only a complete sheet, with the PIN, then locks it until the ketua reopens it with a reason', async () => {
    const ctx = await demoHost();
    await signIn(ctx, 'juri-3', '3333');
    const sheet = valueOf<Sheet>(await call(ctx, 'scoring:sheet', { categoryId: CAT }));
    const incomplete = errorOf(await call(ctx, 'scoring:submit', { categoryId: CAT, pin: '3333' }));
    expect(incomplete.message).toContain('18 cells');
    for (const n of sheet.nominees.filter((x) => !x.conflict)) {
      for (const k of sheet.criteria) valueOf(await call(ctx, 'scoring:save', { ...cell(n.id, k.id), value: 70 }));
    }
    expect(errorOf(await call(ctx, 'scoring:submit', { categoryId: CAT, pin: '1234' })).code).toBe('wrong_pin');
    const overview = valueOf<Overview>(await call(ctx, 'scoring:submit', { categoryId: CAT, pin: '3333' }));
    expect(overview.categories.find((c) => c.id === CAT)).toMatchObject({
      status: 'submitted',
      progress: { done: 18, due: 18 },
    });
    expect(errorOf(await call(ctx, 'scoring:save', { ...cell('wil-64.01'), value: 71 })).code).toBe('locked');

    // Only the ketua may reopen, and only with a reason.
    expect(
      errorOf(await call(ctx, 'chair:reopen', { jurorId: 'juri-3', categoryId: CAT, reason: 'salah ketik nilai' }))
        .code,
    ).toBe('forbidden');
    valueOf(await call(ctx, 'session:signOut'));
    await signIn(ctx, 'juri-1', '1111');
    expect(errorOf(await call(ctx, 'chair:reopen', { jurorId: 'juri-3', categoryId: CAT, reason: '' })).code).toBe(
      'invalid_input',
    );
    valueOf(
      await call(ctx, 'chair:reopen', { jurorId: 'juri-3', categoryId: CAT, reason: 'Salah ketik nilai Balikpapan' }),
    );
    const log = valueOf<HistoryEntry[]>(
      await call(ctx, 'chair:history', { jurorId: 'juri-3', categoryId: CAT, limit: 2 }),
    );
    expect(log.map((h) => h.type)).toEqual(['reopen', 'submit']);
    expect(log[0]).toMatchObject({ text: 'Salah ketik nilai Balikpapan', actor: { id: 'juri-1' } });

    valueOf(await call(ctx, 'session:signOut'));
    await signIn(ctx, 'juri-3', '3333');
    expect(valueOf<SavedCell>(await call(ctx, 'scoring:save', { ...cell('wil-64.01'), value: 71 })).cell.value).toBe(
      71,
    );
  });

  it("keeps other jurors' scores out of reach of an anggota", async () => {
    const ctx = await demoHost();
    await signIn(ctx, 'juri-4', '4444');
    valueOf(await call(ctx, 'scoring:save', { ...cell('wil-64.01'), value: 33 }));
    valueOf(await call(ctx, 'session:signOut'));
    await signIn(ctx, 'juri-3', '3333');
    const sheet = valueOf<Sheet>(await call(ctx, 'scoring:sheet', { categoryId: CAT }));
    expect(sheet.cells).toEqual([]);
    expect(valueOf<HistoryEntry[]>(await call(ctx, 'scoring:history', {}))).toEqual([]);
    // A juror id smuggled into the input is stripped by the schema, never honoured.
    expect(valueOf<HistoryEntry[]>(await call(ctx, 'scoring:history', { jurorId: 'juri-4' }))).toEqual([]);
    expect(errorOf(await call(ctx, 'chair:history', { jurorId: 'juri-4' })).code).toBe('forbidden');
    expect(errorOf(await call(ctx, 'chair:sheets')).code).toBe('forbidden');
    // And setup changes are closed to an anggota once scoring has started.
    expect(errorOf(await call(ctx, 'juror:setConflicts', { jurorId: 'juri-3', conflicts: [] })).code).toBe('forbidden');
  });

  it('chains each device’s events by hash; the log refuses updates and deletes', async () => {
    const ctx = await demoHost();
    await signIn(ctx, 'juri-3', '3333');
    for (const v of [10, 20, 30]) valueOf(await call(ctx, 'scoring:save', { ...cell('wil-64.01'), value: v }));
    valueOf(await call(ctx, 'scoring:comment', { ...cell('wil-64.01'), text: 'Dokumen lengkap' }));
    const { sqlite } = ctx.workspace.requireAward();
    const events = sqlite.prepare('SELECT * FROM event ORDER BY seq').all() as EventRow[];
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(events.map((e) => e.hlc)).toEqual([...events.map((e) => e.hlc)].sort());
    events.forEach((e, i) => {
      const { hash, ...rest } = e;
      expect(hashEvent(rest)).toBe(hash);
      if (i > 0) expect(e.prev_hash).toBe(events[i - 1]?.hash);
    });
    expect(() => sqlite.prepare('UPDATE event SET value = 99 WHERE seq = 1').run()).toThrow(/append-only/);
    expect(() => sqlite.prepare('DELETE FROM event').run()).toThrow(/append-only/);
  });
});
