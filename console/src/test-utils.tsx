import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp } from 'antd';
import { vi } from 'vitest';
import './i18n';
import { SessionContext, type Session } from './auth/AuthContext';
import type { Identity } from './auth/roles';

/** Renders a screen as a signed-in person would see it, at `route` (matched by `path`). */
export function renderSignedIn(
  ui: ReactElement,
  identity: Partial<Identity> = {},
  { route = '/', path = '*' }: { route?: string; path?: string } = {},
) {
  const session: Session = {
    identity: { subject: 'u-1', username: 'someone', name: '测试用户', realm: 'linxian', roles: [], ...identity },
    realm: 'linxian',
    basePath: '/c/linxian',
    countyName: '林县',
    logout: () => undefined,
  };
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <SessionContext.Provider value={session}>
        <AntApp>
          <MemoryRouter initialEntries={[route]}>
            <Routes>
              <Route path={path} element={ui} />
            </Routes>
          </MemoryRouter>
        </AntApp>
      </SessionContext.Provider>
    </QueryClientProvider>,
  );
}

/** Answers fetch by path; what a test does not list is a 404 problem. Returns the mock to inspect calls. */
export function answerFetch(routes: Record<string, unknown | ((init?: RequestInit) => { status: number; body?: unknown })>) {
  const mock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(String(input), 'http://localhost');
    const answer = routes[url.pathname + url.search] ?? routes[url.pathname];
    const { status, body } =
      typeof answer === 'function'
        ? (answer as (init?: RequestInit) => { status: number; body?: unknown })(init)
        : answer === undefined
          ? { status: 404, body: { status: 404, title: 'Not Found' } }
          : { status: 200, body: answer };
    return new Response(body === undefined ? null : JSON.stringify(body), {
      status,
      headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  });
  vi.stubGlobal('fetch', mock);
  return mock;
}
