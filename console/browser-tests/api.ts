import { randomUUID } from 'node:crypto';
import { stack } from './harness';

/**
 * The API as the scenarios' preconditions and checks use it: real tokens from Keycloak through
 * the stack's `demo-login` client (password grant, accepted only where the stack runs), calls
 * through the gateway. What a scenario is about always goes through the screens instead.
 */

/**
 * One token request per person at a time: Keycloak's brute-force protection answers concurrent
 * password logins of one user with "invalid credentials", so callers share the pending one.
 */
const tokens = new Map<string, { token: Promise<string>; until: number }>();

export function tokenOf(county: string, username: string): Promise<string> {
  const key = `${county}/${username}`;
  const cached = tokens.get(key);
  if (cached && cached.until > Date.now()) {
    return cached.token;
  }
  // renewed well before Keycloak's five-minute lifespan ends
  const token = requestToken(county, username);
  tokens.set(key, { token, until: Date.now() + 240_000 });
  token.catch(() => tokens.delete(key));
  return token;
}

async function requestToken(county: string, username: string): Promise<string> {
  const response = await fetch(`${stack.keycloakUrl}/realms/${county}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'password',
      client_id: 'demo-login',
      username,
      password: stack.demoPassword,
    }),
  });
  if (!response.ok) {
    throw new Error(`no token for ${username} in ${county}: ${response.status} ${await response.text()}`);
  }
  return ((await response.json()) as { access_token: string }).access_token;
}

export interface Person {
  county: string;
  username: string;
}

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: string,
    what: string,
  ) {
    super(`${what} → ${status} ${body}`);
  }
}

async function call<T>(as: Person, method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = {
    Authorization: `Bearer ${await tokenOf(as.county, as.username)}`,
    Accept: 'application/json',
  };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    headers['Idempotency-Key'] = randomUUID();
  }
  const response = await fetch(`${stack.consoleUrl}/api/v1/${path.replace(/^\/+/, '')}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new ApiFailure(response.status, text, `${as.username}@${as.county} ${method} ${path}`);
  }
  return (text ? JSON.parse(text) : undefined) as T;
}

export const apiGet = <T>(as: Person, path: string) => call<T>(as, 'GET', path);
export const apiPost = <T>(as: Person, path: string, body: unknown) => call<T>(as, 'POST', path, body);
export const apiPut = <T>(as: Person, path: string, body: unknown) => call<T>(as, 'PUT', path, body);

export interface Page<T> {
  items: T[];
  totalItems: number;
}

/** Today in county time (Asia/Shanghai), as the services date visits, steps and sessions. */
export function countyToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
}

/** Asks again until `check` passes or `timeoutMs` is over (events between services take a moment). */
export async function eventually<T>(what: string, probe: () => Promise<T>, check: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  let failure: unknown;
  while (Date.now() < deadline) {
    try {
      last = await probe();
      failure = undefined;
      if (check(last)) {
        return last;
      }
    } catch (error) {
      failure = error;
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const seen = failure ? String(failure) : JSON.stringify(last);
  throw new Error(`${what} within ${timeoutMs / 1000} s; last: ${seen.length > 600 ? `${seen.slice(0, 600)}…` : seen}`);
}
