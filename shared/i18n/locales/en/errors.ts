import type { errors as id } from '../id/errors';
import { indicatorErrors } from './errors-indicators';
import { mergeErrors } from './errors-merge';
import { documentErrors } from './errors-documents';
import { certificateErrors } from './errors-certificates';

type Same<T> = { [K in keyof T]: T[K] extends string ? string : Same<T[K]> };

export const errors: Same<typeof id> = {
  required: 'Required.',
  tooLong: 'Too long.',
  date: 'Not a valid date (use YYYY-MM-DD).',
  number: 'Must be a number.',
  decimals: 'At most 4 decimal places.',
  endBeforeStart: 'The end date cannot be before the start date.',
  stepPositive: 'The step must be greater than 0.',
  maxAboveMin: 'The maximum must be greater than the minimum.',
  stepTooLarge: 'The step is larger than the scale range.',
  rubricOutsideScale: 'A rubric level must lie within the criterion scale.',
  weightPositive: 'The weight must be greater than 0.',
  regionCode: 'Not a valid Kemendagri region code (e.g. 64 or 64.72).',
  pin: 'The PIN must be 4–8 digits.',
  templateFormat: 'Not a Juri template (format must be "juri-template/1").',
  duplicateId: 'This id is used more than once.',
  unknownNominee: 'Refers to a nominee that does not exist.',
  duplicateRegion: 'This region is already a nominee.',
  invalidInput: 'Some fields are not right yet. Check the marked fields.',
  notFound: 'Not found: {{what}}.',
  noAwardOpen: 'No award file is open.',
  notJuriFile: '"{{path}}" is not a Juri award file.',
  resultsHidden: 'The ketua has not released the results yet. Jurors judge independently until then.',
  tableTooLarge: 'File "{{name}}" is too large: sheet "{{sheet}}" has more than {{rows}} rows.',
  fileNotFound: 'File "{{path}}" not found. Check its name and folder.',
  newerSchema: 'This file was made by a newer Juri (schema {{found}}, this app {{known}}). Update Juri to open it.',
  fileExists: '"{{path}}" already exists. Choose another name.',
  fileMissing: '"{{path}}" was not found.',
  unknownRegion: 'Region code {{code}} is not in the reference data.',
  regionNotInProvince: 'Kab/kota {{code}} is not part of province {{province}}.',
  dialogUnavailable: 'Browser mode has no file dialogs. Type the file location.',
  invalidTemplate: 'Invalid template: {{count}} problem(s). Nothing was written.',
  internal: 'Something unexpected went wrong. Your data is unchanged. ({{detail}})',
  notSignedIn: 'Sign in as a juror first (choose your name and enter your PIN).',
  chairOnly: 'Only the chair of the jury (ketua) may do this.',
  secretariatOnly: 'Only the chair or the secretary of the jury may see this.',
  setupLockedWhileScoring: 'Scoring has started: only the signed-in chair or secretary may change the setup.',
  wrongPin: 'Wrong PIN. Attempts left: {{left}}.',
  pinLocked: 'Too many wrong PINs. Try again in {{seconds}} seconds.',
  pinNotSet: 'This juror has no PIN yet. Create one first.',
  pinAlreadySet: 'This juror already has a PIN. Sign in with it.',
  pinMismatch: 'The two PINs differ.',
  categorySealed:
    "The ketua has finalised this category's results, so its scores cannot change. The ketua can reopen the category with a written reason.",
  tieNoChairStep:
    "This category's tie-break chain does not end with the ketua's decision. Change the category's settings first.",
  tieNotTied: 'The chosen nominees are not tied in this category. Reload the results and try again.',
  reasonRequired: 'Write the reason (at least 5 characters).',
  scoreOutOfRange: 'The score must be between {{min}} and {{max}}.',
  scoreOffStep: 'The score must be a multiple of {{step}} from {{min}} (between {{min}} and {{max}}).',
  sheetIncomplete: '{{missing}} cells are not scored yet. Fill every cell before submitting.',
  sheetNotSubmitted: 'This sheet has not been submitted, so there is nothing to reopen.',
  sheetLocked: 'This score sheet has been submitted and is locked. Ask the chair to reopen it.',
  unknownCell: 'That nominee or criterion is not in this category: {{what}}.',
  indicatorReadOnly: 'Indicator criteria come from measured data, not from jurors.',
  conflictOfInterest: 'You have a conflict of interest with this nominee, so you may not score it.',
  ballotHasProblems: 'The score sheet has {{count}} problems. Nothing was written; fix the marked rows first.',
  ballot: {
    unknown_category:
      'Sheet "{{sheet}}": the criterion columns match no category. Use the template from Juri, or make the column titles the criterion names.',
    unknown_nominee: 'Sheet "{{sheet}}" row {{row}}: nominee "{{name}}" is not known in this category.',
    ambiguous_nominee:
      'Sheet "{{sheet}}" row {{row}}: "{{name}}" matches more than one nominee. Write "Kabupaten …" or "Kota …", or the Kemendagri code.',
    unknown_criterion:
      'Sheet "{{sheet}}" column {{column}}: "{{name}}" is not a judged criterion of category "{{category}}".',
    not_a_number: 'Sheet "{{sheet}}" cell {{column}}{{row}}: "{{value}}" is not a number.',
    out_of_range:
      'Sheet "{{sheet}}" cell {{column}}{{row}}: {{value}} for "{{criterion}}" must be between {{min}} and {{max}}.',
    off_step:
      'Sheet "{{sheet}}" cell {{column}}{{row}}: {{value}} for "{{criterion}}" must be a multiple of {{step}} (between {{min}} and {{max}}).',
    duplicate: 'Sheet "{{sheet}}" row {{row}}: "{{name}}" is already on row {{first}}.',
    conflict:
      'Sheet "{{sheet}}" row {{row}}: this juror has a conflict of interest with "{{name}}"; it must stay empty.',
    sheet_submitted: 'Sheet "{{sheet}}": this juror\'s score sheet for "{{category}}" is submitted and locked.',
    no_scores: 'The file holds no scores.',
  },
  fileFormat: 'File "{{name}}" must be .xlsx or .csv.',
  noJudgedCriteria: 'No criterion here is judged by jurors, so there is no score sheet to make.',
  csvOneCategory: 'A CSV template holds one category. Choose the category, or download XLSX for all categories.',
  indicator: indicatorErrors,
  merge: mergeErrors,
  document: documentErrors,
  certificate: certificateErrors,
};
