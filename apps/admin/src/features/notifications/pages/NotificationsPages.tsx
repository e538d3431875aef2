import { Navigate, useLocation } from 'react-router';

import { DeadLettersPage } from './DeadLettersPage';
import { NotificationChannelsPage } from './NotificationChannelsPage';
import { NotificationPreferencesPage } from './NotificationPreferencesPage';

/**
 * /notifications/settings, /channels (ADMIN), /dead-letters (ADMIN): one chunk for the three pages, picked by the
 * signed-in shell (see AppLayout) so that the router, which the sign-in page loads, does not grow.
 */
export function NotificationsPages() {
  switch (
    useLocation()
      .pathname.replace(/^\/notifications\//, '')
      .replace(/\/$/, '')
  ) {
    case 'settings':
      return <NotificationPreferencesPage />;
    case 'channels':
      return <NotificationChannelsPage />;
    case 'dead-letters':
      return <DeadLettersPage />;
    default:
      return <Navigate to="/notifications/settings" replace />;
  }
}
