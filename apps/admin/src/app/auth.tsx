import { can as canRole, type Permission, type Role } from '@grassroots/domain';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';

import { LOGOUT, ME } from '../features/auth/graphql';
import type { MeQuery } from '../gql/graphql';
import { UNAUTHENTICATED_EVENT } from './events';
import { requestGraphQL } from './session';

export type Me = MeQuery['me'];

interface Auth {
  me: Me | null;
  loading: boolean;
  /** The permission matrix of @grassroots/domain, for hiding what the API would refuse anyway. */
  can(p: Permission): boolean;
  refresh(): Promise<void>;
  logout(): Promise<void>;
}

const Ctx = createContext<Auth | null>(null);

/**
 * Who is signed in. Asked with a plain `fetch` (see session.ts) so that the sign-in page loads without the Apollo
 * Client; the signed-in shell brings Apollo for the pages.
 */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null>(null);
  const [loading, setLoading] = useState(true);

  const refresh = useCallback(async () => {
    const r = await requestGraphQL(ME).catch(() => ({ data: undefined }));
    setMe(r.data?.me ?? null);
    setLoading(false);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const logout = useCallback(async () => {
    await requestGraphQL(LOGOUT).catch(() => undefined);
    // The shell's cache must not outlive the session (the shell loaded Apollo: this import costs nothing more).
    await (await import('./apollo')).apolloClient.clearStore();
    setMe(null);
  }, []);

  useEffect(() => {
    const onEnded = () => setMe(null);
    window.addEventListener(UNAUTHENTICATED_EVENT, onEnded);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onEnded);
  }, []);

  const value = useMemo<Auth>(
    () => ({ me, loading, can: (p) => canRole(me?.role as Role | undefined, p), refresh, logout }),
    [me, loading, refresh, logout],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuth(): Auth {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
