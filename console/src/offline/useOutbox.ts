import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSession } from '../auth/AuthContext';
import {
  outboxEntries,
  sendOutbox,
  sentEntries,
  subscribeOutbox,
  type OutboxEntry,
  type OutboxKind,
  type Owner,
  type SendSummary,
  type SentEntry,
} from './outbox';

/** While entries wait, the sender looks again this often (the `online` event is not always fired). */
export const RETRY_EVERY_MS = 30_000;

/** The signed-in person as the outbox knows them: their county and their account. */
export function useOutboxOwner(): Owner {
  const { realm, identity } = useSession();
  return useMemo(() => ({ realm, subject: identity.subject }), [realm, identity.subject]);
}

export interface OutboxView<Body, Answer> {
  entries: OutboxEntry<Body>[];
  sent: SentEntry<Body, Answer>[];
  /** waiting or being sent: not refused, not yet stored by the service */
  waiting: number;
  failed: number;
  loaded: boolean;
}

/** The person's outbox of one kind, read again whenever it changes. */
export function useOutbox<Body = unknown, Answer = unknown>(kind: OutboxKind): OutboxView<Body, Answer> {
  const owner = useOutboxOwner();
  const [view, setView] = useState<OutboxView<Body, Answer>>({ entries: [], sent: [], waiting: 0, failed: 0, loaded: false });
  useEffect(() => {
    let active = true;
    const load = async () => {
      const [entries, sent] = await Promise.all([outboxEntries<Body>(owner, kind), sentEntries<Body, Answer>(owner, kind)]);
      if (active) {
        const failed = entries.filter((entry) => entry.status === 'failed').length;
        setView({ entries, sent, waiting: entries.length - failed, failed, loaded: true });
      }
    };
    void load();
    const unsubscribe = subscribeOutbox(() => void load());
    return () => {
      active = false;
      unsubscribe();
    };
  }, [owner, kind]);
  return view;
}

/**
 * Sends the person's outbox now (when the browser believes it is online); `onSent` runs after a
 * round that stored something, to read the lists that changed again.
 */
export function useSendOutbox(onSent?: (summary: SendSummary) => void): () => Promise<SendSummary | undefined> {
  const owner = useOutboxOwner();
  const onSentRef = useRef(onSent);
  useEffect(() => {
    onSentRef.current = onSent;
  }, [onSent]);
  return useCallback(async () => {
    if (!navigator.onLine) {
      return undefined;
    }
    const summary = await sendOutbox(owner);
    if (summary.sent > 0) {
      onSentRef.current?.(summary);
    }
    return summary;
  }, [owner]);
}

/**
 * Keeps the person's outbox going while they are signed in: sends at once, whenever the
 * browser says the network is back, and every 30 s while something waits.
 */
export function useOutboxSender(onSent?: (summary: SendSummary) => void) {
  const owner = useOutboxOwner();
  const send = useSendOutbox(onSent);
  useEffect(() => {
    void send();
    const online = () => void send();
    window.addEventListener('online', online);
    const timer = window.setInterval(async () => {
      if ((await outboxEntries(owner)).some((entry) => entry.status !== 'failed')) {
        void send();
      }
    }, RETRY_EVERY_MS);
    return () => {
      window.removeEventListener('online', online);
      window.clearInterval(timer);
    };
  }, [owner, send]);
}
