import { describe, expect, it } from 'vitest';
import { decisionSheet, type DecisionSheetInput } from '../../../electron/services/documents/decision-sheet';
import { awardCode } from '../../../electron/services/documents/decision.service';
import { translatorFor } from '../../../shared/i18n/i18n';

const input = (over: Partial<DecisionSheetInput> = {}): DecisionSheetInput => ({
  language: 'id',
  documentNumber: '01/BA-DJ/APP/2024',
  award: { name: 'Apresiasi', organiser: 'BPMP', place: 'Samarinda', date: '2024-11-27' },
  logo: null,
  wholeAward: false,
  jurors: [{ name: 'Juri Satu', title: '', role: 'ketua', signature: null, approvedAt: null }],
  categories: [
    {
      id: 'c',
      name: 'Kategori C',
      method: 'trimmed',
      trimK: 1,
      quorum: 2,
      ranking: [
        {
          rank: 1,
          name: 'A',
          score: { num: '17501', den: '200' },
          jurorCount: 3,
          title: 'Terbaik I',
          insufficient: false,
        },
        { rank: 1, name: 'B', score: { num: '17501', den: '200' }, jurorCount: 3, title: null, insufficient: false },
        { rank: null, name: 'C', score: null, jurorCount: 1, title: null, insufficient: true },
      ],
      agreement: { kendallW: 0.5, p: 0.0004, jurors: 3, nominees: 2 },
      verdict: ['Stabil.'],
      tieBreaks: [{ rank: 1, nominees: ['A', 'B'], kind: 'chair', criterion: null, reason: 'Dampak lebih luas' }],
      fingerprint: 'f'.repeat(64),
      sealedAt: '2024-11-27T06:10:00Z',
      sealedBy: 'Juri Satu',
      appendix: { jurors: ['Juri Satu'], rows: [{ nominee: 'A', cells: ['conflict'] }] },
    },
  ],
  ...over,
});

/** Every string of a definition, in order, as it will be printed. */
function texts(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) for (const n of node) texts(n, out);
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) if (k !== 'styles' && k !== 'svg') texts(v, out);
  return out;
}

describe('the decision sheet definition (pure)', () => {
  it('writes exact scores the Indonesian way, the method, agreement, tie decisions and their reasons', () => {
    const all = texts(decisionSheet(input(), translatorFor('id').t).content).join('\n');
    expect(all).toContain('87,51'); // 17501/200 = 87.505, rounded half away from zero
    expect(all).toContain('Rabu, tanggal 27 November 2024');
    expect(all).toContain('rata-rata terpangkas: 1 nilai tertinggi dan 1 nilai terendah');
    expect(all).toContain('Kendall W = 0,500 (p < 0,001)');
    expect(all).toContain('Peringkat 1 (A, B): diputuskan oleh Ketua Dewan Juri.');
    expect(all).toContain('Alasan: Dampak lebih luas');
    expect(all).toContain('tidak dapat diperingkat');
    expect(all).toContain('f'.repeat(64));
    expect(all).toMatch(/\nK\n/); // the conflict in the appendix
    expect(all).toContain('Belum disetujui');
  });

  it('writes English with English numbers and leaves out the date sentence when there is no date', () => {
    const def = decisionSheet(
      input({ language: 'en', award: { name: 'X', organiser: 'Y', place: '', date: null } }),
      translatorFor('en').t,
    );
    const all = texts(def.content).join('\n');
    expect(all).toContain('87.51');
    expect(all).toContain('The jury of X, organised by Y, completed its assessment');
    expect(all).not.toContain('On this day');
  });

  it('is deterministic: the same input gives the same definition', () => {
    const t = translatorFor('id').t;
    expect(JSON.stringify(decisionSheet(input(), t))).toBe(JSON.stringify(decisionSheet(input(), t)));
  });

  it('makes award codes from the initials', () => {
    expect(awardCode('Apresiasi Program Prioritas 2024')).toBe('APP');
    expect(awardCode('Anugerah  Kihajar — 2024')).toBe('AK');
    expect(awardCode('2024')).toBe('JURI');
  });
});
