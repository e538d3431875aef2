import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { can as canRole, type Permission, type Role } from '@grassroots/domain';
import type { MeQuery } from '../gql/graphql';
import { LOGOUT, ME } from '../features/auth/graphql';
import { App } from 'antd';
import { QUERY_FAILED_EVENT, UNAUTHENTICATED_EVENT } from './apollo';
import { useI18n } from './i18n';

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

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const { data, loading, refetch } = useQuery(ME, { fetchPolicy: 'network-only', errorPolicy: 'all' });
  const [logoutMutation] = useMutation(LOGOUT);
  const me = data?.me ?? null;

  const refresh = useCallback(async () => {
    await refetch();
  }, [refetch]);

  const logout = useCallback(async () => {
    await logoutMutation().catch(() => undefined);
    await client.clearStore();
    client.writeQuery({ query: ME, data: { me: null as unknown as Me } });
  }, [client, logoutMutation]);

  const { message } = App.useApp();
  const { t } = useI18n();
  useEffect(() => {
    const onFailed = () => message.error({ content: t('common.error'), key: QUERY_FAILED_EVENT });
    window.addEventListener(QUERY_FAILED_EVENT, onFailed);
    return () => window.removeEventListener(QUERY_FAILED_EVENT, onFailed);
  }, [message, t]);

  useEffect(() => {
    const onEnded = () => {
      client.writeQuery({ query: ME, data: { me: null as unknown as Me } });
    };
    window.addEventListener(UNAUTHENTICATED_EVENT, onEnded);
    return () => window.removeEventListener(UNAUTHENTICATED_EVENT, onEnded);
  }, [client]);

  const value = useMemo<Auth>(
    () => ({ me, loading: loading && !data, can: (p) => canRole(me?.role as Role | undefined, p), refresh, logout }),
    [me, loading, data, refresh, logout],
  );
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>;
}

export function useAuth(): Auth {
  const v = useContext(Ctx);
  if (!v) throw new Error('useAuth outside AuthProvider');
  return v;
}
