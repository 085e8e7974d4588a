import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The family every Juri document is set in (Roboto, Apache 2.0: Latin with Indonesian diacritics). */
export const FONT_FAMILY = 'Roboto';

const FILES = {
  normal: 'Roboto-Regular.ttf',
  bold: 'Roboto-Medium.ttf',
  italics: 'Roboto-Italic.ttf',
  bolditalics: 'Roboto-MediumItalic.ttf',
} as const;

type Style = keyof typeof FILES;

/** Fonts read into memory once and handed to every document of a batch. */
export interface FontSet {
  /** pdfmake font descriptors: names inside `files`. */
  descriptors: Record<string, Record<Style, string>>;
  files: ReadonlyMap<string, Buffer>;
}

/**
 * Where the bundled fonts live: `JURI_RESOURCES` when the host sets it; Electron's resources folder
 * (electron-builder `extraResources`, or inside app.asar); the repository's resources/ seen from the
 * sources (tsx, tests, CLI) or from the bundle in out/main; else the working directory.
 */
export function fontsDir(): string {
  const electronResources = (process as { resourcesPath?: string }).resourcesPath;
  const candidates = [
    process.env.JURI_RESOURCES ? join(process.env.JURI_RESOURCES, 'fonts') : null,
    electronResources ? join(electronResources, 'fonts') : null,
    electronResources ? join(electronResources, 'app.asar', 'resources', 'fonts') : null,
    fileURLToPath(new URL('../../../resources/fonts', import.meta.url)),
    fileURLToPath(new URL('../../resources/fonts', import.meta.url)),
    join(process.cwd(), 'resources/fonts'),
  ].filter((dir): dir is string => dir !== null);
  const found = candidates.find((dir) => existsSync(join(dir, FILES.normal)));
  if (!found) throw new Error(`fonts not found (looked in ${candidates.join(', ')})`);
  return found;
}

let cached: FontSet | undefined;

/** Loads the TTF files once per process (a batch reuses them for every document). */
export function loadFonts(dir = fontsDir()): FontSet {
  if (cached) return cached;
  const files = new Map<string, Buffer>();
  const descriptor = {} as Record<Style, string>;
  for (const [style, file] of Object.entries(FILES) as [Style, string][]) {
    files.set(file, readFileSync(join(dir, file)));
    descriptor[style] = file;
  }
  cached = { descriptors: { [FONT_FAMILY]: descriptor }, files };
  return cached;
}
