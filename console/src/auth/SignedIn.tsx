import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { Button, Spin } from 'antd';
import { Notice } from '../common/Notice';
import { useTranslation } from 'react-i18next';
import type { User } from 'oidc-client-ts';
import { setTokenSource } from '../api/http';
import type { ConsoleConfig } from '../config';
import { SessionContext, type Session } from './AuthContext';
import { identityOf } from './roles';
import { basePathOf, completeSignIn, userManager, type ReturnState } from './session';

/**
 * Signs the person into one realm (authorization code + PKCE through Keycloak's own login page)
 * and gives the routes below it a session. Every route under `/c/<county>` or `/p` passes here.
 */
export function SignedIn({ config, realm, children }: { config: ConsoleConfig; realm: string; children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const manager = useMemo(() => userManager(config, realm), [config, realm]);
  const basePath = basePathOf(realm, config);
  const [user, setUser] = useState<User | null>(null);
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let active = true;
    const signIn = () =>
      manager.signinRedirect({ state: { returnTo: location.pathname + location.search } satisfies ReturnState });
    const loaded = (next: User) => {
      if (active) setUser(next);
    };
    const renewFailed = () => {
      if (navigator.onLine) {
        void signIn();
      }
    };
    manager.events.addUserLoaded(loaded);
    manager.events.addSilentRenewError(renewFailed);
    const start = async () => {
      if (location.pathname === `${basePath}/auth`) {
        const signedIn = await completeSignIn(manager, window.location.href);
        if (!active) return;
        setUser(signedIn);
        const state = signedIn.state as ReturnState | undefined;
        const returnTo = state?.returnTo && !state.returnTo.endsWith('/auth') ? state.returnTo : basePath;
        navigate(returnTo, { replace: true });
        return;
      }
      const existing = await manager.getUser();
      if (existing && !existing.expired) {
        loaded(existing);
      } else if (!navigator.onLine) {
        setFailure(t('shell.offline'));
      } else {
        await signIn();
      }
    };
    start().catch((error: Error) => {
      if (active) setFailure(error.message || t('login.failed'));
    });
    return () => {
      active = false;
      manager.events.removeUserLoaded(loaded);
      manager.events.removeSilentRenewError(renewFailed);
    };
    // the flow runs once per realm; later navigation inside the console does not restart it
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [manager]);

  useEffect(() => {
    setTokenSource(
      () => user?.access_token,
      () => {
        if (navigator.onLine) {
          void manager.signinRedirect({ state: { returnTo: window.location.pathname } satisfies ReturnState });
        }
      },
    );
  }, [user, manager]);

  const session = useMemo<Session | undefined>(() => {
    if (!user) return undefined;
    return {
      identity: identityOf(user.access_token),
      realm,
      basePath,
      countyName: config.counties.find((county) => county.id === realm)?.name,
      logout: () => void manager.signoutRedirect({ id_token_hint: user.id_token }),
    };
  }, [user, realm, basePath, config, manager]);

  if (failure) {
    return (
      <Notice kind="warning" title={t('login.failed')}>
        <p>{failure}</p>
        <Button type="primary" onClick={() => window.location.assign(basePath)}>
          {t('login.retry')}
        </Button>
      </Notice>
    );
  }
  if (!session) {
    return (
      <div className="centered" role="status">
        <Spin size="large" />
        <span>{t('login.signingIn')}</span>
      </div>
    );
  }
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}
