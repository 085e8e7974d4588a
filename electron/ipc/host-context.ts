import type { Namespace, OpName, OpOutput, OpParsed } from '../../shared/ipc/contract';
import type { Language } from '../../shared/i18n/i18n';
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
