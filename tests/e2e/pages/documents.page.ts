import type { Locator, Page } from '@playwright/test';

/** The Berita Acara & Piagam screen: committee certificate, seals, signed downloads, verification. */
export class DocumentsPage {
  readonly committee: Locator;
  readonly seals: Locator;
  readonly verify: Locator;

  constructor(readonly page: Page) {
    this.committee = page.locator('.documents-committee');
    this.seals = page.locator('.documents-seals');
    this.verify = page.locator('.documents-verify');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: 'Berita Acara & Piagam' })
      .click();
  }

  row(categoryId: string): Locator {
    return this.seals.locator(`tr[data-category="${categoryId}"]`);
  }

  async createCommittee(passphrase: string): Promise<void> {
    await this.committee.getByRole('button', { name: 'Buat sertifikat' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Frasa sandi', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Ulangi frasa sandi').fill(passphrase);
    await dialog.getByRole('button', { name: 'Buat sertifikat' }).click();
  }

  async finalise(categoryId: string): Promise<void> {
    await this.row(categoryId).getByRole('button', { name: 'Finalkan' }).click();
    await this.page.getByRole('dialog').getByRole('button', { name: 'Finalkan' }).click();
  }

  /** Asks for the signed sheet of a category with the passphrase; returns the dialog for errors. */
  async requestDecision(categoryId: string, passphrase: string): Promise<Locator> {
    await this.row(categoryId).getByRole('button', { name: 'Berita acara' }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Frasa sandi').fill(passphrase);
    await dialog.getByRole('button', { name: 'Unduh PDF' }).click();
    return dialog;
  }

  async check(name: string, buffer: Buffer): Promise<void> {
    await this.verify.getByTestId('verify-input').setInputFiles({ name, mimeType: 'application/pdf', buffer });
  }
}
