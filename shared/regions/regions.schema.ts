import { z } from 'zod';

/** A kabupaten or kota with its Kemendagri code (`64.72`). */
export const RegencySchema = z.object({ code: z.string(), name: z.string() });
export type Regency = z.infer<typeof RegencySchema>;

/** A province with its Kemendagri code (`64`) and its kabupaten/kota. */
export const ProvinceSchema = z.object({
  code: z.string(),
  name: z.string(),
  regencies: z.array(RegencySchema),
});
export type Province = z.infer<typeof ProvinceSchema>;

export const RegionSourceSchema = z.object({
  package: z.string(),
  version: z.string(),
  url: z.string(),
  license: z.string(),
  description: z.string(),
});

export const RegionsSchema = z.object({
  source: RegionSourceSchema,
  provinces: z.array(ProvinceSchema),
});
export type Regions = z.infer<typeof RegionsSchema>;

/** Kemendagri numbers kota from 71 upward within a province; below that it is a kabupaten. */
export function regencyKind(code: string): 'regency' | 'city' {
  const suffix = Number(code.split('.')[1] ?? '0');
  return suffix >= 71 ? 'city' : 'regency';
}
