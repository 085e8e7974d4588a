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

/** The browser host takes at most 5 MB per call; files go in as few calls as fit under that. */
const BATCH_CHARS = 4 * 1024 * 1024;

function batches<T extends { base64: string }>(files: T[]): T[][] {
  const out: T[][] = [];
  let size = 0;
  for (const file of files) {
    const last = out[out.length - 1];
    if (last && size + file.base64.length <= BATCH_CHARS) {
      last.push(file);
      size += file.base64.length;
    } else {
      out.push([file]);
      size = file.base64.length;
    }
  }
  return out;
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
      let report: MergeReport | null = null;
      for (const batch of batches(files)) {
        const next = await call(api().merge.merge({ files: batch, paths: [] }));
        report = report ? { ...next, sources: [...report.sources, ...next.sources] } : next;
      }
      if (report) mergeStore.setState({ report, conflicts: report.conflicts });
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
