// The admin API from the browser: JSON calls through shared/ui/api, file uploads and downloads,
// and one way to turn any failure into words (the error code's translation + the details).
import type { ApiError } from '../shared/protocol/errors.js';
import { api, ApiRequestError } from '../shared/ui/api.js';

export { api, ApiRequestError };

export const sitePath = (siteId: string, path: string) => `/api/sites/${encodeURIComponent(siteId)}${path}`;

/** Sends a file as the raw request body (catalogue import). */
export async function upload<T>(path: string, file: Blob): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/octet-stream', accept: 'application/json' },
      credentials: 'same-origin',
      body: file,
      signal: AbortSignal.timeout(60_000),
    });
  } catch (error) {
    throw new ApiRequestError(0, { code: 'network', message: String(error) });
  }
  const data: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (data as { error?: ApiError } | null)?.error;
    throw new ApiRequestError(response.status, error ?? { code: 'internal', message: response.statusText });
  }
  return data as T;
}

/** POSTs JSON and returns the answer as an object URL (slip preview image). */
export async function postForBlobUrl(path: string, body: unknown): Promise<string> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    const data = (await response.json().catch(() => null)) as { error?: ApiError } | null;
    throw new ApiRequestError(
      response.status,
      data?.error ?? { code: 'internal', message: response.statusText },
    );
  }
  return URL.createObjectURL(await response.blob());
}

interface Issue {
  path: string;
  message: string;
}

/** The error's code (for i18n) and any field-level issues the server listed. */
export function errorParts(error: unknown): { code: string; message: string; issues: Issue[] } {
  if (error instanceof ApiRequestError) {
    const details =
      'details' in error.error ? (error.error.details as { issues?: Issue[] } | undefined) : undefined;
    return { code: error.code, message: error.message, issues: details?.issues ?? [] };
  }
  return { code: 'internal', message: String(error), issues: [] };
}
