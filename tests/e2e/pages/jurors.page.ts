import { expect, type Locator, type Page } from '@playwright/test';

export interface JurorFields {
  name: string;
  title?: string;
  role: 'Ketua' | 'Sekretaris' | 'Anggota';
  pin?: string;
  pinConfirm?: string;
}

/** The Dewan Juri screen (Indonesian UI): juror list, editor dialog, conflicts dialog. */
export class JurorsPage {
  readonly page: Page;
  readonly heading: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Dewan Juri' });
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: /^Dewan Juri/ })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** The editor dialog ("Tambah juri" or "Ubah juri"). */
  get editor(): Locator {
    return this.page.getByRole('dialog', { name: /^(Tambah|Ubah) juri$/ });
  }

  /** Opens the editor for a new juror and fills it in, without saving. */
  async startAdd(fields: JurorFields): Promise<void> {
    await this.page.getByRole('button', { name: 'Tambah juri' }).first().click();
    await expect(this.editor).toBeVisible();
    await this.fill(fields);
  }

  async fill(fields: JurorFields): Promise<void> {
    const d = this.editor;
    await d.getByLabel('Nama lengkap').fill(fields.name);
    if (fields.title !== undefined) await d.getByLabel('Gelar / jabatan').fill(fields.title);
    await d.getByRole('radio', { name: new RegExp(`^${fields.role}`) }).check();
    if (fields.pin !== undefined) await d.getByLabel('PIN', { exact: true }).fill(fields.pin);
    if (fields.pinConfirm ?? fields.pin) await d.getByLabel('Ulangi PIN').fill(fields.pinConfirm ?? fields.pin ?? '');
  }

  async save(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Simpan' }).click();
  }

  /** Adds a juror and waits for the dialog to close. */
  async add(fields: JurorFields): Promise<void> {
    await this.startAdd(fields);
    await this.save();
    await expect(this.editor).toBeHidden();
    await expect(this.row(fields.name)).toBeVisible();
  }

  /** The list entry of a juror (named by the juror's name). */
  row(name: string): Locator {
    return this.page.getByRole('listitem', { name, exact: true });
  }

  /** Declares conflicts of interest for a juror: nominee name → reason. */
  async setConflicts(juror: string, conflicts: Record<string, string>): Promise<void> {
    await this.row(juror)
      .getByRole('button', { name: `Konflik kepentingan ${juror}` })
      .click();
    const dialog = this.page.getByRole('dialog', { name: `Konflik kepentingan — ${juror}` });
    await expect(dialog).toBeVisible();
    for (const [nominee, reason] of Object.entries(conflicts)) {
      await dialog.getByRole('checkbox', { name: new RegExp(`${escape(nominee)}$`) }).check();
      await dialog.getByLabel(`Alasan konflik dengan ${nominee}`).fill(reason);
    }
    await dialog.getByRole('button', { name: 'Simpan konflik' }).click();
    await expect(dialog).toBeHidden();
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
