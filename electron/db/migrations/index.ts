import type { Migration } from 'kysely';
import * as m0001 from './0001_initial';
import * as m0002 from './0002_scoring';
import * as m0003 from './0003_results';
import * as m0004 from './0004_event_guard';
import * as m0005 from './0005_devices';
import * as m0006 from './0006_documents';
import * as m0007 from './0007_event_storage';

/** The static registry of migrations, in order. The schema version is the count of entries. */
export const migrations: Record<string, Migration> = {
  '0001_initial': m0001,
  '0002_scoring': m0002,
  '0003_results': m0003,
  '0004_event_guard': m0004,
  '0005_devices': m0005,
  '0006_documents': m0006,
  '0007_event_storage': m0007,
};

export const SCHEMA_VERSION = Object.keys(migrations).length;
