// Device pairing by URL: /display/?key=ldk_… stores the key on the device and removes it from
// the address bar, so it is not left on screen or in the history.
const STORAGE_KEY = 'luot.deviceKey';

export function deviceKey(): string | null {
  const url = new URL(location.href);
  const fromUrl = url.searchParams.get('key');
  if (fromUrl && /^ldk_[A-Za-z0-9_.-]+$/.test(fromUrl)) {
    try {
      localStorage.setItem(STORAGE_KEY, fromUrl);
    } catch {
      // storage may be disabled; the key still works for this page load
    }
    url.searchParams.delete('key');
    history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function forgetDeviceKey(): void {
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // ignore
  }
}
