import { spawnSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { PERENCANAAN, scoreQuorum } from './pages/chair.page';
import { DocumentsPage } from './pages/documents.page';

const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;

/** Part B's cards in the documents screen: signatures, approvals, certificate export. */
class CertificatesPanel {
  readonly signatures: Locator;
  readonly approvals: Locator;
  readonly exports: Locator;
  constructor(readonly page: Page) {
    this.signatures = page.locator('.certificates-signatures');
    this.approvals = page.locator('.certificates-approvals');
    this.exports = page.locator('.certificates-export');
  }

  /** Draws a zig-zag on the signature pad with the mouse. */
  async draw(): Promise<void> {
    const pad = this.signatures.getByTestId('signature-pad');
    await pad.scrollIntoViewIfNeeded();
    const box = (await pad.boundingBox())!;
    await this.page.mouse.move(box.x + 30, box.y + box.height / 2);
    await this.page.mouse.down();
    for (let i = 1; i <= 12; i++) {
      await this.page.mouse.move(box.x + 30 + i * 25, box.y + box.height / 2 + (i % 2 ? -35 : 35), { steps: 4 });
    }
    await this.page.mouse.up();
  }
}

test('a juror signs and approves; the secretariat makes the certificates with a progress bar', async ({
  page,
  juri,
}, testInfo) => {
  test.setTimeout(180_000);
  await page.goto(await juri.startWith(['--demo']));
  await scoreQuorum(page, PERENCANAAN);
  const documents = new DocumentsPage(page);
  await documents.open();
  const panel = new CertificatesPanel(page);

  // Approval waits for the ketua's seal.
  await panel.approvals.getByLabel('Kategori').selectOption(PERENCANAAN);
  await expect(panel.approvals).toContainText('belum difinalkan');
  await documents.finalise(PERENCANAAN);
  await page.reload();
  await documents.open();

  // The demo jurors come with a drawn signature; the ketua draws a new one over it.
  await expect(panel.signatures.getByTestId('stored-signature')).toBeVisible();
  await panel.draw();
  await panel.signatures.getByRole('button', { name: 'Simpan tanda tangan' }).click();
  await expect(panel.signatures.getByTestId('stored-signature')).toBeVisible();

  await panel.approvals.getByLabel('Kategori').selectOption(PERENCANAAN);
  await panel.approvals.getByLabel('PIN Anda').fill('1111');
  await panel.approvals.getByRole('button', { name: /Setujui sebagai/ }).click();
  await expect(panel.approvals.locator('li[data-juror="juri-1"]')).toContainText('Setuju');

  await panel.exports.getByLabel('Kategori').selectOption(PERENCANAAN);
  await panel.exports.getByLabel('Frasa sandi sertifikat Dewan Juri (boleh kosong)').fill('demo');
  await panel.exports.getByRole('button', { name: 'Buat piagam' }).click();
  await expect(panel.exports.locator('progress')).toBeVisible();
  // The e2e scores tie every nominee, so all ten share the first place.
  await expect(panel.exports).toContainText(/Selesai: 10 piagam/, { timeout: 120_000 });
  const downloading = page.waitForEvent('download');
  await panel.exports.getByRole('button', { name: 'Unduh berkas cetak' }).click();
  const path = testInfo.outputPath('cetak.pdf');
  await (await downloading).saveAs(path);
  const text = spawnSync('pdftotext', [path, '-'], { encoding: 'utf8' }).stdout;
  expect(text).toContain('PIAGAM PENGHARGAAN');
  expect(text).toContain('Terbaik I');
  expect(spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout).toContain('Signature is Valid.');
  await page
    .locator('.toaster')
    .getByRole('button')
    .first()
    .click()
    .catch(() => undefined);
  await panel.exports.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}certificate-export.png` });
  await panel.signatures.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}certificate-screen.png`, fullPage: true });
});
