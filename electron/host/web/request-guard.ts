import { createHash, timingSafeEqual } from 'node:crypto';

/** Why a request was refused, or null when it may pass. Messages are plain text, never an envelope. */
export type GuardVerdict = { status: 401 | 403; message: string } | null;

export const REFUSED = {
  host: 'Ditolak: alamat host tidak dikenal. / Refused: unknown Host.',
  origin: 'Ditolak: permintaan bukan dari halaman Juri. / Refused: request not from the Juri page.',
  token: 'Sesi tidak sah. Buka lagi alamat yang dicetak oleh "npm run serve". / Invalid session token.',
} as const;

/** The `host:port` values a request may name: only the loopback names of this host's own port. */
export function allowedHosts(origins: readonly string[]): Set<string> {
  return new Set(origins.map((o) => new URL(o).host));
}

/** Compares two secrets in time independent of where they differ (hashing first equalises length). */
export function sameSecret(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}

/** DNS-rebinding defence: a page on evil.example resolving to 127.0.0.1 still sends `Host: evil.example`. */
export function checkHost(host: string | undefined, origins: readonly string[]): GuardVerdict {
  return host && allowedHosts(origins).has(host.toLowerCase()) ? null : { status: 403, message: REFUSED.host };
}

/** For /api: the page's Origin must be this host, and the bearer token must match. */
export function checkApiCaller(
  headers: { origin: string | undefined; authorization: string | undefined },
  origins: readonly string[],
  token: string,
): GuardVerdict {
  if (!headers.origin || !origins.includes(headers.origin)) return { status: 403, message: REFUSED.origin };
  const match = /^Bearer ([A-Za-z0-9_-]+)$/.exec(headers.authorization ?? '');
  if (!match?.[1] || !sameSecret(match[1], token)) return { status: 401, message: REFUSED.token };
  return null;
}

/** The origins a browser uses for a host bound to 127.0.0.1 on `port`. */
export function loopbackOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}
