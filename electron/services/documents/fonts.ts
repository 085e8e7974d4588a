import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { shareFontkitWork } from './font-sharing';

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

const require = createRequire(import.meta.url);

/** pdfmake's own copy of Roboto, the last resort when the bundled resources are missing. */
function pdfmakeFontsDir(): string | null {
  try {
    return dirname(require.resolve('pdfmake/fonts/Roboto/Roboto-Regular.ttf'));
  } catch {
    return null;
  }
}

/**
 * Where the bundled fonts live: `JURI_RESOURCES` when the host sets it; Electron's resources folder
 * (electron-builder `extraResources`, or inside app.asar); the repository's resources/ seen from the
 * sources (tsx, tests, CLI) or from the bundle in out/main; else the working directory; else
 * pdfmake's own Roboto.
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
    pdfmakeFontsDir(),
  ].filter((dir): dir is string => dir !== null);
  const found = candidates.find((dir) => existsSync(join(dir, FILES.normal)));
  if (!found) throw new Error(`fonts not found (looked in ${candidates.join(', ')})`);
  return found;
}

let cached: FontSet | undefined;

/**
 * The TTF files, read once per thread (a module instance lives per worker thread) and handed to
 * every document. Keeping the very same Buffers lets the work pdfkit and fontkit do on a font
 * (decoded tables, shaped words, glyph data for subsets) be shared by every later document.
 */
export function loadFonts(dir?: string): FontSet {
  if (cached) return cached;
  const from = dir ?? fontsDir();
  const files = new Map<string, Buffer>();
  const descriptor = {} as Record<Style, string>;
  for (const [style, file] of Object.entries(FILES) as [Style, string][]) {
    files.set(file, readFileSync(join(from, file)));
    descriptor[style] = file;
  }
  shareFontkitWork(files.get(FILES.normal)!);
  cached = { descriptors: { [FONT_FAMILY]: descriptor }, files };
  return cached;
}
