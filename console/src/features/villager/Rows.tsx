import type { ReactNode } from 'react';
import { Empty } from 'antd';

/**
 * A short list read top to bottom on a phone: one row a thing, a line between rows. Plain list
 * markup, since Ant Design's List is on its way out and its successor is a virtual scroller.
 */
export function Rows<T>({
  items,
  rowKey,
  children,
  emptyText,
}: {
  items: T[];
  rowKey: (item: T) => string;
  children: (item: T) => ReactNode;
  emptyText?: string;
}) {
  if (items.length === 0) {
    return emptyText ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyText} /> : null;
  }
  return (
    <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.map((item, index) => (
        <li
          key={rowKey(item)}
          style={{ padding: '12px 0', borderTop: index === 0 ? undefined : '1px solid rgba(5, 5, 5, 0.06)' }}
        >
          {children(item)}
        </li>
      ))}
    </ul>
  );
}

/** A row's main line on the left and a figure on the right, wrapping below on a narrow phone. */
export function RowLine({ main, figure }: { main: ReactNode; figure?: ReactNode }) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', justifyContent: 'space-between', alignItems: 'baseline', gap: 8 }}>
      <div style={{ minWidth: 0, flex: '1 1 180px' }}>{main}</div>
      {figure !== undefined && <div style={{ flex: 'none' }}>{figure}</div>}
    </div>
  );
}
