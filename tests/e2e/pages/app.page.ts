import { expect, type Locator, type Page } from '@playwright/test';

export type SectionName = 'Program' | 'Kategori & Kriteria' | 'Peserta' | 'Dewan Juri' | 'Templat';

/** The setup shell (Indonesian UI): header with the award, sidebar, save state, toasts. */
export class AppPage {
  readonly page: Page;
  readonly sidebar: Locator;
  readonly awardName: Locator;
  readonly saveIndicator: Locator;
  readonly closeButton: Locator;

  constructor(page: Page) {
    this.page = page;
    this.sidebar = page.getByRole('navigation', { name: 'Menu utama' });
    this.awardName = page.getByTestId('award-name');
    this.saveIndicator = page.locator('.save-indicator');
    this.closeButton = page.getByRole('button', { name: 'Tutup penghargaan' });
  }

  /** Goes to a setup screen from the sidebar (its name may carry a count, e.g. "Peserta 10"). */
  async go(section: SectionName): Promise<void> {
    await this.sidebar.getByRole('button', { name: new RegExp(`^${section.replace(/[&]/g, '\\$&')}`) }).click();
  }

  /** The sidebar entry of the screen shown now. */
  current(): Locator {
    return this.sidebar.locator('[aria-current="page"]');
  }

  /** A notice in the corner containing this text. */
  toast(text: string | RegExp): Locator {
    return this.page.locator('.toaster').getByText(text);
  }

  async expectSaved(): Promise<void> {
    await expect(this.saveIndicator).toHaveText('Tersimpan');
  }

  async switchLanguage(code: 'ID' | 'EN'): Promise<void> {
    await this.page
      .getByRole('group', { name: /Bahasa|Language/ })
      .getByRole('button', { name: code })
      .click();
  }
}
