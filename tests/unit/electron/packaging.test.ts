import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

// js-yaml and ajv come with electron-builder; its own JSON schema checks the config it will load.
const require = createRequire(import.meta.url);
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const Ajv = require('ajv') as new (options: object) => {
  compile: (schema: unknown) => ((data: unknown) => boolean) & { errors?: unknown };
};

const root = new URL('../../../', import.meta.url);
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  asarUnpack: string[];
  electronFuses: unknown;
  fileAssociations: unknown;
  nsis: unknown;
  linux: { target: unknown; category: unknown };
}
const config = yaml.load(readFileSync(new URL('electron-builder.yml', root), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { main: string; productName: string };

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s own schema', () => {
    const schema: unknown = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('flips the Electron fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('associates .juri, installs per machine on Windows and ships deb and AppImage', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'juri', role: 'Editor', mimeType: 'application/x-juri' }),
    ]);
    expect(config.nsis).toMatchObject({ perMachine: true, oneClick: false });
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.linux.category).toBe('Education');
  });

  it('packs the built app, whose main is package.json main, and unpacks the native sqlite module', () => {
    expect(config.files).toContain('out/**');
    expect(pkg.main).toBe('out/main/main.js');
    expect(config.productName).toBe(pkg.productName);
    expect(config.asarUnpack).toContain('**/node_modules/better-sqlite3/**/*.node');
  });

  it('uses the same app id as main.ts', () => {
    const main = readFileSync(new URL('electron/main.ts', root), 'utf8');
    expect(main).toContain(`app.setAppUserModelId('${config.appId}')`);
  });
});
