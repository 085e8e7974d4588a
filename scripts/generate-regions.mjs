// Regenerates resources/regions/regions.json from the idn-area-data package (ODbL data).
// Run with `npm run regions` after upgrading idn-area-data; the JSON is committed so the
// app and the CLI need no network and no Node 22 package at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const pkgPath = require.resolve('idn-area-data/package.json');
const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
const dataDir = join(dirname(pkgPath), 'data');

function readCsv(name) {
  const [header, ...lines] = readFileSync(join(dataDir, name), 'utf8').trim().split(/\r?\n/);
  const cols = header.split(',');
  return lines.map((line) => {
    const cells = line.split(',');
    return Object.fromEntries(cols.map((c, i) => [c, cells[i].trim()]));
  });
}

const titleCase = (s) => s.toLowerCase().replace(/(^|[\s(-])([a-z])/g, (_, p, c) => p + c.toUpperCase());

const provinces = readCsv('provinces.csv').map((p) => ({
  code: p.code,
  name: titleCase(p.name)
    .replace(/\bDki\b/, 'DKI')
    .replace(/\bDi\b/, 'DI'),
  regencies: readCsv('regencies.csv')
    .filter((r) => r.province_code === p.code)
    .map((r) => ({ code: r.code, name: r.name })),
}));

const out = {
  source: {
    package: 'idn-area-data',
    version: pkg.version,
    url: 'https://github.com/fityannugroho/idn-area-data',
    license: 'ODbL-1.0 (data), MIT (package)',
    description: pkg.description,
  },
  provinces,
};
const target = new URL('../resources/regions/regions.json', import.meta.url);
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
console.log(`${provinces.length} provinces, ${provinces.reduce((n, p) => n + p.regencies.length, 0)} kab/kota`);
