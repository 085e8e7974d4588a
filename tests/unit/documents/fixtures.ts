import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import zlib from 'node:zlib';
import type { AwardDb } from '../../../electron/db/open-award-db';
import { createDemoAward } from '../../../electron/services/demo.service';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';

/** The demo category with judged criteria only, so every juror can score it completely. */
export const CATEGORY = 'perencanaan-data';
export const PASSPHRASE = 'demo';

/**
 * The demo award with every juror's scores in CATEGORY: distinct per nominee, so Kabupaten Paser
 * wins with 93,94 (see the appendix), and jurors 3 and 5 skip their conflicts.
 */
export async function scoredDemo(path: string, bump = 0): Promise<AwardDb> {
  const award = await createDemoAward(path);
  const nominees = award.sqlite
    .prepare<[string], string>(
      `SELECT cn.nominee_id FROM category_nominee cn JOIN nominee n ON n.id = cn.nominee_id
       WHERE cn.category_id = ? ORDER BY n.position_no`,
    )
    .pluck()
    .all(CATEGORY);
  const conflicts = new Set(
    award.sqlite.prepare<[], string>("SELECT juror_id || '|' || nominee_id FROM conflict").pluck().all(),
  );
  const jurors = award.sqlite.prepare<[], string>('SELECT id FROM juror ORDER BY position_no').pluck().all();
  const scoring = scoringFor(award);
  for (const [j, juror] of jurors.entries()) {
    for (const [n, nomineeId] of nominees.entries()) {
      if (conflicts.has(`${juror}|${nomineeId}`)) continue;
      for (const [k, criterionId] of ['pbd-dokumen', 'pbd-pendampingan'].entries()) {
        const value = 95 - n * 4 - ((j + k) % 3) + (n === 0 ? 0 : bump);
        scoring.saveScore(juror, { categoryId: CATEGORY, nomineeId, criterionId, value });
      }
    }
  }
  return award;
}

/** `pdfsig FILE` output and whether it reported only valid signatures. */
export function pdfsig(path: string): { text: string; allValid: boolean; count: number } {
  const run = spawnSync('pdfsig', [path], { encoding: 'utf8' });
  const text = `${run.stdout}${run.stderr}`;
  const count = (text.match(/Signature #\d+/g) ?? []).length;
  const valid = (text.match(/Signature Validation: Signature is Valid\./g) ?? []).length;
  return { text, allValid: count > 0 && valid === count, count };
}

export const pdftotext = (path: string): string =>
  execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

/** Writes bytes and returns the path (for the poppler tools). */
export function save(path: string, bytes: Buffer): string {
  writeFileSync(path, bytes);
  return path;
}

/** A drawn-looking signature: a dark-blue scribble on transparency, as a PNG data URL (RGBA, 240×80). */
export function scribblePng(seed = 1): string {
  const { deflateSync, crc32 } = zlib;
  const w = 240;
  const h = 80;
  const rows = Buffer.alloc((w * 4 + 1) * h);
  const ink = (x: number, y: number) => {
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        const px = Math.round(x) + dx;
        const py = Math.round(y) + dy;
        if (px < 0 || py < 0 || px >= w || py >= h) continue;
        const at = py * (w * 4 + 1) + 1 + px * 4;
        rows.set([20, 40, 110, 255], at);
      }
  };
  for (let i = 0; i < 2000; i++) {
    const s = i / 2000;
    const x = 12 + s * 216;
    const y = 40 + 22 * Math.sin(s * (9 + seed) * Math.PI) * Math.cos(s * 3 * Math.PI + seed);
    ink(x, y);
  }
  for (let x = 30; x < 200; x++) ink(x, 66 + Math.sin(x / 20) * 2);
  const chunk = (type: string, data: Buffer) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const png = Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
  return `data:image/png;base64,${png.toString('base64')}`;
}
