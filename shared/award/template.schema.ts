import { z } from 'zod';
import {
  CategorySchema,
  CriterionFields,
  checkRubric,
  JurorSchema,
  NomineeSchema,
  ProgrammeSchema,
  SignatorySchema,
} from './award.schema';

/** The format tag every template carries; bump the number on an incompatible change. */
export const TEMPLATE_FORMAT = 'juri-template/1';

/**
 * A portable award setup: everything but scores, PINs and the file's identity.
 * Ids are opaque strings that link the parts together inside the template.
 */
export const TemplateSchema = z
  .object({
    format: z.literal(TEMPLATE_FORMAT, { error: 'errors.templateFormat' }),
    programme: ProgrammeSchema,
    signatories: z.array(SignatorySchema),
    nominees: z.array(NomineeSchema),
    categories: z.array(
      CategorySchema.omit({ criteria: true }).extend({
        criteria: z.array(CriterionFields.omit({ categoryId: true }).check(checkRubric)),
      }),
    ),
    jurors: z.array(JurorSchema.omit({ hasPin: true })),
  })
  .check((ctx) => {
    const t = ctx.value;
    const nomineeIds = new Set(t.nominees.map((n) => n.id));
    const dup = (ids: string[], path: (i: number) => (string | number)[]) => {
      const seen = new Set<string>();
      ids.forEach((id, i) => {
        if (seen.has(id)) ctx.issues.push({ code: 'custom', path: path(i), message: 'errors.duplicateId', input: id });
        seen.add(id);
      });
    };
    dup(
      t.nominees.map((n) => n.id),
      (i) => ['nominees', i, 'id'],
    );
    dup(
      t.categories.map((c) => c.id),
      (i) => ['categories', i, 'id'],
    );
    dup(
      t.categories.flatMap((c) => c.criteria.map((k) => k.id)),
      () => ['categories'],
    );
    dup(
      t.jurors.map((j) => j.id),
      (i) => ['jurors', i, 'id'],
    );
    dup(
      t.signatories.map((s) => s.id),
      (i) => ['signatories', i, 'id'],
    );
    t.categories.forEach((c, ci) =>
      c.nomineeIds.forEach((id, ni) => {
        if (!nomineeIds.has(id)) {
          ctx.issues.push({
            code: 'custom',
            path: ['categories', ci, 'nomineeIds', ni],
            message: 'errors.unknownNominee',
            input: id,
          });
        }
      }),
    );
    t.jurors.forEach((j, ji) =>
      j.conflicts.forEach((c, ki) => {
        if (!nomineeIds.has(c.nomineeId)) {
          ctx.issues.push({
            code: 'custom',
            path: ['jurors', ji, 'conflicts', ki, 'nomineeId'],
            message: 'errors.unknownNominee',
            input: c.nomineeId,
          });
        }
      }),
    );
    const codes = new Set<string>();
    t.nominees.forEach((n, i) => {
      if (n.regionCode === null) return;
      if (codes.has(n.regionCode)) {
        ctx.issues.push({
          code: 'custom',
          path: ['nominees', i, 'regionCode'],
          message: 'errors.duplicateRegion',
          input: n.regionCode,
        });
      }
      codes.add(n.regionCode);
    });
  });
export type Template = z.infer<typeof TemplateSchema>;
