import type { indicatorErrors as id } from '../id/errors-indicators';

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

export const indicatorErrors: Same<typeof id> = {
  hasProblems: 'The indicator file has {{count}} problems. Nothing was written; fix the marked rows first.',
  whichCategory:
    'The category cannot be recognised from the column titles. Choose one of the categories with indicator criteria: {{categories}}.',
  severalCategories:
    'This file holds data for several categories: {{categories}}. Choose one (in the CLI: --category ID).',
  noIndicators: 'Category "{{category}}" has no indicator criteria, so there is no data to fill in.',
  noIndicatorCategories: 'This award has no indicator criteria in any category yet.',
  notIndicator: 'Criterion "{{criterion}}" is not an indicator criterion of this category.',
  notInCategory: 'Nominee "{{nominee}}" does not compete in this category.',
  sheetNotFound: 'The file has no sheet "{{sheet}}". Its sheets: {{sheets}}.',
  sealed: 'The results of category "{{category}}" are signed off. Its indicator data can no longer change.',
  reasonTooShort: 'Write a reason for the change, at least 5 characters.',
  percentOut: 'The value {{value}} for "{{criterion}}" is a percentage, so it must be between 0 and 100.',
  outOfScale: 'The value {{value}} for "{{criterion}}" must be between {{min}} and {{max}}.',
  unknown_category:
    'Sheet "{{sheet}}": the column titles match no indicator criteria of any category. Use the template from Juri, or make the titles the criteria names.',
  no_header: 'Sheet "{{sheet}}": no header row found. Put a "Kode" or "Kabupaten/Kota" column title above the data.',
  unknown_column:
    'Sheet "{{sheet}}" column {{column}}: "{{name}}" is not an indicator criterion of category "{{category}}". Remove the column or fix its title.',
  unknown_nominee: 'Sheet "{{sheet}}" row {{row}}: nominee "{{name}}" is not in this category.',
  ambiguous_nominee:
    'Sheet "{{sheet}}" row {{row}}: "{{name}}" matches more than one nominee. Write "Kabupaten …" or "Kota …", or the Kemendagri code.',
  duplicate: 'Sheet "{{sheet}}" row {{row}}: "{{name}}" is already on row {{first}}.',
  not_a_number: 'Sheet "{{sheet}}" cell {{column}}{{row}}: "{{value}}" is not a number.',
  percent_out_of_range:
    'Sheet "{{sheet}}" cell {{column}}{{row}}: {{value}} for "{{criterion}}" is a percentage, so it must be between 0 and 100.',
  out_of_scale:
    'Sheet "{{sheet}}" cell {{column}}{{row}}: the value {{value}} for "{{criterion}}" must be between {{min}} and {{max}}.',
  no_values: 'Sheet "{{sheet}}" holds no indicator values.',
  template: {
    title: 'Indicator data — {{award}}',
    instructions:
      'One measured value per cell. Empty cells change nothing. Do not edit the ID row or the Code column. Decimals may use a comma (87,5); percentages may be written 87,5 %.',
    scale: '{{min}}–{{max}}',
  },
  rule: {
    higher: 'higher is better',
    lower: 'lower is better',
    minmax: 'min–max: {{direction}} (best = 100, worst = 0)',
    target: 'target {{target}}, {{direction}}, max. 100',
    targetCap: 'target {{target}}, {{direction}}, achievement counted up to {{cap}} of the target = 100',
    rank: 'rank: {{direction}} (best = 100, last = 0)',
  },
};
