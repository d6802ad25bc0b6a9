import { InMemoryWebStorage, UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import type { ConsoleConfig } from '../config';

/**
 * One OpenID Connect client per realm (a county, or the platform realm). Tokens are kept in
 * memory only — never in localStorage or sessionStorage, where any script could read them
 * after the tab is gone; a reload signs in again through Keycloak's session (no password asked
 * while that session lasts). Only the PKCE verifier and state wait in sessionStorage during the
 * redirect, as the protocol needs.
 */
const managers = new Map<string, UserManager>();

export function basePathOf(realm: string, config: ConsoleConfig): string {
  return realm === config.platformRealm ? '/p' : `/c/${realm}`;
}

export function userManager(config: ConsoleConfig, realm: string): UserManager {
  let manager = managers.get(realm);
  if (!manager) {
    const base = `${window.location.origin}${basePathOf(realm, config)}`;
    manager = new UserManager({
      authority: `${config.keycloakUrl}/realms/${realm}`,
      client_id: config.clientId,
      redirect_uri: `${base}/auth`,
      post_logout_redirect_uri: `${window.location.origin}/`,
      response_type: 'code',
      scope: 'openid',
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
      // refreshed with the refresh token a minute before the access token expires
      automaticSilentRenew: true,
      accessTokenExpiringNotificationTimeInSeconds: 60,
      monitorSession: false,
      loadUserInfo: false,
      extraQueryParams: { ui_locales: document.documentElement.lang || 'zh-CN' },
    });
    managers.set(realm, manager);
  }
  return manager;
}

/** The code exchange must happen once even when React mounts twice (StrictMode). */
const callbacks = new Map<string, Promise<User>>();

export function completeSignIn(manager: UserManager, url: string): Promise<User> {
  let pending = callbacks.get(url);
  if (!pending) {
    pending = manager.signinRedirectCallback(url);
    callbacks.set(url, pending);
  }
  return pending;
}

export interface ReturnState {
  returnTo: string;
}
