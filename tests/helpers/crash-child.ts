import { openAwardDb } from '../../electron/db/open-award-db';
import { scoringFor } from '../../electron/services/scoring/scoring.service';
import { checkPin } from '../../electron/services/scoring/session.service';

// The child of tests/unit/services/scoring-crash.test.ts, run as
//   node --import tsx tests/helpers/crash-child.ts FILE JUROR PIN SEED
// It opens an award file, signs the juror in with the service the IPC gate calls, then saves
// scores until it is killed. Before each save it prints `try <cell> <value>`; only after the save
// has returned does it print `ack <cell> <value>` (stdout to a pipe is written synchronously on
// Linux, so a printed ack is never ahead of the save). A cell is
// `<juror>/<category>/<nominee>/<criterion>`.

const [path, jurorId, pin, seedText] = process.argv.slice(2);
if (!path || !jurorId || !pin) {
  process.stderr.write('usage: crash-child FILE JUROR PIN [SEED]\n');
  process.exit(2);
}

// A small deterministic generator, so a failing run can be repeated from the seed the parent prints.
let seed = Number(seedText ?? 1) >>> 0 || 1;
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

const award = await openAwardDb(path, { create: false });
const session = await checkPin(award, jurorId, pin);
const scoring = scoringFor(award);

interface Target {
  categoryId: string;
  nomineeId: string;
  criterionId: string;
  min: number;
  max: number;
  step: number;
  value: number | null;
}
const targets: Target[] = [];
for (const category of scoring.overview(session.jurorId).categories) {
  if (category.status !== 'open') continue;
  const sheet = scoring.sheet(session.jurorId, category.id);
  for (const nominee of sheet.nominees.filter((n) => !n.conflict)) {
    for (const k of sheet.criteria.filter((c) => c.kind === 'judged')) {
      const cell = sheet.cells.find((c) => c.nomineeId === nominee.id && c.criterionId === k.id);
      targets.push({
        categoryId: category.id,
        nomineeId: nominee.id,
        criterionId: k.id,
        ...k.scale,
        value: cell?.value ?? null,
      });
    }
  }
}
if (targets.length === 0) throw new Error('no open cell to score');
process.stdout.write(`ready ${process.pid} ${targets.length}\n`);

// A child the parent failed to kill (it died first) must not save forever.
const deadline = Date.now() + 30_000;
while (Date.now() < deadline) {
  const target = pick(targets);
  const steps = Math.round((target.max - target.min) / target.step);
  // Always a different value than the cell holds, so every save is a change and leaves an event.
  let value: number | null;
  do {
    value = random() < 0.05 ? null : target.min + Math.floor(random() * (steps + 1)) * target.step;
  } while (value === target.value);
  const cell = `${session.jurorId}/${target.categoryId}/${target.nomineeId}/${target.criterionId}`;
  process.stdout.write(`try ${cell} ${value}\n`);
  const saved = scoring.saveScore(session.jurorId, {
    categoryId: target.categoryId,
    nomineeId: target.nomineeId,
    criterionId: target.criterionId,
    value,
  });
  if (saved.cell.value !== value) throw new Error(`saved ${saved.cell.value}, expected ${value}`);
  target.value = value;
  process.stdout.write(`ack ${cell} ${value}\n`);
}
