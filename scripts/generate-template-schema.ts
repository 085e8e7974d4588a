// Writes docs/template.schema.json from the zod TemplateSchema, so the documented format cannot drift.
// Run with `npm run docs:schema`; a unit test checks the committed file is current.
import { writeFileSync } from 'node:fs';
import { templateJsonSchema } from '../shared/award/template-json-schema';

const target = new URL('../docs/template.schema.json', import.meta.url);
writeFileSync(target, JSON.stringify(templateJsonSchema(), null, 2) + '\n');
console.log(`wrote ${target.pathname}`);
