import { expect, type Locator, type Page } from '@playwright/test';

/** The Peserta screen (Indonesian UI): region picker, custom nominee form, nominee list. */
export class NomineesPage {
  readonly page: Page;
  readonly heading: Locator;
  readonly province: Locator;
  readonly includeProvince: Locator;
  readonly list: Locator;
  readonly filter: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Peserta' });
    this.province = page.getByRole('combobox', { name: 'Provinsi' });
    this.includeProvince = page.getByRole('checkbox', { name: /Sertakan provinsi sebagai peserta/ });
    this.list = page.getByRole('table', { name: /Daftar peserta/ });
    this.filter = page.getByRole('searchbox', { name: 'Saring peserta' });
  }

  /** Opens the screen from the sidebar. */
  async open(): Promise<void> {
    await this.page
      .getByRole('navigation', { name: 'Menu utama' })
      .getByRole('button', { name: /^Peserta/ })
      .click();
    await expect(this.heading).toBeVisible();
  }

  /** Chooses a province in the searchable select, which opens its kab/kota checklist. */
  async pickProvince(name: string): Promise<void> {
    await this.province.click();
    await this.province.fill(name);
    await this.page.getByRole('option', { name: new RegExp(`^\\d{2} ${name}$`) }).click();
    await expect(this.regencies).toBeVisible();
  }

  /** The kab/kota checklist of the chosen province. */
  get regencies(): Locator {
    return this.page.getByRole('group', { name: /^Kabupaten\/kota di / });
  }

  regency(nameOrCode: string | RegExp): Locator {
    return this.regencies.getByRole('checkbox', { name: nameOrCode });
  }

  async selectAll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Pilih semua' }).click();
  }

  /** Clicks "Tambahkan N peserta" and waits for the confirmation. */
  async addSelected(count: number): Promise<void> {
    await this.page.getByRole('button', { name: `Tambahkan ${count} peserta` }).click();
    await expect(this.page.getByRole('status').filter({ hasText: `${count} peserta ditambahkan.` })).toBeVisible();
  }

  /** Adds a province and/or some of its kab/kota (all of them when `regencies` is 'all'). */
  async addRegions(
    province: string,
    options: { includeProvince?: boolean; regencies?: 'all' | string[] },
  ): Promise<void> {
    await this.pickProvince(province);
    if (options.includeProvince) await this.includeProvince.check();
    if (options.regencies === 'all') await this.selectAll();
    else for (const r of options.regencies ?? []) await this.regency(r).check();
    const count = await this.regencies.getByRole('checkbox', { checked: true, disabled: false }).count();
    await this.addSelected(count + (options.includeProvince ? 1 : 0));
  }

  /** Adds a nominee that is not a region (a school, a person, an agency). */
  async addCustom(name: string, description = ''): Promise<void> {
    const form = this.page.getByRole('region', { name: 'Tambah peserta lain' });
    await form.getByLabel('Nama peserta').fill(name);
    await form.getByLabel('Keterangan').fill(description);
    await form.getByRole('button', { name: 'Tambahkan peserta' }).click();
    await expect(this.row(name)).toBeVisible();
  }

  /** The list row of a nominee, found by its name (the row header). */
  row(name: string): Locator {
    return this.list
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: new RegExp(`^${escape(name)}`) }) });
  }

  /** Every data row of the list, as the user sees it. */
  rows(): Locator {
    return this.list.locator('tbody').getByRole('row');
  }

  /** Edits a custom nominee in place in its row. */
  async edit(name: string, values: { name?: string; description?: string }): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Ubah ${name}` })
      .click();
    const form = this.list.getByRole('row').filter({ has: this.page.getByRole('button', { name: 'Simpan' }) });
    if (values.name !== undefined) await form.getByLabel('Nama peserta').fill(values.name);
    if (values.description !== undefined) await form.getByLabel('Keterangan').fill(values.description);
    await form.getByRole('button', { name: 'Simpan' }).click();
    await expect(form).toHaveCount(0);
  }

  async remove(name: string): Promise<void> {
    await this.row(name)
      .getByRole('button', { name: `Hapus ${name}` })
      .click();
    await this.page.getByRole('dialog', { name: 'Hapus peserta?' }).getByRole('button', { name: 'Ya, hapus' }).click();
    await expect(this.row(name)).toHaveCount(0);
  }
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
