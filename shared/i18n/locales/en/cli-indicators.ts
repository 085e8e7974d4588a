import type { indicatorCli as id } from '../id/cli-indicators';

export const indicatorCli: Record<keyof typeof id, string> = {
  indicatorsDescription: 'measured indicator data: template, import, list',
  indicatorsImportDescription: 'import indicator values from CSV/XLSX: all rows or none; every problem is printed',
  indicatorsTemplateDescription: 'write an indicator data template for one category (.xlsx or .csv)',
  indicatorsListDescription: 'print the indicator values per category, with their source and scoring rule',
  argIndicatorSheet: 'indicator data file (.csv or .xlsx)',
  optIndicatorCategory: 'category id (default: recognised from the column titles)',
  optIndicatorCategoryAll: 'category id (default: every category with indicators)',
  optSheetName: 'sheet name in an XLSX file (default: the matching sheet)',
  optOutIndicators: 'template file to write (.xlsx or .csv)',
  indicatorsTemplateWritten: 'Indicator data template written: {{path}}',
  indicatorsRule: 'rule',
  indicatorsNone: 'No indicator criteria.',
  indicatorsChecked:
    'Sheet "{{sheet}}" for "{{category}}": {{values}} values read, {{changes}} would change, {{unchanged}} unchanged. Nothing written (--dry-run).',
  indicatorsImported: 'Sheet "{{sheet}}" for "{{category}}": {{changes}} values imported, {{unchanged}} unchanged.',
  indicatorsUnchanged: 'Sheet "{{sheet}}" for "{{category}}": {{values}} values, all the same as stored.',
};
