import { describe, expect, it } from 'vitest';
import {
  CriterionSchema,
  PinSchema,
  ProgrammeSchema,
  ScaleSchema,
  type Criterion,
  type Programme,
} from '../../../shared/award/award.schema';
import { regencyKind } from '../../../shared/regions/regions.schema';

const issuesOf = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  (result.error?.issues ?? []).map((i) => ({ path: i.path, message: i.message }));

const programme: Programme = {
  name: 'Apresiasi Program Prioritas 2024',
  organiser: 'BPMP Provinsi Kalimantan Timur',
  place: 'Samarinda',
  startDate: '2024-11-25',
  endDate: '2024-11-27',
  decisionDate: null,
  decisionPlace: '',
};

const criterion: Criterion = {
  id: 'k1',
  rule: null,
  categoryId: 'c1',
  name: 'Strategi',
  description: '',
  weight: 60,
  kind: 'judged',
  scale: { min: 1, max: 100, step: 1 },
  unit: '',
  direction: 'higher',
  rubric: [{ label: 'Baik', min: 71, max: 100, descriptor: '' }],
};

describe('ProgrammeSchema', () => {
  it('accepts a valid programme and trims names', () => {
    expect(ProgrammeSchema.parse({ ...programme, name: '  Apresiasi 2024 ' }).name).toBe('Apresiasi 2024');
  });

  it('puts "end before start" on the end date', () => {
    const r = ProgrammeSchema.safeParse({ ...programme, startDate: '2024-11-27', endDate: '2024-11-25' });
    expect(issuesOf(r)).toEqual([{ path: ['endDate'], message: 'errors.endBeforeStart' }]);
  });

  it('refuses a blank name and an impossible date', () => {
    const r = ProgrammeSchema.safeParse({ ...programme, name: '   ', startDate: '2024-13-45' });
    expect(issuesOf(r)).toEqual(
      expect.arrayContaining([
        { path: ['name'], message: 'errors.required' },
        { path: ['startDate'], message: 'errors.date' },
      ]),
    );
  });
});

describe('ScaleSchema', () => {
  it('accepts 1–100 step 1 and 0–100 step 0.01', () => {
    expect(ScaleSchema.safeParse({ min: 1, max: 100, step: 1 }).success).toBe(true);
    expect(ScaleSchema.safeParse({ min: 0, max: 100, step: 0.01 }).success).toBe(true);
  });

  it('refuses max not above min', () => {
    expect(issuesOf(ScaleSchema.safeParse({ min: 10, max: 10, step: 1 }))).toEqual([
      { path: ['max'], message: 'errors.maxAboveMin' },
    ]);
    expect(issuesOf(ScaleSchema.safeParse({ min: 10, max: 5, step: 1 }))).toEqual([
      { path: ['max'], message: 'errors.maxAboveMin' },
    ]);
  });

  it('refuses a step larger than the range, and a step that is not positive', () => {
    expect(issuesOf(ScaleSchema.safeParse({ min: 1, max: 5, step: 10 }))).toEqual([
      { path: ['step'], message: 'errors.stepTooLarge' },
    ]);
    expect(issuesOf(ScaleSchema.safeParse({ min: 1, max: 5, step: 0 }))).toEqual([
      { path: ['step'], message: 'errors.stepPositive' },
    ]);
  });

  it('refuses more than 4 decimals', () => {
    expect(issuesOf(ScaleSchema.safeParse({ min: 0, max: 1, step: 0.00001 }))).toContainEqual({
      path: ['step'],
      message: 'errors.decimals',
    });
  });
});

describe('CriterionSchema rubric', () => {
  it('accepts rubric levels inside the scale', () => {
    expect(CriterionSchema.safeParse(criterion).success).toBe(true);
  });

  it('refuses a rubric level outside the scale', () => {
    const r = CriterionSchema.safeParse({
      ...criterion,
      rubric: [{ label: 'Baik', min: 71, max: 120, descriptor: '' }],
    });
    expect(issuesOf(r)).toEqual([{ path: ['rubric', 0, 'min'], message: 'errors.rubricOutsideScale' }]);
  });

  it('refuses a rubric level whose min is above its max', () => {
    const r = CriterionSchema.safeParse({
      ...criterion,
      rubric: [{ label: 'Baik', min: 90, max: 80, descriptor: '' }],
    });
    expect(issuesOf(r)).toEqual([{ path: ['rubric', 0, 'max'], message: 'errors.maxAboveMin' }]);
  });

  it('refuses a weight of zero', () => {
    expect(issuesOf(CriterionSchema.safeParse({ ...criterion, weight: 0 }))).toEqual([
      { path: ['weight'], message: 'errors.weightPositive' },
    ]);
  });
});

describe('PinSchema', () => {
  it.each(['1234', '12345678', '0000'])('accepts %s', (pin) => {
    expect(PinSchema.safeParse(pin).success).toBe(true);
  });
  it.each(['123', '123456789', '12a4', ' 1234', '١٢٣٤', ''])('refuses %j', (pin) => {
    expect(issuesOf(PinSchema.safeParse(pin))).toEqual([{ path: [], message: 'errors.pin' }]);
  });
});

describe('regencyKind', () => {
  it('numbers kota from 71 upward', () => {
    expect(regencyKind('64.72')).toBe('city');
    expect(regencyKind('64.71')).toBe('city');
    expect(regencyKind('64.11')).toBe('regency');
    expect(regencyKind('64.01')).toBe('regency');
  });
});
