// How a kiosk, display or counter page is paired. Normally by an HttpOnly cookie the server sets
// at /pair (a one-time code) or when it consumes an old /display/?key=… link: the page never sees
// the key, and neither the history nor localStorage keeps it. deviceKey() is only non-null for a
// ?key= the server did not consume (the dev server) or a key kept by an older version.
const STORAGE_KEY = 'luot.deviceKey';
const PAIRED_COOKIE = 'luot_paired';
const KEY = /^ldk_[A-Za-z0-9_.-]+$/;

/** The browser holds a device pairing cookie (the key itself is out of the page's reach). */
export function isPaired(): boolean {
  return document.cookie.split(';').some((c) => c.trim() === `${PAIRED_COOKIE}=1`);
}

export function deviceKey(): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('key');
  if (fromUrl && KEY.test(fromUrl)) {
    url.searchParams.delete('key');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  let legacy: string | null = null;
  try {
    legacy = localStorage.getItem(STORAGE_KEY);
    if (legacy) localStorage.removeItem(STORAGE_KEY);
  } catch {
    // storage may be disabled
  }
  if (legacy && KEY.test(legacy) && !isPaired()) {
    // Hand the old key to the server once: it answers with the cookie and this page without it.
    url.searchParams.set('key', legacy);
    location.replace(url.pathname + url.search + url.hash);
    return legacy;
  }
  return null;
}

export function forgetDeviceKey(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // ignore
  }
}
