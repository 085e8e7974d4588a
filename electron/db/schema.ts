import type { Generated, Insertable, Selectable } from 'kysely';
import type { MergeTables } from './merge-tables';

/** Typed tables of the award file. Keep in step with the migrations. */
export interface MetaTable {
  key: string;
  value: string;
}
export interface AwardTable {
  id: string;
  name: string;
  organiser: string;
  place: string;
  start_date: string | null;
  end_date: string | null;
  decision_date: string | null;
  decision_place: string;
  created_at: string;
}
export interface SignatoryTable {
  id: string;
  position_no: number;
  name: string;
  title: string;
  position: string;
}
export interface CategoryTable {
  id: string;
  position_no: number;
  name: string;
  description: string;
  /** JSON, see CategoryScoringSchema (`{}` = the defaults). */
  scoring: Generated<string>;
}
export interface CriterionTable {
  id: string;
  category_id: string;
  position_no: number;
  name: string;
  description: string;
  weight: number;
  kind: 'judged' | 'indicator';
  scale_min: number;
  scale_max: number;
  scale_step: number;
  unit: string;
  direction: 'higher' | 'lower';
  /** Indicator only: JSON IndicatorRule; null = min–max. */
  rule: string | null;
}
export interface RubricLevelTable {
  criterion_id: string;
  position_no: number;
  label: string;
  min: number;
  max: number;
  descriptor: string;
}
export interface NomineeTable {
  id: string;
  kind: 'province' | 'regency' | 'city' | 'custom';
  name: string;
  region_code: string | null;
  description: string;
  position_no: number;
}
export interface CategoryNomineeTable {
  category_id: string;
  nominee_id: string;
}
export interface JurorTable {
  id: string;
  position_no: number;
  name: string;
  title: string;
  role: 'ketua' | 'sekretaris' | 'anggota';
  pin_hash: string | null;
}
export interface ConflictTable {
  juror_id: string;
  nominee_id: string;
  reason: string;
}

/** One entry of the append-only, per-device hash-chained history (migration 0002). */
export interface EventTable {
  device_id: string;
  seq: number;
  /** Hybrid logical clock, `<15-digit ms>-<6-digit counter>`; with the device id it orders all events. */
  hlc: string;
  at: string;
  type: string;
  actor_id: string | null;
  juror_id: string | null;
  category_id: string | null;
  nominee_id: string | null;
  criterion_id: string | null;
  value: number | null;
  old_value: number | null;
  text: string | null;
  source: string;
  prev_hash: string;
  hash: string;
}
/** Current scores: last writer wins per field, by `clock` = `<hlc>@<device id>`. */
export interface ScoreTable {
  juror_id: string;
  category_id: string;
  nominee_id: string;
  criterion_id: string;
  value: number | null;
  value_clock: string;
  comment: string;
  comment_clock: string;
}
export interface NoteTable {
  juror_id: string;
  category_id: string;
  nominee_id: string;
  text: string;
  clock: string;
}
export interface SheetTable {
  juror_id: string;
  category_id: string;
  status: 'open' | 'submitted';
  clock: string;
}
export interface PinGuardTable {
  juror_id: string;
  failures: number;
  locked_until: string | null;
}

export interface DB extends MergeTables {
  meta: MetaTable;
  award: AwardTable;
  signatory: SignatoryTable;
  category: CategoryTable;
  criterion: CriterionTable;
  rubric_level: RubricLevelTable;
  nominee: NomineeTable;
  category_nominee: CategoryNomineeTable;
  juror: JurorTable;
  conflict: ConflictTable;
  event: EventTable;
  score: ScoreTable;
  note: NoteTable;
  sheet: SheetTable;
  pin_guard: PinGuardTable;
  indicator_value: IndicatorValueTable;
  juror_signature: JurorSignatureTable;
  committee_key: CommitteeKeyTable;
  seal: SealTable;
}

/** Projection of 'indicator' events: the current measured value of one indicator for one nominee. */
export interface IndicatorValueTable {
  nominee_id: string;
  criterion_id: string;
  value: number | null;
  /** Where it came from: `import:<file>#<sheet>!<row>` or `manual`. */
  source: string;
  at: string;
  clock: string;
}

export type AwardRow = Selectable<AwardTable>;
export type CategoryRow = Selectable<CategoryTable>;
export type CriterionRow = Selectable<CriterionTable>;
export type NewCriterion = Insertable<CriterionTable>;
export type NomineeRow = Selectable<NomineeTable>;
export type JurorRow = Selectable<JurorTable>;
export type EventRow = Selectable<EventTable>;

/** A juror's handwritten signature, drawn on the signature pad (PNG data URL). */
export interface JurorSignatureTable {
  juror_id: string;
  image: string;
  at: string;
}
/** The award's committee certificate (PEM) and its private key, encrypted under the ketua's passphrase. */
export interface CommitteeKeyTable {
  id: number;
  certificate: string;
  private_key: string;
  created_at: string;
}
/** Projection of 'finalise' events: whether a category's results are sealed, and what was sealed. */
export interface SealTable {
  category_id: string;
  sealed: 0 | 1;
  fingerprint: string | null;
  /** The canonical results JSON the fingerprint is taken over. */
  results: string | null;
  clock: string;
}
