import { buildApi } from '../../shared/ipc/api';
import type { Envelope } from '../../shared/ipc/envelope';

const TOKEN_KEY = 'juri.token';

/** Reads the session token from `#token=…` once, keeps it for the tab, and clears it from the address bar. */
function takeToken(): string {
  const match = /[#&]token=([A-Za-z0-9_-]+)/.exec(window.location.hash);
  if (match?.[1]) {
    sessionStorage.setItem(TOKEN_KEY, match[1]);
    history.replaceState(null, '', window.location.pathname + window.location.search);
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
}

/** In browser mode there is no preload: build the same `window.api` over fetch to the local host. */
export function installWebApi(): void {
  if ('api' in window && window.api) return;
  const token = takeToken();
  window.api = buildApi(async (channel, input) => {
    const [ns, op] = channel.split(':');
    const response = await fetch(`/api/${ns}/${op}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(input ?? null),
    });
    if (response.status === 401 || response.status === 403) {
      return { ok: false, error: { code: 'forbidden', message: await response.text() } } satisfies Envelope<never>;
    }
    return (await response.json()) as Envelope<unknown>;
  });
}
