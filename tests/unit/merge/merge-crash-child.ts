import { openAwardDb } from '../../../electron/db/open-award-db';
import { mergeFiles } from '../../../electron/services/merge/merge.service';
import { translatorFor } from '../../../shared/i18n/i18n';

// The child of merge-crash.test.ts: `node merge-crash-child.mjs TARGET BACKUPDIR SOURCE…`.
// Prints `ready` once the target is open, then merges, then prints `done <added>`.
const [target, backupDir, ...sources] = process.argv.slice(2);
if (!target || !backupDir || sources.length === 0) {
  process.stderr.write('usage: merge-crash-child TARGET BACKUPDIR SOURCE…\n');
  process.exit(2);
}
const award = await openAwardDb(target, { create: false });
process.stdout.write('ready\n');
const report = await mergeFiles(
  award,
  sources.map((path) => ({ fileName: path, path })),
  { i18n: translatorFor('en'), backupDir, onStage: (stage) => process.stdout.write(`${stage}\n`) },
);
await award.close();
process.stdout.write(`done ${report.sources.reduce((n, s) => n + s.added, 0)}\n`);
