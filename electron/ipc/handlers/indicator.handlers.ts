import { translatorFor } from '../../../shared/i18n/i18n';
import {
  importIndicatorFile,
  indicatorList,
  indicatorTemplateFile,
  previewIndicatorFile,
} from '../../services/indicators/indicator-file.service';
import { indicatorHistory, setIndicator, setIndicatorRule } from '../../services/indicators/indicator.service';
import { award, fromBase64, secretariat, signedIn } from '../guards';
import type { Handlers } from '../host-context';

/** The `indicator` namespace of the handler map (composed in ../handlers.ts). */
export const indicatorHandlers: Handlers['indicator'] = {
  list: (ctx, { categoryId }) => (signedIn(ctx), indicatorList(award(ctx), categoryId, translatorFor(ctx.language))),
  template: (ctx, { categoryId, format }) => {
    secretariat(ctx);
    return indicatorTemplateFile(award(ctx), categoryId, format, translatorFor(ctx.language));
  },
  preview: (ctx, { base64, ...input }) => {
    secretariat(ctx);
    return previewIndicatorFile(award(ctx), input, fromBase64(base64), translatorFor(ctx.language));
  },
  import: (ctx, { base64, ...input }) => {
    const { jurorId } = secretariat(ctx);
    return importIndicatorFile(award(ctx), jurorId, input, fromBase64(base64), translatorFor(ctx.language));
  },
  set: (ctx, input) => {
    const { jurorId } = secretariat(ctx);
    setIndicator(award(ctx), jurorId, input);
    return indicatorList(award(ctx), input.categoryId, translatorFor(ctx.language));
  },
  setRule: async (ctx, input) => {
    secretariat(ctx);
    const categoryId = await setIndicatorRule(award(ctx), input);
    return indicatorList(award(ctx), categoryId, translatorFor(ctx.language));
  },
  history: (ctx, { categoryId }) => (signedIn(ctx), indicatorHistory(award(ctx), categoryId)),
};
