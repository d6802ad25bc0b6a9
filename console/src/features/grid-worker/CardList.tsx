import type { ReactNode } from 'react';
import { ScreenLoading } from './parts';

/** A screen's list of cards: loading, "nothing here" (unless `empty` is left out, e.g. after an error), or the cards. */
export function CardList<T>({
  items,
  itemKey,
  loading,
  empty,
  children,
}: {
  items: T[];
  itemKey: (item: T) => string;
  loading?: boolean;
  empty?: string;
  children: (item: T) => ReactNode;
}) {
  if (loading) return <ScreenLoading />;
  if (items.length === 0) return empty ? <p className="gw-empty">{empty}</p> : null;
  return (
    <ul className="gw-stack">
      {items.map((item) => (
        <li key={itemKey(item)}>{children(item)}</li>
      ))}
    </ul>
  );
}
