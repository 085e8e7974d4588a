import { z } from 'zod';
import {
  AwardSetupSchema,
  CategoryInputSchema,
  ConflictSchema,
  CriterionInputSchema,
  CustomNomineeInputSchema,
  Id,
  JurorInputSchema,
  ProgrammeSchema,
  SignatoryInputSchema,
} from '../award/award.schema';
import { ProvinceSchema, RegionSourceSchema } from '../regions/regions.schema';
import {
  HistoryEntrySchema,
  HistoryFilterSchema,
  OverviewSchema,
  ReopenSchema,
  RosterEntrySchema,
  SaveCommentSchema,
  SaveNoteSchema,
  SaveScoreSchema,
  SavedCellSchema,
  SessionSchema,
  SetPinSchema,
  SheetSchema,
  SheetStatusRowSchema,
  SignInSchema,
} from '../judging/judging.schema';
import { PinSchema } from '../award/award.schema';
import {
  BallotFileSchema,
  BallotPreviewSchema,
  BallotTemplateRequestSchema,
  DownloadSchema,
} from '../judging/ballot.schema';
import { LANGUAGES } from '../i18n/i18n';
import { AnalysisSchema } from '../scoring/analysis.schema';
import { CategoryResultSchema } from '../scoring/scoring-result.schema';
import { DecideTieSchema } from '../scoring/tie-decision.schema';

import { op, none } from './op';
import { indicatorContract } from './contracts/indicator.contract';
import { mergeContract } from './contracts/merge.contract';
import { documentContract } from './contracts/document.contract';
import { certificateContract } from './contracts/certificate.contract';

const setup = AwardSetupSchema;
const byId = z.object({ id: Id });
const move = z.object({ id: Id, offset: z.union([z.literal(-1), z.literal(1)]) });

export const RecentFileSchema = z.object({
  path: z.string(),
  name: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export type RecentFile = z.infer<typeof RecentFileSchema>;

export const HostInfoSchema = z.object({
  host: z.enum(['electron', 'web']),
  version: z.string(),
  /** True where the host can show native open/save dialogs. */
  nativeDialogs: z.boolean(),
  /** Folder where new awards are created when no path is chosen. */
  defaultDir: z.string(),
  regionsSource: RegionSourceSchema,
  language: z.enum(LANGUAGES),
});
export type HostInfo = z.infer<typeof HostInfoSchema>;

/**
 * The one contract between the renderer and main: namespace → operation → input/output.
 * The preload, the web host, the renderer's api and the tests all derive from this map.
 */
export const contract = {
  app: {
    info: op('Which host runs the services, its version and capabilities.', none, HostInfoSchema),
    setLanguage: op(
      'Set the language of messages from main (errors, menus, dialogs).',
      z.object({ language: z.enum(LANGUAGES) }),
      z.null(),
    ),
  },
  file: {
    recent: op('Recently opened award files, newest first.', none, z.array(RecentFileSchema)),
    current: op('The setup of the award file open now, or null.', none, setup.nullable()),
    create: op(
      'Create a new award file with a programme name; path null asks the host (a save dialog or its default folder).',
      z.object({ name: z.string().trim().min(1, { error: 'errors.required' }).max(200), path: z.string().nullable() }),
      setup.nullable(),
    ),
    open: op(
      'Open an award file; path null shows the host open dialog. Null when the user cancels.',
      z.object({ path: z.string().min(1).nullable() }),
      setup.nullable(),
    ),
    openDemo: op('Create (or reopen) the demo award "Apresiasi Program Prioritas 2024".', none, setup),
    close: op('Close the open award file.', none, z.null()),
    forgetRecent: op(
      'Remove a file from the recent list (the file itself stays).',
      z.object({ path: z.string() }),
      z.array(RecentFileSchema),
    ),
  },
  award: {
    updateProgramme: op('Save the programme details.', ProgrammeSchema, setup),
  },
  signatory: {
    save: op('Add or update a signatory.', SignatoryInputSchema, setup),
    remove: op('Remove a signatory.', byId, setup),
    move: op('Move a signatory up or down.', move, setup),
  },
  category: {
    save: op('Add or update a category.', CategoryInputSchema, setup),
    remove: op('Remove a category with its criteria.', byId, setup),
    move: op('Move a category up or down.', move, setup),
    setNominees: op(
      'Choose which nominees compete in a category.',
      z.object({ categoryId: Id, nomineeIds: z.array(Id) }),
      setup,
    ),
  },
  criterion: {
    save: op('Add or update a criterion of a category.', CriterionInputSchema, setup),
    remove: op('Remove a criterion.', byId, setup),
    move: op('Move a criterion up or down within its category.', move, setup),
  },
  nominee: {
    addRegions: op(
      'Add a province and/or its kab/kota as nominees, from the built-in reference data.',
      z.object({
        provinceCode: z.string().regex(/^\d{2}$/),
        includeProvince: z.boolean(),
        regencyCodes: z.array(z.string().regex(/^\d{2}\.\d{2}$/)),
      }),
      setup,
    ),
    saveCustom: op('Add or update a custom nominee (a school, a person, an agency).', CustomNomineeInputSchema, setup),
    remove: op('Remove a nominee from the award.', byId, setup),
  },
  juror: {
    save: op('Add or update a juror; a PIN given here is stored hashed.', JurorInputSchema, setup),
    remove: op('Remove a juror.', byId, setup),
    move: op('Move a juror up or down.', move, setup),
    setConflicts: op(
      'Declare the nominees a juror has a conflict of interest with.',
      z.object({ jurorId: Id, conflicts: z.array(ConflictSchema) }),
      setup,
    ),
  },
  session: {
    roster: op(
      'Jurors who can sign in on this laptop (names and roles, never PIN hashes).',
      none,
      z.array(RosterEntrySchema),
    ),
    current: op('The juror signed in on this host, or null.', none, SessionSchema.nullable()),
    signIn: op('Sign in with a PIN. Wrong PINs are rate-limited.', SignInSchema, SessionSchema),
    setPin: op('First sign-in of a juror without a PIN: choose one (twice).', SetPinSchema, SessionSchema),
    signOut: op('Sign the juror out of this host.', none, z.null()),
  },
  scoring: {
    overview: op("The signed-in juror's categories with progress and sheet status.", none, OverviewSchema),
    sheet: op("The signed-in juror's own sheet for one category.", z.object({ categoryId: Id }), SheetSchema),
    save: op(
      'Save one score (or clear it with null), durably, with its history event.',
      SaveScoreSchema,
      SavedCellSchema,
    ),
    comment: op('Save the comment of one cell.', SaveCommentSchema, SavedCellSchema),
    note: op(
      'Save the notes on one nominee in a category.',
      SaveNoteSchema,
      z.object({ nomineeId: Id, text: z.string(), savedAt: z.string() }),
    ),
    submit: op(
      'Submit a complete sheet, confirmed with the PIN; it is then locked for the juror.',
      z.object({ categoryId: Id, pin: PinSchema }),
      OverviewSchema,
    ),
    history: op(
      "The signed-in juror's own score history, newest first.",
      HistoryFilterSchema.omit({ jurorId: true }),
      z.array(HistoryEntrySchema),
    ),
  },
  results: {
    award: op(
      'Ranked results with their breakdown and agreement analysis, per category (ketua and sekretaris; jurors only once released).',
      z.object({ categoryId: Id.optional() }),
      z.array(z.object({ result: CategoryResultSchema, analysis: AnalysisSchema })),
    ),
  },
  ballot: {
    template: op(
      'A ready paper-ballot template for one juror, per category (XLSX, or CSV for one category); sekretaris only.',
      BallotTemplateRequestSchema,
      DownloadSchema,
    ),
    preview: op(
      "Read a juror's filled-in ballot (CSV/XLSX) against the award: the cells it would write and every problem. Writes nothing.",
      BallotFileSchema,
      BallotPreviewSchema,
    ),
    import: op(
      "Import a juror's ballot: all of its scores in one transaction, or nothing when any row has a problem.",
      BallotFileSchema,
      BallotPreviewSchema,
    ),
  },
  chair: {
    sheets: op(
      'Every juror sheet with its status and progress (ketua or sekretaris).',
      none,
      z.array(SheetStatusRowSchema),
    ),
    reopen: op(
      'Reopen a submitted sheet with a written reason (ketua only).',
      ReopenSchema,
      z.array(SheetStatusRowSchema),
    ),
    release: op(
      'Release the results to the jurors, or hide them again (ketua only).',
      z.object({ released: z.boolean() }),
      z.object({ released: z.boolean() }),
    ),
    history: op(
      'The score history of any juror (ketua or sekretaris), newest first.',
      HistoryFilterSchema,
      z.array(HistoryEntrySchema),
    ),
    decideTie: op(
      "Record the ketua's order of nominees the tie-break chain left tied, with a reason (ketua only); returns the category's results.",
      DecideTieSchema,
      z.array(z.object({ result: CategoryResultSchema, analysis: AnalysisSchema })),
    ),
  },
  regions: {
    list: op('All provinces with their kab/kota and Kemendagri codes.', none, z.array(ProvinceSchema)),
  },
  template: {
    export: op('The open award setup as a JSON template (no scores, no PINs).', none, z.unknown()),
    create: op(
      'Create a new award file from a template; writes nothing when the template is invalid.',
      z.object({ template: z.unknown(), path: z.string().nullable() }),
      setup.nullable(),
    ),
  },
  indicator: indicatorContract,
  merge: mergeContract,
  document: documentContract,
  certificate: certificateContract,
} as const;

/** Events main sends to the renderer (native menu, files opened from the OS). */
export const events = {
  menu: z.object({
    action: z.enum(['new', 'open', 'openDemo', 'close', 'exportTemplate', 'importTemplate', 'about', 'setLanguage']),
    language: z.enum(LANGUAGES).optional(),
  }),
  /** An award file was opened by main (argv, a second launch, macOS open-file, a drop): reload the setup. */
  awardOpened: z.object({ path: z.string() }),
} as const;
export type Events = typeof events;
export type EventName = keyof Events;
export type EventPayload<E extends EventName> = z.output<Events[E]>;
/** The channel main sends an event on. */
export const eventChannelOf = (name: string) => `event:${name}`;

export type Contract = typeof contract;
export type Namespace = keyof Contract;
export type OpName<N extends Namespace> = keyof Contract[N] & string;
type OpOf<N extends Namespace, O extends OpName<N>> = Contract[N][O] extends {
  input: infer I extends z.ZodType;
  output: infer Out extends z.ZodType;
}
  ? { input: I; output: Out }
  : never;
/** What the caller passes (before parsing). */
export type OpInput<N extends Namespace, O extends OpName<N>> = z.input<OpOf<N, O>['input']>;
/** What the service receives (after parsing). */
export type OpParsed<N extends Namespace, O extends OpName<N>> = z.output<OpOf<N, O>['input']>;
export type OpOutput<N extends Namespace, O extends OpName<N>> = z.output<OpOf<N, O>['output']>;

/** `namespace:operation`, the channel name used by IPC and the web host. */
export const channelOf = (ns: string, op: string) => `${ns}:${op}`;

/** Every channel in the contract, e.g. `award:updateProgramme`. */
export function listChannels(): { ns: Namespace; op: string; channel: string }[] {
  return (Object.keys(contract) as Namespace[]).flatMap((ns) =>
    Object.keys(contract[ns]).map((op) => ({ ns, op, channel: channelOf(ns, op) })),
  );
}
