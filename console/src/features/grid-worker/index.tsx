import { lazy, Suspense, useEffect, type ComponentType } from 'react';
import { Link, Navigate, Route, Routes, useLocation } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../auth/AuthContext';
import { Notice } from '../../common/Notice';
import { registerTexts } from '../../i18n';
import { useOutbox, useOutboxSender } from '../../offline/useOutbox';
import { GW, useMyHouseholds } from './api';
import { ScreenBoundary, ScreenLoading } from './parts';
import { texts } from './texts';
import './gw.css';

registerTexts('gridWorker', texts);

/**
 * A screen's code, fetched the first time it is opened. Without network it waits for the network
 * (the shell says the phone is offline) instead of failing for good: a lazy screen whose load
 * failed once would stay failed until the page is reloaded, and a reload signs the person out.
 */
function screen(load: () => Promise<{ default: ComponentType }>) {
  return lazy(() =>
    load().catch((error: unknown) => {
      if (navigator.onLine) throw error;
      return new Promise<{ default: ComponentType }>((resolve, reject) =>
        window.addEventListener('online', () => load().then(resolve, reject), { once: true }),
      );
    }),
  );
}

// each screen its own bundle: the first (my micro-grid's households) loads only what it needs
const HouseholdsPage = screen(() => import('./HouseholdsPage'));
const HouseholdPage = screen(() => import('./HouseholdPage'));
const PairingsPage = screen(() => import('./PairingsPage'));
const loadVisitPage = () => import('./VisitPage');
const VisitPage = screen(loadVisitPage);
const ReportPage = screen(() => import('./ReportPage'));
const FollowUpsPage = screen(() => import('./FollowUpsPage'));

/** The grid worker's screens (phone first), under `gw/`. */
export default function GridWorkerScreens() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const location = useLocation();
  // visits kept on the phone go out now, when the network is back, and every 30 s while any wait
  useOutboxSender(() => void queryClient.invalidateQueries({ queryKey: [GW] }));
  useEffect(() => {
    // the visit screen must open later without network: fetch its code while there is some
    void loadVisitPage();
  }, []);
  return (
    <div className="gw-root">
      <OfflineReady />
      <OutboxNotice />
      <ScreenBoundary key={location.pathname}>
        <Suspense fallback={<ScreenLoading />}>
          <Routes>
            <Route index element={<Navigate to="households" replace />} />
            <Route path="households" element={<HouseholdsPage />} />
            <Route path="households/:id" element={<HouseholdPage />} />
            <Route path="pairings" element={<PairingsPage />} />
            <Route path="visit" element={<VisitPage />} />
            <Route path="report" element={<ReportPage />} />
            <Route path="follow-ups" element={<FollowUpsPage />} />
            <Route path="*" element={<Notice kind="info" title={t('error.notFound')} />} />
          </Routes>
        </Suspense>
      </ScreenBoundary>
    </div>
  );
}

/** Reads the households I look after once per session, so the visit form offers them offline too. */
function OfflineReady() {
  useMyHouseholds();
  return null;
}

/** On every grid-worker screen but the visit screen itself: how many visits wait on this phone. */
function OutboxNotice() {
  const { t } = useTranslation('gridWorker');
  const { basePath } = useSession();
  const location = useLocation();
  const outbox = useOutbox('visit');
  if (location.pathname.endsWith('/visit') || (outbox.waiting === 0 && outbox.failed === 0)) {
    return null;
  }
  return (
    <Alert
      type={outbox.failed > 0 ? 'error' : 'info'}
      showIcon
      role="status"
      style={{ marginBottom: 12 }}
      title={
        <>
          {outbox.failed > 0 ? t('shared.failedNotice', { count: outbox.failed }) : t('shared.waitingNotice', { count: outbox.waiting })}{' '}
          <Link to={`${basePath}/gw/visit`}>{t('shared.openOutbox')}</Link>
        </>
      }
    />
  );
}
