import { lazy, Suspense, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useParams } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { Button, Spin } from 'antd';
import { Notice } from './common/Notice';
import { useTranslation } from 'react-i18next';
import { SignedIn } from './auth/SignedIn';
import { useSession } from './auth/AuthContext';
import { consoleConfig, type ConsoleConfig } from './config';
import { AppShell } from './layout/AppShell';
import { featuresFor, FEATURES } from './layout/navigation';
import { CountyPicker } from './layout/CountyPicker';
import { isApiError } from './api/problem';

/** Each role's screens are a separate bundle, loaded the first time the role opens them. */
const SCREENS: Record<string, LazyExoticComponent<ComponentType>> = {
  gw: lazy(() => import('./features/grid-worker')),
  area: lazy(() => import('./features/area')),
  council: lazy(() => import('./features/council')),
  mediation: lazy(() => import('./features/mediation')),
  me: lazy(() => import('./features/villager')),
  analytics: lazy(() => import('./features/analytics')),
  province: lazy(() => import('./features/province')),
};

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      // a 4xx will not change by asking again; the network or a 5xx might
      retry: (failures, error) => failures < 2 && (!isApiError(error) || error.isNetwork || error.status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});

export function Loading() {
  const { t } = useTranslation();
  return (
    <div className="centered" role="status">
      <Spin />
      <span>{t('state.loading')}</span>
    </div>
  );
}

export function App() {
  const [config, setConfig] = useState<ConsoleConfig>();
  const [failed, setFailed] = useState(false);
  const { t } = useTranslation();
  useEffect(() => {
    consoleConfig().then(setConfig, () => setFailed(true));
  }, []);
  if (failed) {
    return (
      <Notice kind="warning" title={t('error.unavailable')}>
        <Button onClick={() => window.location.reload()}>{t('state.reload')}</Button>
      </Notice>
    );
  }
  if (!config) {
    return <Loading />;
  }
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <Routes>
          <Route path="/" element={<CountyPicker config={config} />} />
          <Route path="/c/:county/*" element={<CountyConsole config={config} />} />
          <Route
            path="/p/*"
            element={
              <SignedIn config={config} realm={config.platformRealm}>
                <RoleScreens />
              </SignedIn>
            }
          />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Routes>
      </BrowserRouter>
    </QueryClientProvider>
  );
}

function CountyConsole({ config }: { config: ConsoleConfig }) {
  const { county = '' } = useParams();
  const { t } = useTranslation();
  if (!config.counties.some((known) => known.id === county)) {
    return (
      <Notice kind="info" title={t('error.notFound')}>
        <a href="/">{t('login.chooseCounty')}</a>
      </Notice>
    );
  }
  return (
    <SignedIn key={county} config={config} realm={county}>
      <RoleScreens />
    </SignedIn>
  );
}

/** The screens of the signed-in person's roles; any other feature's address is explained, not shown. */
function RoleScreens() {
  const { identity } = useSession();
  const { t } = useTranslation();
  const allowed = featuresFor(identity.roles);
  return (
    <AppShell>
      <Suspense fallback={<Loading />}>
        <Routes>
          <Route
            index
            element={
              allowed.length > 0 ? (
                <Navigate to={allowed[0].items[0].path} replace />
              ) : (
                <Notice kind="warning" title={t('login.noRole')} />
              )
            }
          />
          <Route path="auth" element={<Loading />} />
          {FEATURES.map((feature) => {
            const Screens = SCREENS[feature.prefix];
            return (
              <Route
                key={feature.prefix}
                path={`${feature.prefix}/*`}
                element={allowed.includes(feature) ? <Screens /> : <Notice kind="forbidden" title={t('error.forbidden')} />}
              />
            );
          })}
          <Route path="*" element={<Notice kind="info" title={t('error.notFound')} />} />
        </Routes>
      </Suspense>
    </AppShell>
  );
}
