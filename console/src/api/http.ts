import { ApiError, type Problem } from './problem';

/**
 * The console's only way to the platform: same-origin calls to the gateway's /api, with the
 * signed-in person's token. Nothing here talks to a service port or another host.
 */
type TokenSource = () => string | undefined;

let tokenSource: TokenSource = () => undefined;
let onUnauthorized: () => void = () => undefined;

export function setTokenSource(source: TokenSource, unauthorized: () => void) {
  tokenSource = source;
  onUnauthorized = unauthorized;
}

export type Query = Record<string, string | number | boolean | undefined | null | (string | number)[]>;

export interface CallOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  body?: unknown;
  query?: Query;
  /** Makes a POST safe to repeat: the service answers a repeat with the first answer and stores nothing more. */
  idempotencyKey?: string;
  ifMatch?: string;
  signal?: AbortSignal;
}

export function withQuery(path: string, query?: Query): string {
  if (!query) {
    return path;
  }
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') {
      continue;
    }
    if (Array.isArray(value)) {
      value.forEach((item) => params.append(key, String(item)));
    } else {
      params.append(key, String(value));
    }
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

export async function api<T>(path: string, options: CallOptions = {}): Promise<T> {
  const response = await send(path, options, 'application/json, application/problem+json');
  const text = await response.text();
  const json = text ? safeJson(text) : undefined;
  if (!response.ok) {
    throw problemOf(response.status, json);
  }
  return json as T;
}

/** A file the gateway answers (an export): its bytes and the name its Content-Disposition gives. */
export interface DownloadedFile {
  blob: Blob;
  filename?: string;
}

/**
 * Fetches a file with the signed-in person's token. The token lives in memory only, so a plain
 * link could not carry it: the file is fetched here and handed to the browser as a Blob.
 */
export async function download(path: string, accept: string, options: Pick<CallOptions, 'query' | 'signal'> = {}): Promise<DownloadedFile> {
  // a problem+json answer (403, 400 naming a field) must still be readable when the file is refused
  const response = await send(path, options, `${accept}, application/problem+json`);
  if (!response.ok) {
    const text = await response.text();
    throw problemOf(response.status, text ? safeJson(text) : undefined);
  }
  return { blob: await response.blob(), filename: filenameOf(response.headers.get('Content-Disposition')) };
}

/** `attachment; filename="a.csv"; filename*=UTF-8''%E6%8C%87.csv` → the UTF-8 name when given (RFC 6266). */
export function filenameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
  if (extended) {
    try {
      return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
    } catch {
      // a malformed encoding: the plain name below is the better guess
    }
  }
  const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(disposition);
  if (!plain) return undefined;
  return (plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]).trim() || undefined;
}

async function send(path: string, options: CallOptions, accept: string): Promise<Response> {
  const headers: Record<string, string> = { Accept: accept };
  const token = tokenSource();
  if (token) {
    headers.Authorization = `Bearer ${token}`;
  }
  if (options.body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (options.idempotencyKey) {
    headers['Idempotency-Key'] = options.idempotencyKey;
  }
  if (options.ifMatch) {
    headers['If-Match'] = options.ifMatch;
  }
  let response: Response;
  try {
    response = await fetch(withQuery(path, options.query), {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
      credentials: 'omit',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') {
      throw error;
    }
    throw new ApiError({ status: 0, title: 'network' });
  }
  if (response.status === 401) {
    onUnauthorized();
  }
  return response;
}

function problemOf(status: number, json: unknown): ApiError {
  const problem: Problem = json && typeof json === 'object' ? { ...(json as Problem), status } : { status };
  return new ApiError(problem);
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A page of a list as the services answer it. */
export interface Page<T> {
  items: T[];
  page: number;
  size: number;
  totalItems: number;
  totalPages?: number;
}

/** A new Idempotency-Key for one user action (kept with the action if it must be sent again). */
export function newIdempotencyKey(): string {
  return crypto.randomUUID();
}
