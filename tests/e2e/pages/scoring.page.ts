import { expect, type Locator, type Page } from '@playwright/test';

export const PERENCANAAN = 'perencanaan-data';
export const SCREENS = new URL('../../../.tmp/screens/', import.meta.url).pathname;

/** The demo jurors as the sign-in panel lists them. */
export const JURORS = {
  'juri-1': { name: 'Prof. Dr. Siti Rahmawati, M.Pd.', pin: '1111' },
  'juri-2': { name: 'Dra. Maria Ulfa, M.Si.', pin: '2222' },
  'juri-3': { name: 'Drs. Bambang Sutrisno, M.M.', pin: '3333' },
  'juri-4': { name: 'Rina Marlina, S.Pd., M.Pd.', pin: '4444' },
  'juri-5': { name: 'Ahmad Fauzi, S.T., M.T.', pin: '5555' },
} as const;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** "Lembar Nilai Saya" (Indonesian UI): sign-in, category list, the grid, the nominee view and submit. */
export class ScoringPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly grid: Locator;
  readonly status: Locator;
  readonly submitButton: Locator;
  readonly submitDialog: Locator;
  readonly sheetStatus: Locator;
  readonly sheetProgress: Locator;
  readonly signInAlert: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Lembar Nilai Saya' });
    this.grid = page.getByRole('grid');
    this.status = page.locator('#sc-status');
    this.submitButton = page.getByRole('button', { name: 'Kirim lembar nilai' });
    this.submitDialog = page.getByRole('dialog', { name: 'Kirim lembar nilai' });
    this.sheetStatus = page.getByTestId('sheet-status');
    this.sheetProgress = page.getByTestId('sheet-progress');
    this.signInAlert = page.locator('.signin').getByRole('alert');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: /^Lembar Nilai Saya/ })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** Picks the juror by name and types the PIN, then Enter. */
  async signIn(name: string, pin: string): Promise<void> {
    await this.page.getByRole('button', { name: new RegExp(`^Masuk sebagai ${escape(name)} `) }).click();
    const field = this.page.getByLabel('PIN', { exact: true });
    await expect(field).toBeFocused();
    await field.fill(pin);
    await field.press('Enter');
  }

  async expectSignedIn(name: string): Promise<void> {
    await expect(this.page.getByTestId('signed-in-juror')).toContainText(name);
  }

  async signOut(): Promise<void> {
    await this.page.getByRole('button', { name: 'Keluar' }).click();
    await expect(this.page.getByRole('heading', { name: 'Masuk sebagai juri' })).toBeVisible();
  }

  async openCategory(categoryId: string): Promise<void> {
    await this.page.locator(`button[data-category="${categoryId}"]`).click();
    await expect(this.grid).toBeVisible();
  }

  /** The grid cell of one nominee and criterion, by its accessible name. */
  cell(nominee: string, criterion: string): Locator {
    return this.grid.getByRole('gridcell', { name: `${nominee} — ${criterion}`, exact: true });
  }

  /** The editor that typing opens inside a cell. */
  editor(nominee: string, criterion: string): Locator {
    return this.grid.getByRole('textbox', { name: `${nominee} — ${criterion}`, exact: true });
  }

  /** Every row of the grid: `[nominee, ...cell texts]`. */
  async values(): Promise<string[][]> {
    return this.grid
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.querySelector('th')?.querySelector('.sc-grid__nominee-name')?.textContent ?? '',
          ...Array.from(r.querySelectorAll('td.sc-cell')).map(
            (c) => c.querySelector('.sc-cell__value')?.textContent ?? '',
          ),
        ]),
      );
  }

  async view(name: 'Tabel' | 'Per peserta'): Promise<void> {
    await this.page.getByRole('group', { name: 'Tampilan' }).getByRole('button', { name }).click();
  }

  async submit(pin: string): Promise<void> {
    await this.submitButton.click();
    await expect(this.submitDialog).toBeVisible();
    await this.submitDialog.getByLabel('PIN Anda').fill(pin);
    await this.submitDialog.getByLabel('PIN Anda').press('Enter');
  }
}

/** The signed-in juror's sheet, straight from the contract api (what main holds). */
export async function sheetOf(page: Page, categoryId: string) {
  return page.evaluate(async (categoryId) => {
    const r = await window.api.scoring.sheet({ categoryId });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  }, categoryId);
}
