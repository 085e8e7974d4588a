import { expect, type Locator, type Page } from '@playwright/test';

export const PERENCANAAN = 'perencanaan-data';
export const PERENCANAAN_NAME = 'Dukungan terbaik perencanaan berbasis data';

/** Signs a juror in on the host through the contract api, as another laptop user would have done. */
export async function signInAs(page: Page, jurorId: string, pin: string): Promise<void> {
  const result = await page.evaluate(({ jurorId, pin }) => window.api.session.signIn({ jurorId, pin }), {
    jurorId,
    pin,
  });
  expect(result, `sign-in of ${jurorId}`).toMatchObject({ ok: true });
}

/**
 * Scores every open cell of the signed-in juror's sheet in one category (the scale minimum plus an
 * offset) through the api, and submits it with the PIN when asked. Returns the number of cells saved.
 */
export async function scoreSheet(
  page: Page,
  categoryId: string,
  options: { submitPin?: string } = {},
): Promise<number> {
  return page.evaluate(
    async ({ categoryId, submitPin }) => {
      const sheet = await window.api.scoring.sheet({ categoryId });
      if (!sheet.ok) throw new Error(sheet.error.message);
      let saved = 0;
      for (const nominee of sheet.value.nominees) {
        if (nominee.conflict) continue;
        for (const [i, criterion] of sheet.value.criteria.entries()) {
          if (criterion.kind !== 'judged') continue;
          const value = Math.min(criterion.scale.max, criterion.scale.min + 10 * (i + 1));
          const result = await window.api.scoring.save({
            categoryId,
            nomineeId: nominee.id,
            criterionId: criterion.id,
            value,
          });
          if (!result.ok) throw new Error(result.error.message);
          saved += 1;
        }
      }
      if (submitPin) {
        const submitted = await window.api.scoring.submit({ categoryId, pin: submitPin });
        if (!submitted.ok) throw new Error(submitted.error.message);
      }
      return saved;
    },
    { categoryId, submitPin: options.submitPin },
  );
}

/**
 * Scores a category as three demo jurors (juri-2, juri-4, then the ketua juri-1, who stays signed
 * in), enough for its quorum, and reloads so the screens show the new state.
 */
export async function scoreQuorum(page: Page, categoryId: string): Promise<void> {
  for (const [jurorId, pin] of [
    ['juri-2', '2222'],
    ['juri-4', '4444'],
    ['juri-1', '1111'],
  ] as const) {
    await signInAs(page, jurorId, pin);
    await scoreSheet(page, categoryId);
  }
  await page.reload();
}

/** The Ketua & Sekretariat screen (Indonesian UI): sheet status, reopen dialog, release switch, history. */
export class ChairPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly summary: Locator;
  readonly sheets: Locator;
  readonly history: Locator;
  readonly releaseSwitch: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Ketua & Sekretariat' });
    this.summary = page.getByTestId('sheets-summary');
    this.sheets = page.getByRole('table', { name: 'Status lembar nilai' });
    this.history = page.getByRole('table', { name: 'Riwayat perubahan' });
    this.releaseSwitch = page.getByRole('switch', { name: 'Hasil dirilis kepada juri' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: /^Ketua & Sekretariat/ })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** Signs in with the panel the screen shows when nobody is signed in. */
  async signIn(name: string, pin: string): Promise<void> {
    await expect(this.page.getByRole('heading', { name: 'Masuk sebagai Ketua atau Sekretaris' })).toBeVisible();
    await this.page.getByRole('button', { name: new RegExp(`^Masuk sebagai ${escape(name)}`) }).click();
    await this.page.getByLabel('PIN', { exact: true }).fill(pin);
    await this.page.getByRole('button', { name: 'Masuk', exact: true }).click();
  }

  /** The status row of one juror's sheet in one category. */
  sheetRow(jurorId: string, categoryId: string): Locator {
    return this.sheets.locator(`tr[data-juror="${jurorId}"][data-category="${categoryId}"]`);
  }

  reopenButton(juror: string, category: string): Locator {
    return this.page.getByRole('button', { name: `Buka kembali lembar ${juror} — ${category}` });
  }

  get reopenDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Buka kembali lembar nilai' });
  }

  /** Types a reason and confirms; the dialog stays open when main refuses it. */
  async reopen(juror: string, category: string, reason: string): Promise<void> {
    if (!(await this.reopenDialog.isVisible())) {
      await this.reopenButton(juror, category).click();
      await expect(this.reopenDialog).toBeVisible();
    }
    await this.reopenDialog.getByLabel('Alasan').fill(reason);
    await this.reopenDialog.getByRole('button', { name: 'Buka kembali' }).click();
  }

  /** Narrows the history with its filters (labels of the options, e.g. a juror's name). */
  async filterHistory(filters: { juror?: string; category?: string; nominee?: string; criterion?: string }) {
    const area = this.page.getByRole('search', { name: 'Riwayat perubahan' });
    if (filters.juror) await area.getByLabel('Juri').selectOption({ label: filters.juror });
    if (filters.category) await area.getByLabel('Kategori').selectOption({ label: filters.category });
    if (filters.nominee) await area.getByLabel('Peserta').selectOption({ label: filters.nominee });
    if (filters.criterion) await area.getByLabel('Kriteria').selectOption({ label: filters.criterion });
  }

  /** History rows of one kind (score, submit, reopen, release…). */
  historyRows(type?: string): Locator {
    return this.history.locator(type ? `tbody tr[data-type="${type}"]` : 'tbody tr');
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.toaster').getByText(text);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
