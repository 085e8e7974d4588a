import type { LocaleShape } from '../../i18n';
import type { templates as id } from '../id/templates';

export const templates: LocaleShape<typeof id> = {
  title: 'Templates',
  lead: 'Save this award’s setup as a template, to reuse next year or in another region.',
  export: {
    title: 'Export template',
    text: 'Download the setup of the open award as a .json file.',
    button: 'Export template (.json)',
  },
  holds: {
    title: 'What a template holds',
    yes: [
      'Programme details and signatories',
      'Categories, criteria, weights, scales and rubrics',
      'Nominees and the nominees of each category',
      'The jury and conflicts of interest',
    ],
    no: ['Scores given by jurors', 'Juror PINs'],
    noTitle: 'Not included',
  },
  import: {
    title: 'Create an award from a template',
    text: 'A .json template becomes a new award file. The open file does not change.',
    button: 'Create from template…',
  },
  exported: 'Template downloaded: {{fileName}}',
};
