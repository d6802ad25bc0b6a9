import { createContext, useContext } from 'react';
import type { Identity } from './roles';

export interface Session {
  identity: Identity;
  /** the county (realm) this console is signed into; `platform` for provincial admins and operators */
  realm: string;
  /** `/c/<county>` or `/p`: every route of this session lives under it */
  basePath: string;
  countyName?: string;
  logout: () => void;
}

export const SessionContext = createContext<Session | undefined>(undefined);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) {
    throw new Error('useSession outside a signed-in route');
  }
  return session;
}
