import { z } from 'zod';

/** One operation of the contract: what it does, what it takes and what it returns. */
export const op = <I extends z.ZodType, O extends z.ZodType>(doc: string, input: I, output: O) => ({
  doc,
  input,
  output,
});

/** The input of an operation that takes nothing. */
export const none = z.undefined().or(z.null()).optional();
