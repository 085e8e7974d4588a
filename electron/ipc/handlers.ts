import type { Namespace, OpName, OpOutput, OpParsed } from '../../shared/ipc/contract';
import { UserError } from '../../shared/user-error';
import type { Language } from '../../shared/i18n/i18n';
import { exportTemplate, parseTemplate } from '../services/template.service';
import { listProvinces, loadRegions } from '../services/regions.service';
import { readSetup, setupService as s } from '../services/setup.service';
import type { Workspace } from '../services/workspace';

/** What a host gives the handlers: its workspace and the few things only it can do. */
export interface HostContext {
  kind: 'electron' | 'web';
  /** The user's language for messages from main; changed by `app.setLanguage`. */
  language: Language;
  /** Tells the host the language changed (to rebuild menus). */
  onLanguageChanged?: (language: Language) => void;
  version: string;
  workspace: Workspace;
  /** Shows a native save dialog; null when cancelled or when the host has none. */
  chooseSavePath?: (suggested: string) => Promise<string | null>;
  /** Shows a native open dialog; null when cancelled or when the host has none. */
  chooseOpenPath?: () => Promise<string | null>;
  /** Tells the host an award was opened (recent documents, window title). */
  onAwardOpened?: (path: string, name: string) => void;
  /** Tells the host the award was closed (window title back to the app's name). */
  onAwardClosed?: () => void;
}

export type Handlers = {
  [N in Namespace]: {
    [O in OpName<N>]: (ctx: HostContext, input: OpParsed<N, O>) => Promise<OpOutput<N, O>> | OpOutput<N, O>;
  };
};

const award = (ctx: HostContext) => ctx.workspace.requireAward();

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
    updateProgramme: (ctx, p) => s.updateProgramme(award(ctx), p),
  },
  signatory: {
    save: (ctx, input) => s.saveSignatory(award(ctx), input),
    remove: (ctx, { id }) => s.removeSignatory(award(ctx), id),
    move: (ctx, { id, offset }) => s.moveSignatory(award(ctx), id, offset),
  },
  category: {
    save: (ctx, input) => s.saveCategory(award(ctx), input),
    remove: (ctx, { id }) => s.removeCategory(award(ctx), id),
    move: (ctx, { id, offset }) => s.moveCategory(award(ctx), id, offset),
    setNominees: (ctx, { categoryId, nomineeIds }) => s.setCategoryNominees(award(ctx), categoryId, nomineeIds),
  },
  criterion: {
    save: (ctx, input) => s.saveCriterion(award(ctx), input),
    remove: (ctx, { id }) => s.removeCriterion(award(ctx), id),
    move: (ctx, { id, offset }) => s.moveCriterion(award(ctx), id, offset),
  },
  nominee: {
    addRegions: (ctx, { provinceCode, includeProvince, regencyCodes }) =>
      s.addRegionNominees(award(ctx), provinceCode, includeProvince, regencyCodes),
    saveCustom: (ctx, input) => s.saveCustomNominee(award(ctx), input),
    remove: (ctx, { id }) => s.removeNominee(award(ctx), id),
  },
  juror: {
    save: (ctx, input) => s.saveJuror(award(ctx), input),
    remove: (ctx, { id }) => s.removeJuror(award(ctx), id),
    move: (ctx, { id, offset }) => s.moveJuror(award(ctx), id, offset),
    setConflicts: (ctx, { jurorId, conflicts }) => s.setConflicts(award(ctx), jurorId, conflicts),
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
};
