// fetch() for the apps: JSON in and out, the device key as a bearer token when there is one,
// the session cookie otherwise, and every failure as an ApiError with a code.
import type { ApiError } from '../protocol/errors.js';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly error: ApiError | { code: 'network' | 'timeout'; message: string },
  ) {
    super(error.message);
  }
  get code(): string {
    return this.error.code;
  }
}

export interface ApiOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  key?: string | null;
  timeoutMs?: number;
}

export async function api<T>(path: string, options: ApiOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.key) headers.authorization = `Bearer ${options.key}`;
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method ?? (options.body === undefined ? 'GET' : 'POST'),
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: AbortSignal.timeout(options.timeoutMs ?? 8000),
    });
  } catch (error) {
    const timeout = error instanceof DOMException && error.name === 'TimeoutError';
    throw new ApiRequestError(0, { code: timeout ? 'timeout' : 'network', message: String(error) });
  }
  const text = await response.text();
  const data: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = (data as { error?: ApiError } | null)?.error ?? {
      code: 'internal' as const,
      message: response.statusText,
    };
    throw new ApiRequestError(response.status, error);
  }
  return data as T;
}
