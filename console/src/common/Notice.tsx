import type { ReactNode } from 'react';
import { ExclamationCircleOutlined, InfoCircleOutlined, StopOutlined } from '@ant-design/icons';

const ICONS = {
  info: <InfoCircleOutlined style={{ color: '#1677ff' }} />,
  warning: <ExclamationCircleOutlined style={{ color: '#faad14' }} />,
  forbidden: <StopOutlined style={{ color: '#cf1322' }} />,
};

/**
 * A whole-page explanation (no role, another village's address, nothing found). Ant Design's
 * Result would do, but it bundles its large illustrations into the first screen of every phone.
 */
export function Notice({ kind, title, children }: { kind: keyof typeof ICONS; title: ReactNode; children?: ReactNode }) {
  return (
    <section className="notice" role={kind === 'info' ? 'status' : 'alert'}>
      <div className="notice-icon" aria-hidden>
        {ICONS[kind]}
      </div>
      <h2 className="notice-title">{title}</h2>
      {children && <div className="notice-body">{children}</div>}
    </section>
  );
}
