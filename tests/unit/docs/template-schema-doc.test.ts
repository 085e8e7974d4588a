import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { templateJsonSchema } from '../../../shared/award/template-json-schema';
import { demoTemplate } from '../../../electron/services/demo-award';

describe('docs/template.schema.json', () => {
  it('is generated from the current zod schema (run `npm run docs:schema` after changing it)', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../../../docs/template.schema.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual(templateJsonSchema());
  });

  it('requires every top-level part the demo template has', () => {
    const schema = templateJsonSchema() as { required: string[] };
    expect([...schema.required].sort()).toEqual(Object.keys(demoTemplate()).sort());
  });
});
