import type { i18n } from 'i18next';
import { z } from 'zod';
import { contract, type Namespace } from '../../shared/ipc/contract';
import type { AppError, Envelope } from '../../shared/ipc/envelope';
import { translateMessage, translatorFor, zodErrorMap } from '../../shared/i18n/i18n';
import { UserError } from '../../shared/user-error';
import { zodIssues } from '../services/template.service';
import { handlers, type HostContext } from './handlers';

export interface GateOptions {
  /** Where unexpected errors are logged (never shown to the user as a stack trace). */
  log?: (error: unknown, channel: string) => void;
}

/**
 * The one gate every call passes after the host has checked the sender:
 * find the operation → parse the input with zod → call the handler → return an envelope.
 */
export async function dispatch(
  ctx: HostContext,
  channel: string,
  raw: unknown,
  options: GateOptions = {},
): Promise<Envelope<unknown>> {
  const t = translatorFor(ctx.language).t;
  const [ns, op] = channel.split(':') as [string, string | undefined];
  const spec =
    op !== undefined && Object.hasOwn(contract, ns)
      ? (contract[ns as Namespace] as Record<string, { input: z.ZodType }>)[op]
      : undefined;
  const handler =
    spec && op ? (handlers[ns as Namespace] as Record<string, (c: HostContext, i: unknown) => unknown>)[op] : undefined;
  if (!spec || !handler || !op || !Object.hasOwn(contract[ns as Namespace], op)) {
    return fail({ code: 'not_found', message: t('notFound', { ns: 'errors', what: channel }) });
  }
  const parsed = spec.input.safeParse(raw, { error: zodErrorMap(ctx.language) });
  if (!parsed.success) {
    return fail({
      code: 'invalid_input',
      message: t('invalidInput', { ns: 'errors' }),
      issues: zodIssues(parsed.error).map((i) => ({ ...i, message: translateMessage(t, i.message) })),
    });
  }
  try {
    return { ok: true, value: await handler(ctx, parsed.data) };
  } catch (error) {
    return fail(toAppError(error, translatorFor(ctx.language), options.log, channel));
  }
}

/** Turns any thrown error into a user-facing error; unexpected ones are logged, not leaked. */
export function toAppError(error: unknown, i18n: i18n, log?: GateOptions['log'], channel = ''): AppError {
  const t = i18n.t;
  if (error instanceof UserError) {
    const issues = error.issues?.map((i) => ({ ...i, message: translateMessage(t, i.message) }));
    return {
      code: error.code,
      message: translateMessage(t, error.key, error.params),
      ...(issues ? { issues } : {}),
    };
  }
  if (error instanceof z.ZodError) {
    const issues = zodIssues(error).map((i) => ({ ...i, message: translateMessage(t, i.message) }));
    return { code: 'invalid_input', message: t('invalidInput', { ns: 'errors' }), issues };
  }
  log?.(error, channel);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: t('internal', { ns: 'errors', detail }) };
}

const fail = (error: AppError): Envelope<never> => ({ ok: false, error });
