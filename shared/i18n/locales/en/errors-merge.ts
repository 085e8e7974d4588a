import type { mergeErrors as id } from '../id/errors-merge';

export const mergeErrors: Record<keyof typeof id, string> = {
  noJurors: 'This award has no jurors yet. Add the jury before distributing files.',
  unreadable: 'The file cannot be read.',
  notJuriFile: 'This is not a Juri award file.',
  integrity: 'The file is damaged (SQLite integrity check failed: {{detail}}).',
  newerSchema:
    'The file was made by a newer version of Juri (schema {{found}}, this app {{known}}). Update Juri, then merge again.',
  notExported: 'This file was not exported for merging (no signed manifest). Ask the juror to use "Export for merge".',
  otherAward: 'This file belongs to another award (different award id).',
  badManifest: 'The file’s manifest cannot be read.',
  deviceKeyMismatch: 'The key of device {{device}} differs from the registered key. The file may be forged.',
  badSignature: 'The manifest signature is not valid. The file was changed after it was exported.',
  brokenChain: 'The history chain of device {{device}} is broken at sequence {{seq}}. The file was changed.',
  historyRewritten:
    'The history of device {{device}} at sequence {{seq}} differs from what was merged before. A rewritten history is refused.',
  manifestMismatch: 'The file’s contents do not match its manifest. The file was changed after it was exported.',
  foreignEvents:
    'The file holds history of another device ({{device}}) that was never merged. Merge that device’s own file.',
  nothingToUndo: 'There is no merge to undo.',
  backupMissing: 'The backup taken before the merge is missing: {{path}}.',
  backupMismatch: 'The backup {{path}} belongs to another award.',
  conflictNotFound: 'Conflict not found. Reload the list of conflicts.',
  alreadyResolved: 'This conflict has already been decided.',
};
