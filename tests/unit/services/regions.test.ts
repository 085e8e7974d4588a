import { describe, expect, it } from 'vitest';
import { regencyKind } from '../../../shared/regions/regions.schema';
import { listProvinces, loadRegions, regionNominees } from '../../../electron/services/regions.service';

describe('built-in regions', () => {
  const provinces = listProvinces();
  const regencies = provinces.flatMap((p) => p.regencies);

  it('has 38 provinces and 514 kab/kota', () => {
    expect(provinces).toHaveLength(38);
    expect(regencies).toHaveLength(514);
  });

  it('has unique, well-formed codes, each kab/kota under its own province', () => {
    const codes = [...provinces.map((p) => p.code), ...regencies.map((r) => r.code)];
    expect(new Set(codes).size).toBe(codes.length);
    for (const p of provinces) {
      expect(p.code).toMatch(/^\d{2}$/);
      for (const r of p.regencies) expect(r.code).toMatch(new RegExp(`^${p.code}\\.\\d{2}$`));
    }
  });

  it('names kota as Kota and kabupaten as Kabupaten, consistent with their codes', () => {
    for (const r of regencies) {
      expect(r.name).toMatch(regencyKind(r.code) === 'city' ? /^Kota / : /^Kabupaten /);
    }
  });

  it('has the 10 kab/kota of Kalimantan Timur', () => {
    const kaltim = provinces.find((p) => p.code === '64');
    expect(kaltim?.name).toBe('Kalimantan Timur');
    expect(kaltim?.regencies.map((r) => r.code)).toEqual([
      '64.01',
      '64.02',
      '64.03',
      '64.07',
      '64.08',
      '64.09',
      '64.11',
      '64.71',
      '64.72',
      '64.74',
    ]);
  });

  it('credits its source', () => {
    expect(loadRegions().source).toMatchObject({
      package: 'idn-area-data',
      license: expect.stringMatching(/ODbL/) as unknown,
    });
  });

  it('builds nominees with stable ids', () => {
    expect(regionNominees('64', true, ['64.72'])).toEqual([
      { id: 'wil-64', kind: 'province', name: 'Provinsi Kalimantan Timur', regionCode: '64', description: '' },
      { id: 'wil-64.72', kind: 'city', name: 'Kota Samarinda', regionCode: '64.72', description: '' },
    ]);
  });
});
