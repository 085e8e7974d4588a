import { UserError } from '../../shared/user-error';
import { translatorFor } from '../../shared/i18n/i18n';
import { exportTemplate, parseTemplate } from '../services/template.service';
import { listProvinces, loadRegions } from '../services/regions.service';
import { readSetup, setupService as s } from '../services/setup.service';
import { checkPin, roster, setFirstPin } from '../services/scoring/session.service';
import { awardResults } from '../services/results/results.service';
import { decideTie } from '../services/results/tie-decision.service';
import { award, chair, fromBase64, scoring, secretariat, setupAward, signedIn } from './guards';
import type { Handlers, HostContext } from './host-context';
import { indicatorHandlers } from './handlers/indicator.handlers';
import { mergeHandlers } from './handlers/merge.handlers';
import { documentHandlers } from './handlers/document.handlers';
import { certificateHandlers } from './handlers/certificate.handlers';
import { ballotTemplateFile, importBallotFile, previewBallotFile } from '../services/ballots/ballot-file.service';

async function chooseNewPath(ctx: HostContext, name: string, path: string | null): Promise<string | null> {
  if (path) return path;
  const suggested = ctx.workspace.suggestPath(name);
  return ctx.chooseSavePath ? ctx.chooseSavePath(suggested) : suggested;
}

function opened<T extends { filePath: string; award: { programme: { name: string } } } | null>(
  ctx: HostContext,
  setup: T,
): T {
  if (setup) ctx.onAwardOpened?.(setup.filePath, setup.award.programme.name);
  return setup;
}

/** The one handler map: every contract operation, implemented by calling a service. */
export const handlers: Handlers = {
  app: {
    info: (ctx) => ({
      host: ctx.kind,
      version: ctx.version,
      nativeDialogs: Boolean(ctx.chooseOpenPath),
      defaultDir: ctx.workspace.dataDir,
      regionsSource: loadRegions().source,
      language: ctx.language,
    }),
    setLanguage: (ctx, { language }) => {
      ctx.language = language;
      ctx.onLanguageChanged?.(language);
      return null;
    },
  },
  file: {
    recent: (ctx) => ctx.workspace.recent(),
    current: async (ctx) => (ctx.workspace.current ? readSetup(ctx.workspace.current) : null),
    create: async (ctx, { name, path }) => {
      const target = await chooseNewPath(ctx, name, path);
      return target ? opened(ctx, await ctx.workspace.create(target, name)) : null;
    },
    open: async (ctx, { path }) => {
      let target = path;
      if (!target) {
        if (!ctx.chooseOpenPath) throw new UserError('invalid_input', 'errors.dialogUnavailable');
        target = await ctx.chooseOpenPath();
      }
      return target ? opened(ctx, await ctx.workspace.open(target)) : null;
    },
    openDemo: async (ctx) => opened(ctx, await ctx.workspace.openDemo()),
    close: async (ctx) => {
      await ctx.workspace.close();
      ctx.onAwardClosed?.();
      return null;
    },
    forgetRecent: (ctx, { path }) => ctx.workspace.forgetRecent(path),
  },
  award: {
    updateProgramme: (ctx, p) => s.updateProgramme(setupAward(ctx), p),
  },
  signatory: {
    save: (ctx, input) => s.saveSignatory(setupAward(ctx), input),
    remove: (ctx, { id }) => s.removeSignatory(setupAward(ctx), id),
    move: (ctx, { id, offset }) => s.moveSignatory(setupAward(ctx), id, offset),
  },
  category: {
    save: (ctx, input) => s.saveCategory(setupAward(ctx), input),
    remove: (ctx, { id }) => s.removeCategory(setupAward(ctx), id),
    move: (ctx, { id, offset }) => s.moveCategory(setupAward(ctx), id, offset),
    setNominees: (ctx, { categoryId, nomineeIds }) => s.setCategoryNominees(setupAward(ctx), categoryId, nomineeIds),
  },
  criterion: {
    save: (ctx, input) => s.saveCriterion(setupAward(ctx), input),
    remove: (ctx, { id }) => s.removeCriterion(setupAward(ctx), id),
    move: (ctx, { id, offset }) => s.moveCriterion(setupAward(ctx), id, offset),
  },
  nominee: {
    addRegions: (ctx, { provinceCode, includeProvince, regencyCodes }) =>
      s.addRegionNominees(setupAward(ctx), provinceCode, includeProvince, regencyCodes),
    saveCustom: (ctx, input) => s.saveCustomNominee(setupAward(ctx), input),
    remove: (ctx, { id }) => s.removeNominee(setupAward(ctx), id),
  },
  juror: {
    save: (ctx, input) => s.saveJuror(setupAward(ctx), input),
    remove: (ctx, { id }) => s.removeJuror(setupAward(ctx), id),
    move: (ctx, { id, offset }) => s.moveJuror(setupAward(ctx), id, offset),
    setConflicts: (ctx, { jurorId, conflicts }) => s.setConflicts(setupAward(ctx), jurorId, conflicts),
  },
  session: {
    roster: (ctx) => roster(award(ctx)),
    current: (ctx) => (ctx.workspace.current ? ctx.workspace.session : null),
    signIn: async (ctx, { jurorId, pin }) => (ctx.workspace.session = await checkPin(award(ctx), jurorId, pin)),
    setPin: async (ctx, { jurorId, pin }) => (ctx.workspace.session = await setFirstPin(award(ctx), jurorId, pin)),
    signOut: (ctx) => {
      ctx.workspace.session = null;
      return null;
    },
  },
  scoring: {
    overview: (ctx) => scoring(ctx).overview(signedIn(ctx).jurorId),
    sheet: (ctx, { categoryId }) => scoring(ctx).sheet(signedIn(ctx).jurorId, categoryId),
    save: (ctx, input) => scoring(ctx).saveScore(signedIn(ctx).jurorId, input),
    comment: (ctx, input) => scoring(ctx).saveComment(signedIn(ctx).jurorId, input),
    note: (ctx, input) => scoring(ctx).saveNote(signedIn(ctx).jurorId, input),
    submit: async (ctx, { categoryId, pin }) => {
      const { jurorId } = signedIn(ctx);
      await checkPin(award(ctx), jurorId, pin);
      scoring(ctx).submit(jurorId, categoryId);
      return scoring(ctx).overview(jurorId);
    },
    history: (ctx, filter) => scoring(ctx).history({ ...filter, jurorId: signedIn(ctx).jurorId }),
  },
  chair: {
    sheets: (ctx) => (secretariat(ctx), scoring(ctx).sheets()),
    reopen: (ctx, { jurorId, categoryId, reason }) => {
      scoring(ctx).reopen(chair(ctx).jurorId, jurorId, categoryId, reason);
      return scoring(ctx).sheets();
    },
    release: (ctx, { released }) => ({ released: scoring(ctx).setReleased(chair(ctx).jurorId, released) }),
    history: (ctx, filter) => (secretariat(ctx), scoring(ctx).history(filter)),
    decideTie: async (ctx, decision) => {
      await decideTie(award(ctx), chair(ctx).jurorId, decision);
      return awardResults(award(ctx), decision.categoryId);
    },
  },
  results: {
    award: async (ctx, { categoryId }) => {
      const session = signedIn(ctx);
      if (!session.isSecretariat && !scoring(ctx).released()) throw new UserError('forbidden', 'errors.resultsHidden');
      return awardResults(award(ctx), categoryId);
    },
  },
  ballot: {
    template: (ctx, { jurorId, categoryId, format }) => {
      secretariat(ctx);
      const options = categoryId === undefined ? { format } : { categoryId, format };
      return ballotTemplateFile(award(ctx), jurorId, options, translatorFor(ctx.language));
    },
    preview: (ctx, { jurorId, fileName, base64 }) => {
      secretariat(ctx);
      return previewBallotFile(award(ctx), jurorId, fileName, fromBase64(base64), translatorFor(ctx.language));
    },
    import: (ctx, { jurorId, fileName, base64 }) => {
      const actor = secretariat(ctx);
      const bytes = fromBase64(base64);
      return importBallotFile(award(ctx), jurorId, actor.jurorId, fileName, bytes, translatorFor(ctx.language));
    },
  },
  regions: {
    list: () => listProvinces(),
  },
  template: {
    export: (ctx) => exportTemplate(award(ctx)),
    create: async (ctx, { template, path }) => {
      const target = await chooseNewPath(ctx, parseTemplate(template, ctx.language).programme.name, path);
      return target ? opened(ctx, await ctx.workspace.createFromTemplate(target, template, ctx.language)) : null;
    },
  },
  indicator: indicatorHandlers,
  merge: mergeHandlers,
  document: documentHandlers,
  certificate: certificateHandlers,
};

export type { Handlers, HostContext };
