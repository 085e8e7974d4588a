import { expect, type Locator, type Page } from '@playwright/test';

export interface ProgrammeFields {
  name?: string;
  organiser?: string;
  place?: string;
  /** `YYYY-MM-DD` */
  startDate?: string;
  endDate?: string;
  decisionDate?: string;
  decisionPlace?: string;
}

export interface SignatoryFields {
  name: string;
  title?: string;
  position: string;
}

const labels: Record<keyof ProgrammeFields, string> = {
  name: 'Nama program',
  organiser: 'Penyelenggara',
  place: 'Tempat pelaksanaan',
  startDate: 'Tanggal mulai',
  endDate: 'Tanggal selesai',
  decisionDate: 'Tanggal penetapan',
  decisionPlace: 'Tempat penetapan',
};

/** The Program screen: programme form and signatories. */
export class ProgrammePage {
  readonly page: Page;
  readonly heading: Locator;
  readonly signatories: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Program' });
    this.signatories = page.getByRole('table', { name: 'Penanda tangan' });
  }

  field(key: keyof ProgrammeFields): Locator {
    return this.page.getByLabel(labels[key], { exact: true });
  }

  async fillProgramme(values: ProgrammeFields): Promise<void> {
    for (const [key, value] of Object.entries(values) as [keyof ProgrammeFields, string][]) {
      await this.field(key).fill(value);
    }
  }

  async save(): Promise<void> {
    await this.page.getByRole('button', { name: 'Simpan', exact: true }).click();
  }

  /** The inline error under a field (what aria-describedby points to). */
  errorOf(key: keyof ProgrammeFields): Locator {
    return this.page.locator('.field', { has: this.field(key) }).locator('.field__error');
  }

  async addSignatory(s: SignatoryFields): Promise<void> {
    const add = this.page.getByRole('button', { name: 'Tambah penanda tangan' }).first();
    await add.click();
    const dialog = this.page.getByRole('dialog', { name: 'Tambah penanda tangan' });
    await dialog.getByLabel('Nama lengkap').fill(s.name);
    if (s.title) await dialog.getByLabel('Gelar / jabatan fungsional').fill(s.title);
    await dialog.getByLabel('Jabatan', { exact: true }).fill(s.position);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
  }

  signatoryRows(): Locator {
    return this.signatories.locator('tbody tr');
  }

  async moveSignatoryUp(name: string): Promise<void> {
    await this.page.getByRole('button', { name: `Naikkan ${name}` }).click();
  }
}
