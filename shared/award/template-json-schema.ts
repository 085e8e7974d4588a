import { z } from 'zod';
import { TemplateSchema } from './template.schema';

/** The JSON Schema (draft 2020-12) of a Juri template, derived from the zod schema. */
export function templateJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(TemplateSchema, { io: 'input', unrepresentable: 'any' }),
    $id: 'https://juri.invalid/schema/juri-template-1.json',
    title: 'Juri award template (juri-template/1)',
  };
}
