import fc from 'fast-check';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAwardDb } from '../../../electron/db/open-award-db';
import { mergeFiles } from '../../../electron/services/merge/merge.service';
import { CAT, CRITERIA, exportFile, i18n, masterWithCommittee, NOMINEES, score } from './merge-fixture';

// A byte flipped anywhere in a source file must be refused, or be provably harmless: the merged
// state (every event, every projected score, note and sheet) equals that of the untouched file.

async function mergedState(master: string, source: string, dir: string) {
  const target = join(dir, 'target.juri');
  copyFileSync(master, target);
  const award = await openAwardDb(target, { create: false });
  try {
    const report = await mergeFiles(award, [{ fileName: 'source.juri', path: source }], {
      i18n,
      backupDir: join(dir, 'backups'),
    });
    const q = (sql: string) => JSON.stringify(award.sqlite.prepare(sql).all());
    return {
      accepted: report.sources[0]!.accepted,
      reason: report.sources[0]!.refusal?.code,
      state: [
        q('SELECT * FROM event ORDER BY device_id, seq'),
        q('SELECT * FROM score ORDER BY juror_id, category_id, nominee_id, criterion_id'),
        q('SELECT * FROM note ORDER BY juror_id, category_id, nominee_id'),
        q('SELECT * FROM sheet ORDER BY juror_id, category_id'),
      ].join('\n'),
    };
  } finally {
    await award.close();
    rmSync(target, { force: true });
  }
}

describe('a byte flipped in a source file', () => {
  let base: string;
  let master: string;
  let source: string;
  let bytes: Buffer;
  let good: string;
  let untouched: string;
  beforeAll(async () => {
    base = mkdtempSync(join(tmpdir(), 'juri-flip-'));
    const made = await masterWithCommittee(join(base, 'seed'));
    master = made.master;
    const file = made.files.find((f) => f.jurorId === 'juri-4')!.path;
    await score(
      file,
      'juri-4',
      NOMINEES.flatMap((n, i) => CRITERIA.map((k, c) => ({ nomineeId: n, criterionId: k, value: 40 + i * 9 + c }))),
    );
    source = join(base, 'source.juri');
    await exportFile(file, source);
    bytes = readFileSync(source);
    const merged = await mergedState(master, source, base);
    expect(merged.accepted).toBe(true);
    good = merged.state;
    untouched = (await mergedState(master, join(base, 'seed', 'master.juri'), base)).state;
  }, 120_000);
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('is refused or changes nothing, never a silently different result', async () => {
    const outcomes = { refused: 0, harmless: 0 };
    await fc.assert(
      fc.asyncProperty(fc.nat(bytes.length - 1), fc.integer({ min: 1, max: 255 }), async (offset, mask) => {
        const flipped = Buffer.from(bytes);
        flipped[offset] = flipped[offset]! ^ mask;
        const path = join(base, 'flipped.juri');
        writeFileSync(path, flipped);
        const merged = await mergedState(master, path, base);
        if (merged.accepted) {
          outcomes.harmless += 1;
          expect(merged.state).toBe(good);
        } else {
          outcomes.refused += 1;
          expect(merged.state).toBe(untouched);
        }
      }),
      { numRuns: 80 },
    );
    // Both outcomes occur: most of the file is setup and free space, the events are guarded.
    expect(outcomes.refused).toBeGreaterThan(0);
    expect(outcomes.harmless).toBeGreaterThan(0);
  }, 300_000);

  it('is refused when it lands in the stored events', async () => {
    // Every copy of "<category><nominee>" (event rows, their index and the score projection) changed.
    const needle = Buffer.from(`${CAT}wil-64`);
    const flipped = Buffer.from(bytes);
    let found = 0;
    for (let at = flipped.indexOf(needle); at !== -1; at = flipped.indexOf(needle, at + 1)) {
      flipped[at + 2] = flipped[at + 2]! ^ 0x01;
      found += 1;
    }
    expect(found).toBeGreaterThan(10);
    const path = join(base, 'event-flip.juri');
    writeFileSync(path, flipped);
    const merged = await mergedState(master, path, base);
    expect(merged.accepted).toBe(false);
    expect(merged.state).toBe(untouched);
  }, 60_000);
});
