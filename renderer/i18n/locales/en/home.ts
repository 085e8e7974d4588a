import type { LocaleShape } from '../../i18n';
import type { home as id } from '../id/home';

export const home: LocaleShape<typeof id> = {
  title: 'Juri — Jury Panel',
  tagline: 'Prepare and run an award jury’s evaluation, fully offline.',
  actions: {
    label: 'Start',
    new: 'New award',
    newHint: 'Start from an empty file',
    open: 'Open file…',
    openHint: 'Open an existing .juri file',
    demo: 'Open demo',
    demoHint: 'Apresiasi Program Prioritas 2024',
    template: 'Create from template…',
    templateHint: 'Start from an exported .json file',
  },
  recent: {
    title: 'Recent files',
    empty: 'No file has been opened on this computer yet.',
    opened: 'Opened {{date}}',
    missing: 'File not found',
    forget: 'Remove from list',
    forgetNamed: 'Remove {{name}} from the list',
  },
  footer: {
    version: 'Version {{version}}',
    host: '{{host}} mode',
    regions: 'Region data: {{package}} {{version}}, licence {{license}}',
  },
  newDialog: {
    title: 'New award',
    description: 'Name the award programme. The other details can be filled in later.',
    name: 'Programme name',
    namePlaceholder: 'e.g. Regional Education Award 2025',
    whereElectron: 'Next you choose where to save the file.',
    whereWeb: 'The file is saved in the data folder: {{dir}}',
    submit: 'Create award',
    created: 'File created: {{path}}',
  },
  openDialog: {
    title: 'Open file',
    description: 'Browser mode has no file dialog. Type the full location of the .juri file.',
    path: 'File location',
    pathHint: 'For example: {{example}}',
    submit: 'Open',
  },
  importDialog: {
    title: 'Create from template',
    description:
      'A template (.json) holds the programme, categories, criteria, rubrics, nominees and jury. It holds no scores and no PINs. A new award is created from it.',
    file: 'Template file (.json)',
    notJson: 'This file is not valid JSON: {{detail}}',
    issuesTitle: 'The template cannot be used. Fix the following:',
    issuePath: 'at {{path}}',
    root: 'file',
    created: 'Award created from the template: {{path}}',
  },
};
