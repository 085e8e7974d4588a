import { afterEach, describe, expect, it } from 'vitest';
import type { AwardDb } from '../../../electron/db/open-award-db';
import { demoTemplate } from '../../../electron/services/demo-award';
import { createCommitteeKey } from '../../../electron/services/documents/committee-key';
import { decisionPdf } from '../../../electron/services/documents/decision.service';
import { finaliseCategory } from '../../../electron/services/documents/seal.service';
import { verifyPdf } from '../../../electron/services/documents/verify.service';
import { scoringFor } from '../../../electron/services/scoring/scoring.service';
import { createFromTemplate } from '../../../electron/services/template.service';
import { translatorFor } from '../../../shared/i18n/i18n';
import { useTempDir } from '../../helpers/temp-dir';
import { pdfsig, pdftotext, save } from './fixtures';

// Decision sheets are made in a worker thread, which loads its modules through tsx when first used.
const WORKER_TIMEOUT = 120_000;

describe('the decision sheet of the whole award', { timeout: WORKER_TIMEOUT }, () => {
  const tmp = useTempDir();
  const open: AwardDb[] = [];
  afterEach(async () => {
    for (const a of open.splice(0)) await a.close();
  });

  /** The demo's categories with judged criteria only, every juror scoring every nominee. */
  async function judgedOnly(): Promise<{ award: AwardDb; categories: string[] }> {
    const template = demoTemplate();
    const categories = template.categories.filter((c) => c.criteria.every((k) => k.kind === 'judged')).slice(0, 2);
    const award = await createFromTemplate(tmp.path('judged.juri'), {
      ...template,
      categories,
      jurors: template.jurors.map((j) => ({ ...j, conflicts: [] })),
    });
    open.push(award);
    const scoring = scoringFor(award);
    for (const [c, category] of categories.entries())
      for (const [j, juror] of template.jurors.entries())
        for (const [n, nomineeId] of category.nomineeIds.entries())
          for (const criterion of category.criteria)
            scoring.saveScore(juror.id, {
              categoryId: category.id,
              nomineeId,
              criterionId: criterion.id,
              value: Math.min(criterion.scale.max, Math.max(criterion.scale.min, 90 - n * 5 - j - c)),
            });
    return { award, categories: categories.map((c) => c.id) };
  }

  it('needs every category sealed, then prints each as a numbered section under number 00', async () => {
    const { award, categories } = await judgedOnly();
    expect(categories.length).toBeGreaterThanOrEqual(1);
    createCommitteeKey(award, 'rahasia');
    await finaliseCategory(award, 'juri-1', categories[0]!);
    if (categories.length > 1) {
      await expect(decisionPdf(award, 'rahasia')).rejects.toMatchObject({ key: 'errors.document.notSealed' });
      for (const id of categories.slice(1)) await finaliseCategory(award, 'juri-1', id);
    }
    const { bytes, claim, fileName } = await decisionPdf(award, 'rahasia');
    expect(fileName).toBe('berita-acara-semua-kategori.pdf');
    expect(claim.documentNumber).toBe('00/BA-DJ/APP/2024');
    expect(claim.categories.map((c) => c.id)).toEqual(categories);
    const path = save(tmp.path('all.pdf'), bytes);
    expect(pdfsig(path).allValid).toBe(true);
    const text = pdftotext(path);
    expect(text).toContain('Seluruh Kategori');
    expect(text).toMatch(/^\s*1\. \S/m);
    expect(verifyPdf(bytes, award, translatorFor('id').t).categories.every((c) => c.matches)).toBe(true);
  });
});
