import { Component, type ReactNode } from 'react';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../App';
import { Notice } from '../../common/Notice';
import type { HouseholdTag } from './api';

const TAG_COLORS: Record<HouseholdTag, string> = {
  LOW_INCOME: 'gold',
  ELDERLY_ALONE: 'orange',
  LEFT_BEHIND_CHILD: 'blue',
  DISABLED: 'purple',
  KEY_PERSON: 'red',
};

/** What the grid watches a household for, in the glossary's words. */
export function HouseholdTags({ tags }: { tags: HouseholdTag[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <span className="gw-tags">
      {tags.map((tag) => (
        <Tag key={tag} color={TAG_COLORS[tag]}>
          {t(`term:householdTag.${tag}`)}
        </Tag>
      ))}
    </span>
  );
}

/** The console's one loading state, inside a screen. */
export const ScreenLoading = Loading;

/**
 * The required mark inside the label, hidden from screen readers: the field already says
 * aria-required, and Ant Design's CSS star would otherwise become part of the field's name
 * ("* 户"), which is what people using a screen reader, and the browser tests, look it up by.
 */
export function requiredMark(label: ReactNode, { required }: { required: boolean }) {
  return (
    <>
      {required && (
        <span className="gw-required" aria-hidden="true">
          *
        </span>
      )}
      {label}
    </>
  );
}

/** A titled part of a screen (members, visits, the outbox…), named for screen readers by its heading. */
export function Section({ id, title, extra, children }: { id: string; title: ReactNode; extra?: ReactNode; children: ReactNode }) {
  return (
    <section className="gw-section" aria-labelledby={id}>
      <div className="gw-section-head">
        <h3 className="gw-section-title" id={id}>
          {title}
        </h3>
        {extra}
      </div>
      {children}
    </section>
  );
}

/**
 * A screen's code that could not be fetched (most often: no network, and this screen was never
 * opened while online) is explained with a way to try again, not left as a blank page.
 */
export class ScreenBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <LoadFailed /> : this.props.children;
  }
}

function LoadFailed() {
  const { t } = useTranslation();
  const { t: gw } = useTranslation('gridWorker');
  return (
    <Notice kind="warning" title={gw('shared.loadFailed')}>
      <Button onClick={() => window.location.reload()}>{t('state.reload')}</Button>
    </Notice>
  );
}
