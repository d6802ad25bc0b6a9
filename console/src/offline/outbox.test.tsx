import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, render, waitFor } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import type { ReactNode } from 'react';
import type { Session } from '../auth/AuthContext';

type Outbox = typeof import('./outbox');

const GRID_WORKER = { realm: 'linxian', subject: 'grid-1' };
const OTHER_PERSON = { realm: 'linxian', subject: 'cadre-1' };
const VISIT = { householdId: 'h-1', visitedOn: '2026-11-30', notes: 'spoke with the head', issuesFound: '' };

/** The service's answers, one per call, and what it was asked. */
function fakeService(...answers: (() => Response | Promise<Response>)[]) {
  const calls: { key: string | null; body: unknown }[] = [];
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const headers = init.headers as Record<string, string>;
    calls.push({ key: headers['Idempotency-Key'] ?? null, body: JSON.parse(String(init.body)) });
    const answer = answers.shift();
    if (!answer) throw new Error('no more answers');
    return answer();
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

const created = () => new Response(JSON.stringify({ id: 'v-1', ...VISIT }), { status: 201 });
const problem = (status: number, body: object) => () =>
  new Response(JSON.stringify({ status, ...body }), { status, headers: { 'Content-Type': 'application/problem+json' } });
const noNetwork = () => Promise.reject(new TypeError('Failed to fetch'));

/** A fresh phone: an empty IndexedDB and a freshly loaded outbox module (as a new tab loads it). */
async function freshTab(): Promise<Outbox> {
  vi.resetModules();
  return import('./outbox');
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
});

afterEach(() => {
  vi.unstubAllGlobals();
  Reflect.deleteProperty(navigator, 'locks');
  vi.useRealTimers();
});

describe('the outbox of visits', () => {
  it('keeps a visit made without network on the phone, waiting, with its Idempotency-Key', async () => {
    const outbox = await freshTab();
    const calls = fakeService(noNetwork);
    const entry = await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', VISIT, 'Li Ming');

    const summary = await outbox.sendOutbox(GRID_WORKER);

    expect(summary).toMatchObject({ sent: 0, failed: 0, waiting: 1 });
    expect(calls).toEqual([{ key: entry.key, body: VISIT }]);
    const [waiting] = await outbox.outboxEntries(GRID_WORKER);
    expect(waiting).toMatchObject({ key: entry.key, status: 'waiting', attempts: 1, label: 'Li Ming', body: VISIT });
    expect(waiting.problem?.status).toBe(0);
  });

  it('sends a visit once when the network is back, however many times senders are started at once', async () => {
    const outbox = await freshTab();
    let answer!: (response: Response) => void;
    const calls = fakeService(() => new Promise<Response>((resolve) => (answer = resolve)), created);
    const entry = await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', VISIT);

    const rounds = [outbox.sendOutbox(GRID_WORKER), outbox.sendOutbox(GRID_WORKER), outbox.sendOutbox(GRID_WORKER)];
    await waitFor(() => expect(calls).toHaveLength(1));
    expect((await outbox.outboxEntries(GRID_WORKER))[0].status).toBe('sending');
    answer(created());
    await Promise.all(rounds);

    expect(calls).toHaveLength(1);
    expect(await outbox.outboxEntries(GRID_WORKER)).toEqual([]);
    const sent = await outbox.sentEntries(GRID_WORKER, 'visit');
    expect(sent.map((visit) => visit.key)).toEqual([entry.key]);
    expect(sent[0].answer).toMatchObject({ id: 'v-1' });
  });

  it('sends once when the `online` event fires twice while a visit waits', async () => {
    const outbox = await freshTab();
    const { useOutboxSender } = await import('./useOutbox');
    const { SessionContext } = await import('../auth/AuthContext');
    const calls = fakeService(noNetwork, created);
    await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', VISIT);
    const session = { realm: GRID_WORKER.realm, identity: { subject: GRID_WORKER.subject } } as Session;
    const wrapper = ({ children }: { children: ReactNode }) => <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
    function Sender() {
      useOutboxSender();
      return null;
    }

    render(<Sender />, { wrapper });
    // the sender tried at once (no network yet): the visit waits, tried once
    await waitFor(async () => expect((await outbox.outboxEntries(GRID_WORKER))[0]).toMatchObject({ status: 'waiting', attempts: 1 }));
    expect(calls).toHaveLength(1);
    act(() => {
      window.dispatchEvent(new Event('online'));
      window.dispatchEvent(new Event('online'));
    });

    await waitFor(async () => expect(await outbox.sentEntries(GRID_WORKER)).toHaveLength(1));
    expect(calls).toHaveLength(2);
    expect(calls[0].key).toBe(calls[1].key);
    expect(await outbox.outboxEntries(GRID_WORKER)).toEqual([]);
  });

  it('lets one tab send while another holds the lock, and the other leaves the visit to it', async () => {
    const held = new Set<string>();
    const locks = {
      request: async (name: string, _options: LockOptions, callback: (lock: Lock | null) => Promise<unknown>) => {
        if (held.has(name)) return callback(null);
        held.add(name);
        try {
          return await callback({ name, mode: 'exclusive' } as Lock);
        } finally {
          held.delete(name);
        }
      },
    };
    Object.defineProperty(navigator, 'locks', { configurable: true, value: locks });
    const firstTab = await freshTab();
    const secondTab = await freshTab();
    expect(secondTab).not.toBe(firstTab);
    let answer!: (response: Response) => void;
    const calls = fakeService(() => new Promise<Response>((resolve) => (answer = resolve)));
    await firstTab.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', VISIT);

    const first = firstTab.sendOutbox(GRID_WORKER);
    await waitFor(() => expect(calls).toHaveLength(1));
    const second = await secondTab.sendOutbox(GRID_WORKER);
    answer(created());
    await first;

    expect(second).toMatchObject({ sent: 0, waiting: 1 });
    expect(calls).toHaveLength(1);
    expect(await secondTab.sentEntries(GRID_WORKER)).toHaveLength(1);
  });

  it('marks a visit the service refuses (422) as failed with its reason, and does not send it again', async () => {
    const outbox = await freshTab();
    const calls = fakeService(
      problem(422, {
        detail: 'A visit cannot be logged for a future day',
        errors: [{ field: 'visitedOn', message: 'A visit cannot be logged for a future day' }],
      }),
    );
    await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', VISIT);

    expect(await outbox.sendOutbox(GRID_WORKER)).toMatchObject({ sent: 0, failed: 1 });
    expect(await outbox.sendOutbox(GRID_WORKER)).toMatchObject({ sent: 0, failed: 0, waiting: 0 });

    expect(calls).toHaveLength(1);
    const [failed] = await outbox.outboxEntries(GRID_WORKER);
    expect(failed.status).toBe('failed');
    expect(failed.problem).toEqual({
      status: 422,
      detail: 'A visit cannot be logged for a future day',
      errors: [{ field: 'visitedOn', message: 'A visit cannot be logged for a future day' }],
    });
    expect(outbox.mayDiscard(failed)).toBe(true);
  });

  it('sends a corrected visit again under the same key, since the refusal left no record at the service', async () => {
    const outbox = await freshTab();
    const calls = fakeService(problem(422, { errors: [{ field: 'visitedOn', message: 'future day' }] }), created);
    const entry = await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', { ...VISIT, visitedOn: '2099-01-01' });
    await outbox.sendOutbox(GRID_WORKER);

    await outbox.correctEntry(GRID_WORKER, entry.key, VISIT);
    expect((await outbox.outboxEntries(GRID_WORKER))[0]).toMatchObject({ status: 'waiting', problem: undefined });
    await outbox.sendOutbox(GRID_WORKER);

    expect(calls.map((call) => call.key)).toEqual([entry.key, entry.key]);
    expect(calls[1].body).toEqual(VISIT);
    expect(await outbox.outboxEntries(GRID_WORKER)).toEqual([]);
  });

  it('keeps a visit waiting after a 500 and sends it in a later round', async () => {
    const outbox = await freshTab();
    const calls = fakeService(problem(500, { title: 'Internal Server Error' }), created);
    await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', VISIT);

    expect(await outbox.sendOutbox(GRID_WORKER)).toMatchObject({ sent: 0, waiting: 1 });
    const [waiting] = await outbox.outboxEntries(GRID_WORKER);
    expect(waiting).toMatchObject({ status: 'waiting', attempts: 1 });
    expect(outbox.mayDiscard(waiting)).toBe(false);

    expect(await outbox.sendOutbox(GRID_WORKER)).toMatchObject({ sent: 1 });
    expect(calls[0].key).toBe(calls[1].key);
  });

  it('takes the service’s 409 for a repeat still running as "wait", and its replay of the first answer as sent', async () => {
    const outbox = await freshTab();
    const calls = fakeService(problem(409, { detail: 'A request with this Idempotency-Key is in progress' }), () =>
      new Response(JSON.stringify({ id: 'v-1', ...VISIT }), { status: 201, headers: { 'Idempotent-Replayed': 'true' } }),
    );
    await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', VISIT);

    expect(await outbox.sendOutbox(GRID_WORKER)).toMatchObject({ sent: 0, failed: 0, waiting: 1 });
    expect(await outbox.sendOutbox(GRID_WORKER)).toMatchObject({ sent: 1 });

    expect(calls).toHaveLength(2);
    expect(await outbox.sentEntries(GRID_WORKER)).toHaveLength(1);
  });

  it('sends only the signed-in person’s visits, never another account’s on the same phone', async () => {
    const outbox = await freshTab();
    const calls = fakeService(created);
    const mine = await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', VISIT);
    const theirs = await outbox.saveToOutbox(OTHER_PERSON, 'visit', '/api/v1/grid/visits', { ...VISIT, householdId: 'h-2' });
    const sameNameOtherCounty = await outbox.saveToOutbox({ realm: 'jiyuan', subject: GRID_WORKER.subject }, 'visit', '/api/v1/grid/visits', VISIT);

    await outbox.sendOutbox(GRID_WORKER);

    expect(calls.map((call) => call.key)).toEqual([mine.key]);
    expect((await outbox.outboxEntries(OTHER_PERSON)).map((entry) => entry.key)).toEqual([theirs.key]);
    expect((await outbox.outboxEntries({ realm: 'jiyuan', subject: GRID_WORKER.subject })).map((entry) => entry.key)).toEqual([
      sameNameOtherCounty.key,
    ]);
    expect(await outbox.outboxEntries(GRID_WORKER)).toEqual([]);
    await expect(outbox.correctEntry(GRID_WORKER, theirs.key, VISIT)).rejects.toThrow();
  });

  it('stops a round at the first network failure and leaves the rest waiting untried', async () => {
    const outbox = await freshTab();
    const calls = fakeService(noNetwork);
    const first = await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', VISIT);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await outbox.saveToOutbox(GRID_WORKER, 'visit', '/api/v1/grid/visits', { ...VISIT, householdId: 'h-2' });

    expect(await outbox.sendOutbox(GRID_WORKER)).toMatchObject({ waiting: 2 });

    expect(calls.map((call) => call.key)).toEqual([first.key]);
    const entries = await outbox.outboxEntries(GRID_WORKER);
    expect(entries.map((entry) => entry.attempts)).toEqual([1, 0]);
  });
});
