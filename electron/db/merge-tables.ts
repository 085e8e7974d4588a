/** Typed tables of migration 0005 (committee files and merging); to be merged into schema.ts's `DB`. */
export interface DeviceTable {
  device_id: string;
  juror_id: string | null;
  /** Ed25519 public key, SPKI PEM. */
  public_key: string;
  /** 1 = registered by the secretariat when distributing; 0 = enrolled at its first merge. */
  pre_registered: 0 | 1;
  registered_at: string;
}
/** This file's own device key; the only row has id 1. Never exported. */
export interface DeviceKeyTable {
  id: 1;
  device_id: string;
  public_key: string;
  /** Ed25519 private key, PKCS#8 PEM. */
  private_key: string;
  created_at: string;
}
export interface MergeLogTable {
  id: number;
  merge_id: string;
  at: string;
  source_name: string;
  sha256: string;
  device_id: string;
  added: number;
  duplicates: number;
  /** JSON of the source's `MergeSourceReport`. */
  report: string;
  backup_path: string;
}

export interface MergeTables {
  device: DeviceTable;
  device_key: DeviceKeyTable;
  merge_log: MergeLogTable;
}
