import type { merge as id } from '../id/merge';

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

export const merge: Same<typeof id> = {
  title: 'Merge files',
  intro:
    'Give each juror a committee file, then merge back the files they export. Each file is checked whole; no score is lost or silently overwritten.',
  signInTitle: 'Sign in as a juror',
  signInFirst: 'Sign in as a juror first to export or merge files.',
  secretariatOnly: 'Distributing and merging files is for the ketua or the secretariat.',
  export: {
    title: 'Export for merge',
    description: 'A copy of this file signed by your device, to hand to the secretariat.',
    button: 'Export for merge',
    done: 'File {{file}} is ready for the secretariat.',
  },
  distribute: {
    title: 'Distribute committee files',
    description: 'One file per juror: the same setup, no other juror’s scores or PIN, its own device key.',
    button: 'Make committee files',
    made: 'Committee files made',
  },
  merge: {
    title: 'Merge jurors’ files',
    description: 'Choose several exported files at once. The award file is backed up first.',
    choose: 'Choose .juri files to merge',
    merging: 'Merging…',
    undo: 'Undo last merge',
    undoTitle: 'Undo the last merge?',
    undoMessage: 'The file is restored from the backup taken just before the last merge.',
    reportNow: 'Report of this merge',
    reportBefore: 'Files merged so far',
    file: 'File',
    status: 'Status',
    added: 'Added',
    duplicates: 'Duplicates',
    seen: 'Jurors',
    accepted: 'Merged',
    refused: 'Refused',
    enrolled: 'This device was not registered at distribution and is now enrolled.',
  },
  conflicts: {
    title: 'Conflicts',
    description: 'The secretariat decides each conflict and the decision is recorded. Nothing is resolved silently.',
    none: 'No conflicts.',
    pending: '{{count}} conflict(s) not yet decided.',
    kind: 'Kind',
    where: 'Juror / Category / Nominee / Criterion',
    values: 'Values',
    decision: 'Decision',
    resolve: 'Decide',
    decided: '{{value}} — {{reason}}',
  },
  kind: {
    cell: 'Different values on different devices',
    after_submit: 'Edited after the sheet was submitted',
    quarantine: 'Quarantine: nominee or criterion not in this file',
  },
  resolve: {
    title: 'Decide conflict',
    versions: 'Recorded versions',
    version: '{{value}} from device {{device}}, {{at}}',
    value: 'Value to use',
    valueHint: 'Leave empty to clear the cell.',
    badNumber: 'Must be a number.',
    quarantineHint:
      'Quarantined data stays stored and is not counted. This decision records that the secretariat checked it.',
    reason: 'Reason for the decision',
    cancel: 'Cancel',
    confirm: 'Save decision',
  },
};
