import regionsJson from '../../resources/regions/regions.json';
import { RegionsSchema, regencyKind, type Province, type Regions } from '../../shared/regions/regions.schema';
import type { Nominee } from '../../shared/award/award.schema';
import { UserError } from '../../shared/user-error';

let cached: Regions | undefined;

/** The built-in reference data: 38 provinces and 514 kab/kota with Kemendagri codes. */
export function loadRegions(): Regions {
  cached ??= RegionsSchema.parse(regionsJson);
  return cached;
}

export function listProvinces(): Province[] {
  return loadRegions().provinces;
}

/** The nominee id for a region; stable across files so committee files line up. */
export const regionNomineeId = (code: string) => `wil-${code}`;

/** Builds region nominees for a province and chosen kab/kota, refusing unknown codes. */
export function regionNominees(provinceCode: string, includeProvince: boolean, regencyCodes: string[]): Nominee[] {
  const province = listProvinces().find((p) => p.code === provinceCode);
  if (!province) throw new UserError('not_found', 'errors.unknownRegion', { code: provinceCode });
  const out: Nominee[] = [];
  if (includeProvince) {
    out.push({
      id: regionNomineeId(province.code),
      kind: 'province',
      name: `Provinsi ${province.name}`,
      regionCode: province.code,
      description: '',
    });
  }
  for (const code of regencyCodes) {
    const regency = province.regencies.find((r) => r.code === code);
    if (!regency) {
      const elsewhere = listProvinces().some((p) => p.regencies.some((r) => r.code === code));
      throw elsewhere
        ? new UserError('invalid_input', 'errors.regionNotInProvince', { code, province: province.name })
        : new UserError('not_found', 'errors.unknownRegion', { code });
    }
    out.push({
      id: regionNomineeId(code),
      kind: regencyKind(code),
      name: regency.name,
      regionCode: code,
      description: '',
    });
  }
  return out;
}
