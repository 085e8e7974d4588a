import { expect, type Locator, type Page } from '@playwright/test';

/** The start screen (no award open): new, open, demo, template, recent files. */
export class HomePage {
  readonly page: Page;
  readonly title: Locator;
  readonly recent: Locator;

  constructor(page: Page) {
    this.page = page;
    this.title = page.getByRole('heading', { level: 1, name: 'Juri — Dewan Juri' });
    this.recent = page.getByRole('region', { name: 'Berkas terakhir' });
  }

  async expectShown(): Promise<void> {
    await expect(this.title).toBeVisible();
  }

  /** "Penghargaan baru": names the programme; in browser mode the file goes to the data folder. Returns the toast text with the path. */
  async createAward(name: string): Promise<string> {
    await this.page.getByRole('button', { name: /^Penghargaan baru/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Penghargaan baru' });
    await dialog.getByLabel('Nama program').fill(name);
    await dialog.getByLabel('Nama program').press('Enter');
    await expect(dialog).toBeHidden();
    const toast = this.page.locator('.toaster').getByText(/^Berkas dibuat: /);
    await expect(toast).toBeVisible();
    return (await toast.textContent()) ?? '';
  }

  async openDemo(): Promise<void> {
    await this.page.getByRole('button', { name: /^Buka demo/ }).click();
  }

  /** "Buka berkas…" in browser mode: a dialog asks for the path. */
  async openPath(path: string): Promise<void> {
    await this.page.getByRole('button', { name: /^Buka berkas/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Buka berkas' });
    await dialog.getByLabel('Lokasi berkas').fill(path);
    await dialog.getByRole('button', { name: 'Buka', exact: true }).click();
  }

  /** "Buat dari templat…": chooses a .json file; returns the dialog (it lists problems when the template is invalid). */
  async importTemplate(file: { name: string; mimeType: string; buffer: Buffer }): Promise<Locator> {
    await this.page.getByRole('button', { name: /^Buat dari templat/ }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Buat dari templat' });
    await dialog.getByLabel('Berkas templat (.json)').setInputFiles(file);
    return dialog;
  }

  /** A recent file entry by programme name. */
  recentFile(name: string): Locator {
    return this.recent.getByRole('listitem').filter({ hasText: name });
  }

  async openRecent(name: string): Promise<void> {
    await this.recentFile(name).getByRole('button').first().click();
  }
}
