import { expect, type Locator, type Page } from '@playwright/test';

export interface CriterionFields {
  name: string;
  description?: string;
  kind: 'judged' | 'indicator';
  /** As typed, e.g. `30,5`. */
  weight: string;
  min?: string;
  max?: string;
  step?: string;
  unit?: string;
  direction?: 'higher' | 'lower';
  /** Fill the four standard rubric levels (judged only). */
  standardRubric?: boolean;
}

/** The Kategori & Kriteria screen. */
export class CategoriesPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly list: Locator;
  readonly criteria: Locator;
  readonly nominees: Locator;
  readonly criterionDialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Kategori & Kriteria' });
    this.list = page.getByRole('navigation', { name: 'Kategori' });
    this.criteria = page.getByRole('table', { name: 'Kriteria penilaian' });
    this.nominees = page.getByRole('list', { name: 'Peserta kategori ini' });
    this.criterionDialog = page.getByRole('dialog', { name: /^(Tambah|Ubah) kriteria$/ });
  }

  /** Category names in their order. */
  async categoryNames(): Promise<string[]> {
    return this.list.locator('.category-list__name').allTextContents();
  }

  async addCategory(name: string, description = ''): Promise<void> {
    await this.page.getByRole('button', { name: 'Tambah kategori' }).first().click();
    const dialog = this.page.getByRole('dialog', { name: 'Tambah kategori' });
    await dialog.getByLabel('Nama kategori').fill(name);
    if (description) await dialog.getByLabel('Keterangan').fill(description);
    await dialog.getByRole('button', { name: 'Simpan' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.selectedName).toHaveText(name);
  }

  get selectedName(): Locator {
    return this.page.locator('.category-head__name');
  }

  async selectCategory(name: string): Promise<void> {
    await this.list.getByRole('button', { name: new RegExp(name) }).click();
    await expect(this.selectedName).toHaveText(name);
  }

  async moveSelected(direction: 'up' | 'down'): Promise<void> {
    await this.page
      .getByRole('button', { name: direction === 'up' ? 'Naikkan kategori' : 'Turunkan kategori' })
      .click();
  }

  /** Opens the criterion editor for a new criterion of the selected category and fills it; does not save. */
  async fillNewCriterion(c: CriterionFields): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Tambah kriteria' }).first().click();
    const d = this.criterionDialog;
    await expect(d).toBeVisible();
    await d.getByLabel('Nama kriteria').fill(c.name);
    if (c.description) await d.getByLabel('Keterangan').fill(c.description);
    await d.getByRole('radio', { name: c.kind === 'judged' ? /Dinilai juri/ : /Indikator/ }).check();
    await d.getByLabel('Bobot').fill(c.weight);
    if (c.min !== undefined) await d.getByLabel('Minimum').fill(c.min);
    if (c.max !== undefined) await d.getByLabel('Maksimum').fill(c.max);
    if (c.step !== undefined) await d.getByLabel('Langkah').fill(c.step);
    if (c.kind === 'indicator') {
      if (c.unit !== undefined) await d.getByLabel('Satuan').fill(c.unit);
      if (c.direction)
        await d
          .getByRole('radio', {
            name: c.direction === 'higher' ? 'Lebih tinggi lebih baik' : 'Lebih rendah lebih baik',
          })
          .check();
    } else if (c.standardRubric) {
      await d.getByRole('button', { name: 'Isi 4 level standar' }).click();
    }
    return d;
  }

  async saveCriterion(): Promise<void> {
    await this.criterionDialog.getByRole('button', { name: 'Simpan' }).click();
  }

  /** Adds a criterion to a category (selecting it first). */
  async addCriterion(category: string, c: CriterionFields): Promise<void> {
    await this.selectCategory(category);
    await this.fillNewCriterion(c);
    await this.saveCriterion();
    await expect(this.criterionDialog).toBeHidden();
  }

  criterionRow(name: string): Locator {
    return this.criteria.locator('tbody tr').filter({ hasText: name });
  }

  async editCriterion(name: string): Promise<Locator> {
    await this.page.getByRole('button', { name: `Ubah ${name}` }).click();
    await expect(this.criterionDialog).toBeVisible();
    return this.criterionDialog;
  }

  /** The inline error under a field of the criterion editor. */
  dialogError(label: string): Locator {
    return this.criterionDialog
      .locator('.field', { has: this.page.getByLabel(label, { exact: true }) })
      .locator('.field__error');
  }

  nominee(name: string): Locator {
    return this.nominees.getByRole('checkbox', { name: new RegExp(`^${name}`) });
  }

  get nomineesSummary(): Locator {
    return this.page.getByRole('region', { name: 'Peserta kategori ini' }).getByRole('status');
  }

  async selectAllNominees(): Promise<void> {
    await this.page.getByRole('button', { name: 'Pilih semua' }).click();
  }

  async selectNoNominees(): Promise<void> {
    await this.page.getByRole('button', { name: 'Kosongkan' }).click();
  }
}
