import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createAdaptorServer } from '@hono/node-server';
import { translatorFor } from '../../../shared/i18n/i18n';
import { UserError } from '../../../shared/user-error';
import { toAppError } from '../../ipc/gate';
import type { HostContext } from '../../ipc/handlers';
import { Workspace } from '../../services/workspace';
import { defaultDataDir } from '../data-dir';
import { loopbackOrigins } from './request-guard';
import { createWebApp } from './web-app';

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** Where `npm run build:renderer` puts the renderer. */
export const DEFAULT_STATIC_DIR = resolve(REPO_ROOT, 'out/renderer');

export interface WebHostOptions {
  /** 0 picks a free port. The host always binds 127.0.0.1 only. */
  port?: number;
  dataDir?: string;
  staticDir?: string;
  /** Open the demo award at start. */
  demo?: boolean;
  /** Open this .juri file at start. */
  open?: string;
  log?: (error: unknown, channel: string) => void;
}

export interface WebHost {
  /** Full address for the browser, with the token in the fragment (never sent to the server). */
  url: string;
  origin: string;
  port: number;
  token: string;
  dataDir: string;
  server: Server;
  ctx: HostContext;
  /** Stops listening and closes the award (checkpointing its WAL). */
  close(): Promise<void>;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

/** Starts the browser-mode host on 127.0.0.1 with a fresh random token. */
export async function startWebHost(options: WebHostOptions = {}): Promise<WebHost> {
  const dataDir = resolve(options.dataDir ?? defaultDataDir());
  const ctx: HostContext = {
    kind: 'web',
    version: packageVersion(),
    language: 'id',
    workspace: new Workspace(dataDir),
  };
  try {
    if (options.open) await ctx.workspace.open(resolve(options.open));
    else if (options.demo) await ctx.workspace.openDemo();
  } catch (error) {
    await ctx.workspace.close();
    throw error;
  }

  const token = randomBytes(32).toString('base64url');
  let origins: string[] = [];
  const app = createWebApp({
    ctx,
    token,
    staticDir: options.staticDir ?? DEFAULT_STATIC_DIR,
    allowedOrigins: () => origins,
    log: options.log ?? ((error, channel) => console.error(`[${channel}]`, error)),
  });
  const server = createAdaptorServer({ fetch: app.fetch }) as Server;
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', fail);
      done();
    });
  });
  const port = (server.address() as AddressInfo).port;
  origins = loopbackOrigins(port);
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      await ctx.workspace.close();
    })());

  return { url: `${origin}/#token=${token}`, origin, port, token, dataDir, server, ctx, close };
}

const USAGE =
  'Pakai / usage: npm run serve -- [--port N] [--data-dir DIR] [--demo | --open FILE.juri] [--open-browser] [--json]';

function openBrowser(url: string): void {
  const [cmd, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]];
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
  child.on('error', () =>
    console.error('Tidak dapat membuka peramban; salin alamat di atas. / Could not open a browser.'),
  );
  child.unref();
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      demo: { type: 'boolean', default: false },
      open: { type: 'string' },
      json: { type: 'boolean', default: false },
      'open-browser': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port harus 0–65535 / must be 0–65535: ${values.port}`);

  const staticDir = DEFAULT_STATIC_DIR;
  if (!existsSync(resolve(staticDir, 'index.html'))) {
    console.error(
      'Tampilan belum dibangun: jalankan `npm run build:renderer`. / Renderer not built: run `npm run build:renderer`.',
    );
  }
  const host = await startWebHost({
    port,
    staticDir,
    demo: values.demo,
    ...(values['data-dir'] ? { dataDir: values['data-dir'] } : {}),
    ...(values.open ? { open: values.open } : {}),
  });

  if (values.json) {
    process.stdout.write(
      `${JSON.stringify({ url: host.url, port: host.port, token: host.token, dataDir: host.dataDir })}\n`,
    );
  } else {
    console.log(`Juri — mode peramban: ${host.url}`);
    console.log(`Folder data: ${host.dataDir}`);
    console.log('Tekan Ctrl+C untuk berhenti.');
  }
  if (values['open-browser']) openBrowser(host.url);

  const stop = (signal: NodeJS.Signals) => {
    host.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(`Gagal menutup (${signal}):`, error);
        process.exit(1);
      },
    );
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    if (error instanceof UserError) console.error(toAppError(error, translatorFor('id')).message);
    else console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exit(1);
  });
}
