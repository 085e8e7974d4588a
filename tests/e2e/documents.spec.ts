import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PERENCANAAN, scoreQuorum, signInAs } from './pages/chair.page';
import { DocumentsPage } from './pages/documents.page';

const SHOTS = new URL('../../docs/screenshots/', import.meta.url).pathname;

test('the ketua finalises, downloads the signed Berita Acara and checks it', async ({ page, juri }, testInfo) => {
  test.setTimeout(120_000);
  await page.goto(await juri.startWith(['--demo']));
  await scoreQuorum(page, PERENCANAAN);
  const documents = new DocumentsPage(page);
  await documents.open();

  // The demo award comes with its committee certificate (passphrase `demo`).
  await expect(documents.committee).toContainText('CN=Apresiasi Program Prioritas 2024');
  await expect(documents.row(PERENCANAAN).getByRole('button', { name: 'Berita acara' })).toHaveCount(0);

  await documents.finalise(PERENCANAAN);
  await expect(documents.row(PERENCANAAN)).toContainText('Difinalkan');
  await expect(documents.row(PERENCANAAN)).toContainText(/[0-9a-f]{16}…/);

  const wrong = await documents.requestDecision(PERENCANAAN, 'salah');
  await expect(wrong).toContainText('Frasa sandi sertifikat Dewan Juri salah.');
  await wrong.getByRole('button', { name: 'Batal' }).click();

  const downloading = page.waitForEvent('download');
  await documents.requestDecision(PERENCANAAN, 'demo');
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`berita-acara-${PERENCANAAN}.pdf`);
  const path = testInfo.outputPath('ba.pdf');
  await download.saveAs(path);
  expect(spawnSync('pdfsig', [path], { encoding: 'utf8' }).stdout).toContain('Signature is Valid.');

  const bytes = readFileSync(path);
  await documents.check('ba.pdf', bytes);
  await expect(documents.verify).toContainText('SAH');
  await expect(documents.verify).toContainText('Sertifikat Dewan Juri penghargaan ini');
  await expect(documents.verify).toContainText('sama dengan berkas penghargaan');
  const toasts = page.locator('.toaster').getByRole('button');
  while ((await toasts.count()) > 0) await toasts.first().click();
  await documents.seals.screenshot({ path: `${SHOTS}decision-screen-seals.png` });
  await documents.verify.screenshot({ path: `${SHOTS}decision-screen-verify.png` });

  const tampered = Buffer.from(bytes);
  tampered[500] = tampered[500]! ^ 0x04;
  await documents.check('diubah.pdf', tampered);
  await expect(documents.verify).toContainText('TIDAK SAH');
  await expect(documents.verify).toContainText('Isi berkas telah diubah setelah ditandatangani.');
});

test('an anggota sees the screen but neither finalises nor downloads', async ({ page, juri }) => {
  await page.goto(await juri.startWith(['--demo']));
  await signInAs(page, 'juri-3', '3333');
  await page.reload();
  const documents = new DocumentsPage(page);
  await documents.open();
  await expect(page.getByRole('button', { name: 'Finalkan' })).toHaveCount(0);
  await expect(documents.verify).toBeVisible();
});
