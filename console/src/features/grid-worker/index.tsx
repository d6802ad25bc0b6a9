import { lazy, Suspense, useEffect } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useResolvedPath } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { Notice } from '../../common/Notice';
import { registerTexts } from '../../i18n';
import { useOutbox, useOutboxSender } from '../../offline/useOutbox';
import { GW, useMyHouseholds } from './api';
import { ScreenBoundary, ScreenLoading } from './parts';
import { texts } from './texts';
import './gw.css';

registerTexts('gridWorker', texts);

// each screen its own bundle: the first (my micro-grid's households) loads only what it needs
const HouseholdsPage = lazy(() => import('./HouseholdsPage'));
const HouseholdPage = lazy(() => import('./HouseholdPage'));
const PairingsPage = lazy(() => import('./PairingsPage'));
const loadVisitPage = () => import('./VisitPage');
const VisitPage = lazy(loadVisitPage);
const ReportPage = lazy(() => import('./ReportPage'));
const FollowUpsPage = lazy(() => import('./FollowUpsPage'));

/** The grid worker's screens (phone first), under `gw/`. */
export default function GridWorkerScreens() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  // visits kept on the phone go out now, when the network is back, and every 30 s while any wait
  useOutboxSender(() => void queryClient.invalidateQueries({ queryKey: [GW] }));
  useEffect(() => {
    // the visit screen must open later without network: fetch its code while there is some
    void loadVisitPage();
  }, []);
  return (
    <>
      <OfflineReady />
      <OutboxNotice />
      <ScreenBoundary>
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
    </>
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
  const location = useLocation();
  const outbox = useOutbox('visit');
  const visitPage = useResolvedPath('visit').pathname;
  if (location.pathname === visitPage || (outbox.waiting === 0 && outbox.failed === 0)) {
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
          <Link to={visitPage}>{t('shared.openOutbox')}</Link>
        </>
      }
    />
  );
}
