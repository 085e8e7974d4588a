import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit, add a new numbered migration instead.
export async function up(db: Kysely<any>): Promise<void> {
  const statements = [
    sql`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT`,
    sql`CREATE TABLE award (
      id TEXT PRIMARY KEY,
      name TEXT NOT NULL,
      organiser TEXT NOT NULL,
      place TEXT NOT NULL DEFAULT '',
      start_date TEXT,
      end_date TEXT,
      decision_date TEXT,
      decision_place TEXT NOT NULL DEFAULT '',
      created_at TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE signatory (
      id TEXT PRIMARY KEY,
      position_no INTEGER NOT NULL,
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      position TEXT NOT NULL
    ) STRICT`,
    sql`CREATE TABLE category (
      id TEXT PRIMARY KEY,
      position_no INTEGER NOT NULL,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT ''
    ) STRICT`,
    sql`CREATE TABLE criterion (
      id TEXT PRIMARY KEY,
      category_id TEXT NOT NULL REFERENCES category(id) ON DELETE CASCADE,
      position_no INTEGER NOT NULL,
      name TEXT NOT NULL,
      description TEXT NOT NULL DEFAULT '',
      weight REAL NOT NULL CHECK (weight > 0),
      kind TEXT NOT NULL CHECK (kind IN ('judged', 'indicator')),
      scale_min REAL NOT NULL,
      scale_max REAL NOT NULL,
      scale_step REAL NOT NULL CHECK (scale_step > 0),
      unit TEXT NOT NULL DEFAULT '',
      direction TEXT NOT NULL DEFAULT 'higher' CHECK (direction IN ('higher', 'lower')),
      CHECK (scale_max > scale_min)
    ) STRICT`,
    sql`CREATE INDEX criterion_category ON criterion(category_id, position_no)`,
    sql`CREATE TABLE rubric_level (
      criterion_id TEXT NOT NULL REFERENCES criterion(id) ON DELETE CASCADE,
      position_no INTEGER NOT NULL,
      label TEXT NOT NULL,
      min REAL NOT NULL,
      max REAL NOT NULL,
      descriptor TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (criterion_id, position_no)
    ) STRICT`,
    sql`CREATE TABLE nominee (
      id TEXT PRIMARY KEY,
      kind TEXT NOT NULL CHECK (kind IN ('province', 'regency', 'city', 'custom')),
      name TEXT NOT NULL,
      region_code TEXT UNIQUE,
      description TEXT NOT NULL DEFAULT '',
      position_no INTEGER NOT NULL,
      CHECK ((kind = 'custom') = (region_code IS NULL))
    ) STRICT`,
    sql`CREATE TABLE category_nominee (
      category_id TEXT NOT NULL REFERENCES category(id) ON DELETE CASCADE,
      nominee_id TEXT NOT NULL REFERENCES nominee(id) ON DELETE CASCADE,
      PRIMARY KEY (category_id, nominee_id)
    ) STRICT`,
    sql`CREATE TABLE juror (
      id TEXT PRIMARY KEY,
      position_no INTEGER NOT NULL,
      name TEXT NOT NULL,
      title TEXT NOT NULL DEFAULT '',
      role TEXT NOT NULL CHECK (role IN ('ketua', 'sekretaris', 'anggota')),
      pin_hash TEXT
    ) STRICT`,
    sql`CREATE TABLE conflict (
      juror_id TEXT NOT NULL REFERENCES juror(id) ON DELETE CASCADE,
      nominee_id TEXT NOT NULL REFERENCES nominee(id) ON DELETE CASCADE,
      reason TEXT NOT NULL DEFAULT '',
      PRIMARY KEY (juror_id, nominee_id)
    ) STRICT`,
  ];
  for (const statement of statements) await statement.execute(db);
}
