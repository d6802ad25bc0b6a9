import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { api } from '../api/http';
import { isApiError, type FieldProblem } from '../api/problem';

/**
 * Writes that must reach the platform even when the phone has no network (a grid worker's
 * visit in a village without signal). Each is first kept in IndexedDB with its own
 * Idempotency-Key, then sent; it stays until the service has answered 2xx, so it is sent
 * at least once, and the service's IdempotencyFilter makes "at least once" into "once":
 *
 * - a repeat of a request it completed gets the first answer again (2xx, `Idempotent-Replayed`),
 *   so an entry whose answer was lost on the way back is removed on the next attempt;
 * - a repeat while the first is still running gets 409 "in progress": the entry keeps waiting
 *   and the next attempt gets the replay;
 * - a failed request (non-2xx) leaves no record there, so a corrected entry may be sent again
 *   under the same key.
 *
 * Entries belong to one county (realm) and one person (subject): two people signing in on one
 * phone never send each other's entries, since the services would record them as the sender's.
 */
export interface Owner {
  realm: string;
  subject: string;
}

/** waiting: not sent yet, or the last attempt met no network / a 5xx; failed: refused (4xx), needs a person. */
export type OutboxStatus = 'waiting' | 'sending' | 'failed';

export type OutboxKind = 'visit';

/** Why the last attempt did not go through: the API's own words and the fields it names. */
export interface OutboxProblem {
  status: number;
  detail?: string;
  errors: FieldProblem[];
}

export interface OutboxEntry<Body = unknown> {
  /** the Idempotency-Key, the same for every attempt of this entry */
  key: string;
  realm: string;
  subject: string;
  kind: OutboxKind;
  path: string;
  body: Body;
  /** what the person recognises it by while it waits (a household's head and address) */
  label?: string;
  status: OutboxStatus;
  createdAt: string;
  attempts: number;
  lastAttemptAt?: string;
  problem?: OutboxProblem;
}

/** An entry the service accepted, kept a while so the person sees what went. */
export interface SentEntry<Body = unknown, Answer = unknown> {
  key: string;
  realm: string;
  subject: string;
  kind: OutboxKind;
  body: Body;
  label?: string;
  answer: Answer;
  createdAt: string;
  sentAt: string;
}

export interface SendSummary {
  sent: number;
  failed: number;
  waiting: number;
}

interface OutboxDatabase extends DBSchema {
  outbox: { key: string; value: OutboxEntry; indexes: { owner: [string, string] } };
  sent: { key: string; value: SentEntry; indexes: { owner: [string, string] } };
}

const DATABASE = 'village-console-outbox';
/** how many sent entries each person's phone keeps to show */
const SENT_KEPT = 50;

let database: Promise<IDBPDatabase<OutboxDatabase>> | undefined;

function open(): Promise<IDBPDatabase<OutboxDatabase>> {
  database ??= openDB<OutboxDatabase>(DATABASE, 1, {
    upgrade(db) {
      db.createObjectStore('outbox', { keyPath: 'key' }).createIndex('owner', ['realm', 'subject']);
      db.createObjectStore('sent', { keyPath: 'key' }).createIndex('owner', ['realm', 'subject']);
    },
  });
  return database;
}

const listeners = new Set<() => void>();

/** Called after every change to the outbox (a new entry, an attempt, an answer). */
export function subscribeOutbox(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed() {
  listeners.forEach((listener) => listener());
}

function newestSentFirst(entries: SentEntry[]): SentEntry[] {
  return entries.sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}

function byAge<T extends { createdAt: string }>(entries: T[]): T[] {
  return entries.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Keeps a write on this phone before anything is sent; returns it with its Idempotency-Key. */
export async function saveToOutbox<Body>(
  owner: Owner,
  kind: OutboxKind,
  path: string,
  body: Body,
  label?: string,
): Promise<OutboxEntry<Body>> {
  const entry: OutboxEntry<Body> = {
    key: crypto.randomUUID(),
    realm: owner.realm,
    subject: owner.subject,
    kind,
    path,
    body,
    label,
    status: 'waiting',
    createdAt: new Date().toISOString(),
    attempts: 0,
  };
  await (await open()).put('outbox', entry);
  changed();
  return entry;
}

/** The person's entries still on the phone, oldest first. */
export async function outboxEntries<Body = unknown>(owner: Owner, kind?: OutboxKind): Promise<OutboxEntry<Body>[]> {
  const entries = await (await open()).getAllFromIndex('outbox', 'owner', [owner.realm, owner.subject]);
  return byAge(entries.filter((entry) => !kind || entry.kind === kind)) as OutboxEntry<Body>[];
}

/** What the person sent from this phone, newest first. */
export async function sentEntries<Body = unknown, Answer = unknown>(owner: Owner, kind?: OutboxKind): Promise<SentEntry<Body, Answer>[]> {
  const entries = await (await open()).getAllFromIndex('sent', 'owner', [owner.realm, owner.subject]);
  return newestSentFirst(entries.filter((entry) => !kind || entry.kind === kind)) as SentEntry<Body, Answer>[];
}

/**
 * A refused entry, corrected: it waits to be sent again under the same key (the refusal left
 * no record at the service, so the key is free). Only a failed entry can change: a waiting one
 * may already have reached the service, and a different body under its key would be refused.
 */
export async function correctEntry<Body>(owner: Owner, key: string, body: Body, label?: string): Promise<OutboxEntry<Body>> {
  const db = await open();
  const transaction = db.transaction('outbox', 'readwrite');
  const entry = await transaction.store.get(key);
  if (!entry || !ownedBy(entry, owner) || entry.status !== 'failed') {
    transaction.abort();
    await transaction.done.catch(() => undefined);
    throw new Error('Only a refused entry of your own can be corrected');
  }
  const corrected: OutboxEntry<Body> = { ...(entry as OutboxEntry<Body>), body, label: label ?? entry.label, status: 'waiting', problem: undefined };
  await transaction.store.put(corrected);
  await transaction.done;
  changed();
  return corrected;
}

/** Whether discarding loses nothing the service may have stored: refused, or never tried. */
export function mayDiscard(entry: OutboxEntry): boolean {
  return entry.status === 'failed' || (entry.status === 'waiting' && entry.attempts === 0);
}

export async function discardEntry(owner: Owner, key: string): Promise<void> {
  const db = await open();
  const transaction = db.transaction('outbox', 'readwrite');
  const entry = await transaction.store.get(key);
  if (entry && ownedBy(entry, owner) && mayDiscard(entry)) {
    await transaction.store.delete(key);
  }
  await transaction.done;
  changed();
}

function ownedBy(entry: { realm: string; subject: string }, owner: Owner): boolean {
  return entry.realm === owner.realm && entry.subject === owner.subject;
}

/**
 * What an answer means for an entry. Refused for good: a 4xx the person must look at. Worth
 * another try: no network, a 5xx, 408 and 429, a 401 (the sign-in expired, not the entry's
 * fault) and the IdempotencyFilter's 409 for a repeat that arrived while the first was running.
 */
export function outcomeOf(error: unknown): 'waiting' | 'failed' {
  if (!isApiError(error) || error.isNetwork || error.status >= 500) {
    return 'waiting';
  }
  if ([401, 408, 429].includes(error.status)) {
    return 'waiting';
  }
  if (error.status === 409 && isInProgress(error.problem.detail)) {
    return 'waiting';
  }
  return 'failed';
}

function isInProgress(detail?: string): boolean {
  return /idempotency-key/i.test(detail ?? '') && /in progress/i.test(detail ?? '');
}

/** One sender per person in this tab; a second call while it runs makes it look again once it is done. */
const running = new Map<string, Promise<SendSummary>>();
const lookAgain = new Set<string>();

/**
 * Sends the person's waiting entries, oldest first, one at a time. One sender at a time across
 * the phone's tabs (Web Locks when the browser has them; a tab that finds the lock taken leaves
 * the work to the holder) and within this tab (a call while one runs is folded into it).
 */
export function sendOutbox(owner: Owner): Promise<SendSummary> {
  const id = `${owner.realm}\u0000${owner.subject}`;
  const current = running.get(id);
  if (current) {
    lookAgain.add(id);
    return current;
  }
  const run = (async () => {
    const total: SendSummary = { sent: 0, failed: 0, waiting: 0 };
    try {
      do {
        lookAgain.delete(id);
        const pass = await exclusively(owner, () => sendWaiting(owner));
        total.sent += pass.sent;
        total.failed += pass.failed;
        total.waiting = pass.waiting;
      } while (lookAgain.has(id));
      return total;
    } finally {
      running.delete(id);
      lookAgain.delete(id);
    }
  })();
  running.set(id, run);
  return run;
}

async function exclusively(owner: Owner, work: () => Promise<SendSummary>): Promise<SendSummary> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    return work();
  }
  const name = `${DATABASE}:${owner.realm}:${owner.subject}`;
  const result = await locks.request(name, { ifAvailable: true }, async (lock) => (lock ? work() : undefined));
  // another tab is sending this person's entries: what it leaves waiting, a later round sends
  return result ?? { sent: 0, failed: 0, waiting: (await waitingEntries(await open(), owner)).length };
}

/** The owner's entries that are not refused, oldest first. */
async function waitingEntries(db: IDBPDatabase<OutboxDatabase>, owner: Owner): Promise<OutboxEntry[]> {
  const entries = await db.getAllFromIndex('outbox', 'owner', [owner.realm, owner.subject]);
  return byAge(entries.filter((entry) => entry.status !== 'failed'));
}

async function sendWaiting(owner: Owner): Promise<SendSummary> {
  const db = await open();
  const summary: SendSummary = { sent: 0, failed: 0, waiting: 0 };
  // entries marked "sending" by a sender that never finished (the tab closed) wait like the others
  const queue = await waitingEntries(db, owner);
  for (let index = 0; index < queue.length; index++) {
    const attempt = await claim(db, queue[index].key);
    if (!attempt) {
      continue;
    }
    changed();
    try {
      const answer = await api<unknown>(attempt.path, { method: 'POST', body: attempt.body, idempotencyKey: attempt.key });
      await recordSent(db, attempt, answer);
      summary.sent++;
    } catch (error) {
      const outcome = outcomeOf(error);
      await db.put('outbox', { ...attempt, status: outcome, problem: problemOf(error) });
      if (outcome === 'failed') {
        summary.failed++;
      } else {
        summary.waiting++;
        if (isApiError(error) && (error.isNetwork || error.status === 401)) {
          // no network or no valid sign-in: the rest would meet the same; they wait for the next round
          summary.waiting += queue.length - index - 1;
          changed();
          break;
        }
      }
    }
    changed();
  }
  return summary;
}

/**
 * Marks an entry as being sent, if it is still there and still to be sent (the person may have
 * discarded it since the queue was read), in one transaction so nothing slips in between.
 */
async function claim(db: IDBPDatabase<OutboxDatabase>, key: string): Promise<OutboxEntry | undefined> {
  const transaction = db.transaction('outbox', 'readwrite');
  const entry = await transaction.store.get(key);
  let attempt: OutboxEntry | undefined;
  if (entry && entry.status !== 'failed') {
    attempt = { ...entry, status: 'sending', attempts: entry.attempts + 1, lastAttemptAt: new Date().toISOString() };
    await transaction.store.put(attempt);
  }
  await transaction.done;
  return attempt;
}

/** Removes the entry and keeps what the service answered, in one transaction: never both or neither. */
async function recordSent(db: IDBPDatabase<OutboxDatabase>, entry: OutboxEntry, answer: unknown) {
  const transaction = db.transaction(['outbox', 'sent'], 'readwrite');
  const sent = transaction.objectStore('sent');
  await transaction.objectStore('outbox').delete(entry.key);
  await sent.put({
    key: entry.key,
    realm: entry.realm,
    subject: entry.subject,
    kind: entry.kind,
    body: entry.body,
    label: entry.label,
    answer,
    createdAt: entry.createdAt,
    sentAt: new Date().toISOString(),
  });
  const kept = newestSentFirst(await sent.index('owner').getAll([entry.realm, entry.subject]));
  for (const old of kept.slice(SENT_KEPT)) {
    await sent.delete(old.key);
  }
  await transaction.done;
}

function problemOf(error: unknown): OutboxProblem {
  if (isApiError(error)) {
    return { status: error.status, detail: error.problem.detail ?? error.problem.title, errors: error.fieldErrors() };
  }
  return { status: 0, detail: (error as Error)?.message, errors: [] };
}
