import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { AwardSetup } from '../../shared/award/award.schema';
import type { RecentFile } from '../../shared/ipc/contract';
import type { Session } from '../../shared/judging/judging.schema';
import { UserError } from '../../shared/user-error';
import type { Language } from '../../shared/i18n/i18n';
import type { AwardDb } from '../db/open-award-db';
import { createAwardFile, emptyProgramme, openAwardFile } from './award-file.service';
import { createDemoAward } from './demo.service';
import { createFromTemplate } from './template.service';
import { readSetup } from './setup.service';

const MAX_RECENT = 10;

/**
 * The award file a host has open, and its list of recent files. One per host process:
 * the Electron main process and the web host each own one; the CLI opens files directly.
 */
export class Workspace {
  private award: AwardDb | null = null;
  /** The juror signed in on this host for the open award; cleared whenever the award changes. */
  session: Session | null = null;
  readonly dataDir: string;

  constructor(dataDir: string) {
    this.dataDir = dataDir;
    mkdirSync(dataDir, { recursive: true });
  }

  get current(): AwardDb | null {
    return this.award;
  }

  /** The open award, or a user error saying none is open. */
  requireAward(): AwardDb {
    if (!this.award) throw new UserError('no_award_open', 'errors.noAwardOpen');
    return this.award;
  }

  async open(path: string): Promise<AwardSetup> {
    const { award, setup } = await openAwardFile(path);
    await this.swap(award, setup);
    return setup;
  }

  async create(path: string, name: string): Promise<AwardSetup> {
    return this.adopt(await createAwardFile(path, emptyProgramme(name)));
  }

  async createFromTemplate(path: string, template: unknown, language?: Language): Promise<AwardSetup> {
    return this.adopt(await createFromTemplate(path, template, language));
  }

  /** Opens the demo award in the data folder, creating it the first time. */
  async openDemo(): Promise<AwardSetup> {
    const path = join(this.dataDir, 'demo-apresiasi-2024.juri');
    return existsSync(path) ? this.open(path) : this.adopt(await createDemoAward(path));
  }

  async close(): Promise<void> {
    const award = this.award;
    this.award = null;
    this.session = null;
    await award?.close();
  }

  /** A path in the data folder for a new award, not yet taken. */
  suggestPath(name: string): string {
    const slug =
      name
        .toLowerCase()
        .normalize('NFKD')
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-|-$/g, '') || 'penghargaan';
    let path = join(this.dataDir, `${slug}.juri`);
    for (let i = 2; existsSync(path); i += 1) path = join(this.dataDir, `${slug}-${i}.juri`);
    return path;
  }

  recent(): RecentFile[] {
    return this.readRecent().map((r) => ({ ...r, exists: existsSync(r.path) }));
  }

  forgetRecent(path: string): RecentFile[] {
    this.writeRecent(this.readRecent().filter((r) => r.path !== path));
    return this.recent();
  }

  private async adopt(award: AwardDb): Promise<AwardSetup> {
    const setup = await readSetup(award);
    await this.swap(award, setup);
    return setup;
  }

  private async swap(award: AwardDb, setup: AwardSetup): Promise<void> {
    await this.close();
    this.award = award;
    const entry = {
      path: award.path,
      name: setup.award.programme.name || basename(award.path),
      openedAt: new Date().toISOString(),
    };
    this.writeRecent([entry, ...this.readRecent().filter((r) => r.path !== award.path)].slice(0, MAX_RECENT));
  }

  private get recentPath(): string {
    return join(this.dataDir, 'recent.json');
  }

  private readRecent(): Omit<RecentFile, 'exists'>[] {
    try {
      const list: unknown = JSON.parse(readFileSync(this.recentPath, 'utf8'));
      return Array.isArray(list) ? (list as Omit<RecentFile, 'exists'>[]) : [];
    } catch {
      return [];
    }
  }

  private writeRecent(list: Omit<RecentFile, 'exists'>[]): void {
    writeFileSync(this.recentPath, JSON.stringify(list, null, 2));
  }
}
