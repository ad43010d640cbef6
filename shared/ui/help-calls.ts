// The kiosks' open calls for help ("Gọi hỗ trợ"), as officers' screens read them: one request and
// one poll for the guidance desk, the admin monitor and the counter screen.
import { api } from './api.js';

export interface HelpCall {
  id: string;
  where: string;
  at: number;
  language: string;
}

export const HELP_CALL_POLL_MS = 5000;

/** A device (a counter's own screen) passes its key; officers' sessions pass none. */
export async function fetchHelpCalls(siteId: string, key: string | null = null): Promise<HelpCall[]> {
  const res = await api<{ calls: HelpCall[] }>(`/api/sites/${encodeURIComponent(siteId)}/help-calls`, {
    key,
  });
  return res.calls;
}

/** Polls a site's open calls; returns the stop function. Failures keep the last list. */
export function pollHelpCalls(
  siteId: string,
  key: string | null,
  onCalls: (calls: HelpCall[]) => void,
): () => void {
  let stopped = false;
  const load = async () => {
    try {
      const calls = await fetchHelpCalls(siteId, key);
      if (!stopped) onCalls(calls);
    } catch {
      // keep the last list; the next poll tries again
    }
  };
  void load();
  const timer = setInterval(() => void load(), HELP_CALL_POLL_MS);
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
