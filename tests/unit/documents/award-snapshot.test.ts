import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createDemoAward } from '../../../electron/services/demo.service';
import { readSnapshot } from '../../../electron/services/documents/award-snapshot';
import { ownArrayBuffer } from '../../../electron/services/documents/decision-thread';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { readSetup } from '../../../electron/services/setup.service';
import { useTempDir } from '../../helpers/temp-dir';
import { CATEGORY } from './fixtures';

const scoreCount = 'SELECT count(*) FROM score WHERE value IS NOT NULL';

describe("the decision worker's read-only snapshot", () => {
  const tmp = useTempDir('juri-snapshot-');

  it('sees one committed state while another connection writes, Kysely transactions included', async () => {
    const award = await createDemoAward(tmp.path('a.juri'));
    try {
      const save = (value: number) =>
        scoringFor(award).saveScore('juri-1', {
          categoryId: CATEGORY,
          nomineeId: 'wil-64.01',
          criterionId: 'pbd-dokumen',
          value,
        });
      save(80);
      const seen = await readSnapshot(award.path, async (snap) => {
        const count = () => snap.sqlite.prepare(scoreCount).pluck().get() as number;
        const before = count();
        save(81);
        scoringFor(award).saveScore('juri-2', {
          categoryId: CATEGORY,
          nomineeId: 'wil-64.01',
          criterionId: 'pbd-dokumen',
          value: 70,
        });
        await new Promise((resolve) => setTimeout(resolve, 20));
        // readSetup opens a Kysely transaction: inside the snapshot it is a savepoint.
        const setup = await readSetup(snap);
        const value = snap.sqlite
          .prepare("SELECT value FROM score WHERE juror_id = 'juri-1' AND nominee_id = 'wil-64.01'")
          .pluck()
          .all();
        expect(() => snap.sqlite.prepare("DELETE FROM meta WHERE key = 'x'").run()).toThrow(/readonly/i);
        return { before, after: count(), value, categories: setup.categories.length };
      });
      expect(seen.before).toBe(1);
      expect(seen.after).toBe(1);
      expect(seen.value).toContain(80);
      expect(seen.categories).toBeGreaterThan(0);
      expect(award.sqlite.prepare(scoreCount).pluck().get()).toBe(2);
      const next = await readSnapshot(award.path, (snap) => Promise.resolve(snap.sqlite.prepare(scoreCount).get()));
      expect(next).toEqual({ 'count(*)': 2 });
    } finally {
      await award.close();
    }
  });

  it('moves the PDF bytes to the other thread instead of copying them', async () => {
    const pdf = Buffer.alloc(300_000, 7);
    const buffer = ownArrayBuffer(pdf);
    expect(buffer).toBe(pdf.buffer);
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<ArrayBuffer>((resolve) => port2.once('message', resolve));
    port1.postMessage(buffer, [buffer]);
    expect(buffer.byteLength).toBe(0); // detached here: it was transferred, not cloned
    expect((await received).byteLength).toBe(300_000);
    port1.close();
    port2.close();

    // A small Buffer is a view into Node's shared pool: only its own bytes are sent (copied first).
    const pooled = Buffer.from('%PDF-1.7 small');
    expect(pooled.buffer.byteLength).toBeGreaterThan(pooled.length);
    const own = ownArrayBuffer(pooled);
    expect(Buffer.from(own).toString()).toBe('%PDF-1.7 small');
    expect(own).not.toBe(pooled.buffer);
  });
});
