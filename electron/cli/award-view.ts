import type { AwardSetup, Criterion, JurorRole } from '../../shared/award/award.schema';
import type { CliContext, CliKey } from './context';

/*
 * What the CLI prints about an award. JSON objects are built key by key so their key order is
 * stable and documented in docs/cli.md, whatever order the repositories return.
 */

export interface AwardCounts {
  categories: number;
  criteria: number;
  nominees: number;
  jurors: number;
  signatories: number;
}

export const countsOf = (s: AwardSetup): AwardCounts => ({
  categories: s.categories.length,
  criteria: s.categories.reduce((n, c) => n + c.criteria.length, 0),
  nominees: s.nominees.length,
  jurors: s.jurors.length,
  signatories: s.signatories.length,
});

/** `demo --json` and `init --json`: where the file is and what is in it. */
export const summaryJson = (s: AwardSetup) => ({
  path: s.filePath,
  award: { id: s.award.id, name: s.award.programme.name },
  counts: countsOf(s),
});

const criterionJson = (k: Criterion) => ({
  id: k.id,
  categoryId: k.categoryId,
  name: k.name,
  description: k.description,
  kind: k.kind,
  weight: k.weight,
  scale: { min: k.scale.min, max: k.scale.max, step: k.scale.step },
  unit: k.unit,
  direction: k.direction,
  rubric: k.rubric.map((r) => ({ label: r.label, min: r.min, max: r.max, descriptor: r.descriptor })),
});

/** `info --json`. Custom nominees have `regionCode: null`. The juror PIN hash is never part of the setup. */
export const infoJson = (s: AwardSetup) => {
  const p = s.award.programme;
  return {
    award: {
      id: s.award.id,
      deviceId: s.award.deviceId,
      schemaVersion: s.award.schemaVersion,
      createdAt: s.award.createdAt,
      programme: {
        name: p.name,
        organiser: p.organiser,
        place: p.place,
        startDate: p.startDate,
        endDate: p.endDate,
        decisionDate: p.decisionDate,
        decisionPlace: p.decisionPlace,
      },
      signatories: s.signatories.map((g) => ({ id: g.id, name: g.name, title: g.title, position: g.position })),
    },
    categories: s.categories.map((c) => ({
      id: c.id,
      name: c.name,
      description: c.description,
      criteria: c.criteria.map(criterionJson),
      nomineeIds: [...c.nomineeIds],
    })),
    nominees: s.nominees.map((n) => ({
      id: n.id,
      name: n.name,
      kind: n.kind,
      regionCode: n.regionCode,
      description: n.description,
    })),
    jurors: s.jurors.map((j) => ({
      id: j.id,
      name: j.name,
      title: j.title,
      role: j.role,
      hasPin: j.hasPin,
      conflicts: j.conflicts.map((c) => ({ nomineeId: c.nomineeId, reason: c.reason })),
    })),
  };
};

const roleKey: Record<JurorRole, CliKey> = { ketua: 'roleKetua', sekretaris: 'roleSekretaris', anggota: 'roleAnggota' };

/** A date as the jury reads it: "25 November 2024" (id) or "25 November 2024" (en-GB). */
export function formatDate(ctx: CliContext, iso: string | null): string {
  if (!iso) return ctx.t('notSet');
  const locale = ctx.language === 'id' ? 'id-ID' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

/** The programme lines and counts shared by `demo`, `init` and `info`. */
export function summaryLines(ctx: CliContext, s: AwardSetup): string[] {
  const p = s.award.programme;
  return [
    ctx.t('infoFile', { path: s.filePath }),
    ctx.t('summaryProgramme', { name: p.name }),
    ctx.t('summaryOrganiser', { organiser: p.organiser }),
    ctx.t('summaryDates', { start: formatDate(ctx, p.startDate), end: formatDate(ctx, p.endDate) }),
    ctx.t('summaryCounts', { ...countsOf(s) }),
  ];
}

/** `info` without `--json`. */
export function infoLines(ctx: CliContext, s: AwardSetup): string[] {
  const names = new Map(s.nominees.map((n) => [n.id, n.name]));
  const width = String(s.categories.length).length;
  return [
    ...summaryLines(ctx, s),
    '',
    ctx.t('infoCategories'),
    ...s.categories.map((c, i) =>
      ctx.t('infoCategoryLine', {
        index: String(i + 1).padStart(width),
        name: c.name,
        criteria: c.criteria.length,
        nominees: c.nomineeIds.length,
      }),
    ),
    '',
    ctx.t('infoJurors'),
    ...s.jurors.flatMap((j) => [
      ctx.t('infoJurorLine', {
        name: j.name,
        role: ctx.t(roleKey[j.role]),
        pin: j.hasPin ? ctx.t('infoJurorPin') : '',
      }),
      ...j.conflicts.map((c) =>
        ctx.t('infoConflict', {
          nominee: names.get(c.nomineeId) ?? c.nomineeId,
          reason: c.reason ? ` (${c.reason})` : '',
        }),
      ),
    ]),
  ];
}
