import { z } from 'zod';

/** A field-level problem: where in the input, and an i18n key or text saying what to fix. */
export const FieldIssueSchema = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type FieldIssue = z.infer<typeof FieldIssueSchema>;

export const ErrorCode = z.enum([
  'invalid_input',
  'not_found',
  'no_award_open',
  'not_juri_file',
  'newer_schema',
  'file_exists',
  'conflict',
  'forbidden',
  'not_signed_in',
  'wrong_pin',
  'rate_limited',
  'locked',
  'cancelled',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

/** What a failed call returns: a code for programs and a message written for the user. */
export const AppErrorSchema = z.object({
  code: ErrorCode,
  message: z.string(),
  issues: z.array(FieldIssueSchema).optional(),
});
export type AppError = z.infer<typeof AppErrorSchema>;

/** Every contract call resolves to this envelope; it never rejects for a domain error. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: AppError };
