import type { Insertable, Selectable } from 'kysely';

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

export interface DB {
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
}

export type AwardRow = Selectable<AwardTable>;
export type CategoryRow = Selectable<CategoryTable>;
export type CriterionRow = Selectable<CriterionTable>;
export type NewCriterion = Insertable<CriterionTable>;
export type NomineeRow = Selectable<NomineeTable>;
export type JurorRow = Selectable<JurorTable>;
