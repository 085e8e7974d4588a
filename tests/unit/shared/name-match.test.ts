import { describe, expect, it } from 'vitest';
import {
  matchNominee,
  normalizeName,
  normalizeRegionCode,
  type MatchableNominee,
} from '../../../shared/regions/name-match';
import { listProvinces, regionNominees } from '../../../electron/services/regions.service';

const KALTIM = ['64.01', '64.02', '64.03', '64.07', '64.08', '64.09', '64.11', '64.71', '64.72', '64.74'];
const kaltim = regionNominees('64', true, KALTIM);
const bandung = regionNominees('32', false, ['32.04', '32.17', '32.73']);
const nominees: MatchableNominee[] = [...kaltim, ...bandung];
const id = (code: string) => ({ id: `wil-${code}` });

describe('normalizeName', () => {
  it.each([
    ['  KOTA   SAMARINDA ', 'kota samarinda'],
    ['Kab. Kutai Kartanegara', 'kabupaten kutai kartanegara'],
    ['Kab Kutai Kartanegara', 'kabupaten kutai kartanegara'],
    ['KABUPATEN KUTAI KARTANEGARA', 'kabupaten kutai kartanegara'],
    ['Kot. Bontang', 'kota bontang'],
    ['Kotamadya Balikpapan', 'kota balikpapan'],
    ['Prov. Kalimantan Timur', 'provinsi kalimantan timur'],
    ['Propinsi Kalimantan Timur', 'provinsi kalimantan timur'],
    ['Kabupaten Toli-Toli', 'kabupaten toli toli'],
    ['Kab/Kota', 'kabupaten kota'],
    ['No.', 'no'],
    ['\u00A0Kota\u00A0Samarinda\t', 'kota samarinda'],
    ['Kep. Seribu', 'kepulauan seribu'],
    ['Kelengkapan Dokumen', 'kelengkapan dokumen'],
  ])('%j → %j', (text, expected) => {
    expect(normalizeName(text)).toBe(expected);
  });
});

describe('normalizeRegionCode', () => {
  it.each([
    ['64.72', '64.72'],
    ['6472', '64.72'],
    [' 64.72 ', '64.72'],
    ['64,72', '64.72'],
    ['64 . 72', '64.72'],
    // "32.10" typed into a number cell shows as 32.1.
    ['32.1', '32.10'],
    ['64', '64'],
    ['64.72.01', null],
    ['Samarinda', null],
    ['', null],
  ])('%j → %j', (text, expected) => {
    expect(normalizeRegionCode(text)).toBe(expected);
  });
});

describe('matchNominee by Kemendagri code', () => {
  it.each(['64.72', '6472', ' 64.72 ', '64,72', String(64.72)])('%j → Kota Samarinda', (code) => {
    expect(matchNominee({ code }, nominees)).toEqual(id('64.72'));
  });

  it('finds every Kalimantan Timur kab/kota and the province by code', () => {
    for (const code of KALTIM) {
      expect(matchNominee({ code }, nominees)).toEqual(id(code));
      expect(matchNominee({ code: code.replace('.', '') }, nominees)).toEqual(id(code));
    }
    expect(matchNominee({ code: '64' }, nominees)).toEqual(id('64'));
  });

  it('reads a code that a spreadsheet turned into a number with its trailing zero lost', () => {
    const jabar = regionNominees('32', false, ['32.10', '32.01']);
    expect(matchNominee({ code: '32.1' }, jabar)).toEqual(id('32.10'));
  });

  it('lets the code win over the name, and falls back to the name for a code it does not know', () => {
    expect(matchNominee({ code: '64.72', name: 'Kota Bontang' }, nominees)).toEqual(id('64.72'));
    expect(matchNominee({ code: '99.99', name: 'Kota Bontang' }, nominees)).toEqual(id('64.74'));
    expect(matchNominee({ code: '3', name: 'Bontang' }, nominees)).toEqual(id('64.74'));
    expect(matchNominee({ code: '64.05' }, nominees)).toEqual({ reason: 'unknown' });
  });

  it('accepts a nominee id in the code column (custom nominees)', () => {
    const custom: MatchableNominee[] = [{ id: 'sekolah-1', name: 'SMA Negeri 1', kind: 'custom', regionCode: null }];
    expect(matchNominee({ code: 'sekolah-1' }, custom)).toEqual({ id: 'sekolah-1' });
  });
});

describe('matchNominee by name', () => {
  it.each([
    ['Kota Samarinda', '64.72'],
    ['KOTA SAMARINDA', '64.72'],
    ['  kota   samarinda ', '64.72'],
    ['Kot. Samarinda', '64.72'],
    ['Samarinda', '64.72'],
    ['Kabupaten Kutai Kartanegara', '64.02'],
    ['KABUPATEN KUTAI KARTANEGARA', '64.02'],
    ['Kab. Kutai Kartanegara', '64.02'],
    ['Kab Kutai Kartanegara', '64.02'],
    ['Kutai Kartanegara', '64.02'],
    ['kutai  kartanegara', '64.02'],
    ['Penajam Paser Utara', '64.09'],
    ['Paser', '64.01'],
    ['Kab. Paser', '64.01'],
    ['Provinsi Kalimantan Timur', '64'],
    ['Prov. Kalimantan Timur', '64'],
    ['Kalimantan Timur', '64'],
    ['Kabupaten Bandung', '32.04'],
    ['Kab. Bandung', '32.04'],
    ['Kota Bandung', '32.73'],
    ['KOTA BANDUNG', '32.73'],
    ['Bandung Barat', '32.17'],
    ['Kab. Bandung Barat', '32.17'],
  ])('%j → %s', (name, code) => {
    expect(matchNominee({ name }, nominees)).toEqual(id(code));
  });

  it('calls "Bandung" ambiguous when both Kab. and Kota Bandung are nominees', () => {
    expect(matchNominee({ name: 'Bandung' }, nominees)).toEqual({ reason: 'ambiguous' });
    expect(matchNominee({ name: ' BANDUNG ' }, nominees)).toEqual({ reason: 'ambiguous' });
  });

  it('matches "Bandung" when only one Bandung is a nominee', () => {
    expect(matchNominee({ name: 'Bandung' }, regionNominees('32', false, ['32.73', '32.01']))).toEqual(id('32.73'));
  });

  it('refuses a name whose kind is wrong, and a name it does not know', () => {
    expect(matchNominee({ name: 'Kab. Samarinda' }, nominees)).toEqual({ reason: 'unknown' });
    expect(matchNominee({ name: 'Kota Kutai Kartanegara' }, nominees)).toEqual({ reason: 'unknown' });
    expect(matchNominee({ name: 'Kota Surabaya' }, nominees)).toEqual({ reason: 'unknown' });
    expect(matchNominee({ name: 'Kutai' }, nominees)).toEqual({ reason: 'unknown' });
    expect(matchNominee({ name: '   ' }, nominees)).toEqual({ reason: 'unknown' });
    expect(matchNominee({}, nominees)).toEqual({ reason: 'unknown' });
  });

  it('expands DKI, DI and DIY in province names', () => {
    const provinces = [...regionNominees('31', true, []), ...regionNominees('34', true, [])];
    expect(matchNominee({ name: 'DKI Jakarta' }, provinces)).toEqual(id('31'));
    expect(matchNominee({ name: 'Prov. DI Yogyakarta' }, provinces)).toEqual(id('34'));
    expect(matchNominee({ name: 'DIY' }, provinces)).toEqual(id('34'));
  });

  it('prefers an exact name over a kind-less one', () => {
    const withCustom: MatchableNominee[] = [
      ...bandung,
      { id: 'komunitas', name: 'Bandung', kind: 'custom', regionCode: null },
    ];
    expect(matchNominee({ name: 'bandung' }, withCustom)).toEqual({ id: 'komunitas' });
    expect(matchNominee({ name: 'Kota Bandung' }, withCustom)).toEqual(id('32.73'));
  });

  it('ignores spaces and hyphens as a last resort', () => {
    const sulteng = listProvinces().find((p) => p.code === '72');
    const toli = sulteng?.regencies.find((r) => r.name === 'Kabupaten Toli-Toli');
    expect(toli).toBeDefined();
    const list = regionNominees('72', false, [toli?.code ?? '']);
    expect(matchNominee({ name: 'Kab. Tolitoli' }, list)).toEqual(id(toli?.code ?? ''));
    expect(matchNominee({ name: 'TOLI TOLI' }, list)).toEqual(id(toli?.code ?? ''));
  });

  it('matches every kab/kota of Indonesia by its own name in capitals and by its code without the dot', () => {
    for (const province of listProvinces()) {
      const all = regionNominees(
        province.code,
        true,
        province.regencies.map((r) => r.code),
      );
      for (const n of all) {
        expect(matchNominee({ name: n.name.toUpperCase() }, all)).toEqual({ id: n.id });
        expect(matchNominee({ code: (n.regionCode ?? '').replace('.', '') }, all)).toEqual({ id: n.id });
      }
    }
  });
});
