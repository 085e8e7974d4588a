import { create } from 'zustand';
import type {
  Conflict,
  DistributedFile,
  MergeReport,
  MergeSourceReport,
  ResolveInput,
} from '../../../shared/merge/merge.schema';
import { api, call, CallError } from '../../platform/api';

interface MergeState {
  busy: 'merging' | 'undoing' | 'distributing' | 'loading' | null;
  error: string | null;
  /** The report of the merge just run on this screen. */
  report: MergeReport | null;
  history: MergeSourceReport[];
  canUndo: boolean;
  conflicts: Conflict[];
  distributed: DistributedFile[];
}

const initial: MergeState = {
  busy: null,
  error: null,
  report: null,
  history: [],
  canUndo: false,
  conflicts: [],
  distributed: [],
};

export const mergeStore = create<MergeState>(() => initial);

const messageOf = (error: unknown) => (error instanceof CallError ? error.message : String(error));

async function run(busy: NonNullable<MergeState['busy']>, work: () => Promise<void>): Promise<boolean> {
  mergeStore.setState({ busy, error: null });
  try {
    await work();
    return true;
  } catch (error) {
    mergeStore.setState({ error: messageOf(error) });
    return false;
  } finally {
    mergeStore.setState({ busy: null });
  }
}

async function refresh(): Promise<void> {
  const [report, conflicts] = await Promise.all([call(api().merge.report()), call(api().merge.conflicts())]);
  mergeStore.setState({ history: report.sources, canUndo: report.lastMerge !== null, conflicts });
}

/** What the merge screen does; every action is one contract call, then a reload of the report. */
export const mergeActions = {
  reset: () => mergeStore.setState(initial),
  load: () => run('loading', refresh),
  distribute: () =>
    run('distributing', async () => {
      const distributed = await call(api().merge.distribute({}));
      mergeStore.setState({ distributed });
      await refresh();
    }),
  merge: (files: { fileName: string; base64: string }[]) =>
    run('merging', async () => {
      const report = await call(api().merge.merge({ files, paths: [] }));
      mergeStore.setState({ report, conflicts: report.conflicts });
      await refresh();
    }),
  undo: () =>
    run('undoing', async () => {
      await call(api().merge.undo());
      mergeStore.setState({ report: null });
      await refresh();
    }),
  /** Throws the CallError so the dialog can show it beside the field. */
  resolve: async (input: ResolveInput) => {
    await call(api().merge.resolve(input));
    await refresh();
  },
};

export const useMerge = () => mergeStore();
