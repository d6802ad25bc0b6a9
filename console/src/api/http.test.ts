import { afterEach, describe, expect, it, vi } from 'vitest';
import { download, filenameOf, setTokenSource } from './http';
import { ApiError } from './problem';

afterEach(() => {
  vi.unstubAllGlobals();
  setTokenSource(() => undefined, () => undefined);
});

describe('files from the gateway', () => {
  it('takes the UTF-8 name of a Content-Disposition over the plain one', () => {
    expect(filenameOf("attachment; filename=\"a.csv\"; filename*=UTF-8''%E6%9E%97%E5%8E%BF.csv")).toBe('林县.csv');
    expect(filenameOf('attachment; filename="indicators 2026-11.xlsx"')).toBe('indicators 2026-11.xlsx');
    expect(filenameOf('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(filenameOf('attachment')).toBeUndefined();
    expect(filenameOf(null)).toBeUndefined();
  });

  it('fetches a file with the in-memory token and reads a refusal as a problem', async () => {
    setTokenSource(() => 'the-token', () => undefined);
    const fetch = vi.fn(async () => new Response(JSON.stringify({ status: 403, title: 'Forbidden' }), { status: 403, headers: { 'Content-Type': 'application/problem+json' } }));
    vi.stubGlobal('fetch', fetch);
    const refused = await download('/api/v1/analytics/indicators', 'text/csv', { query: { format: 'csv' } }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).status).toBe(403);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/analytics/indicators?format=csv');
    expect(init.headers).toMatchObject({ Authorization: 'Bearer the-token', Accept: 'text/csv, application/problem+json' });
  });
});
