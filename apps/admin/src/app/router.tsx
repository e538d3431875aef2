import { createBrowserRouter, Navigate } from 'react-router';
import type { Role } from '@grassroots/domain';
import { LoginPage } from '../features/auth/pages/LoginPage';
import { LessonPage } from '../features/lessons/pages/LessonPage';
import { CohortDetailPage } from '../features/cohorts/pages/CohortDetailPage';
import { CohortsPage } from '../features/cohorts/pages/CohortsPage';
import { PortalPage } from '../features/portal/pages/PortalPage';
import { ProgramDetailPage } from '../features/programs/pages/ProgramDetailPage';
import { ProgramsPage } from '../features/programs/pages/ProgramsPage';
import { SponsorDetailPage } from '../features/sponsors/pages/SponsorDetailPage';
import { SponsorsPage } from '../features/sponsors/pages/SponsorsPage';
import { TraineeDetailPage } from '../features/trainees/pages/TraineeDetailPage';
import { TraineesPage } from '../features/trainees/pages/TraineesPage';
import { SessionDetailPage } from '../features/sessions/pages/SessionDetailPage';
import { SessionsPage } from '../features/sessions/pages/SessionsPage';
import { TeamDetailPage } from '../features/teams/pages/TeamDetailPage';
import { TeamsPage } from '../features/teams/pages/TeamsPage';
import { ProductsPage } from '../features/catalogue/pages/ProductsPage';
import { SuppliersPage } from '../features/catalogue/pages/SuppliersPage';
import { QcPage } from '../features/qc/pages/QcPage';
import { TicketDetailPage } from '../features/aftersales/pages/TicketDetailPage';
import { TicketsPage } from '../features/aftersales/pages/TicketsPage';
import { FigureMethodsPage } from '../features/reports/pages/FigureMethodsPage';
import { ProgramReportPage } from '../features/reports/pages/ProgramReportPage';
import { ReportsPage } from '../features/reports/pages/ReportsPage';
import { AuditLogPage } from '../features/users/pages/AuditLogPage';
import { UsersPage } from '../features/users/pages/UsersPage';
import { AppLayout, homePath } from './AppLayout';
import { useAuth } from './auth';

function Home() {
  const { me } = useAuth();
  return <Navigate to={me ? homePath(me.role as Role) : '/login'} replace />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'portal', element: <PortalPage /> },
      { path: 'sponsors', element: <SponsorsPage /> },
      { path: 'sponsors/:id', element: <SponsorDetailPage /> },
      { path: 'programs', element: <ProgramsPage /> },
      { path: 'programs/:id', element: <ProgramDetailPage /> },
      { path: 'cohorts', element: <CohortsPage /> },
      { path: 'cohorts/:id', element: <CohortDetailPage /> },
      { path: 'lessons/:id', element: <LessonPage /> },
      { path: 'trainees', element: <TraineesPage /> },
      { path: 'trainees/:id', element: <TraineeDetailPage /> },
      { path: 'teams', element: <TeamsPage /> },
      { path: 'teams/:id', element: <TeamDetailPage /> },
      { path: 'sessions', element: <SessionsPage /> },
      { path: 'sessions/:id', element: <SessionDetailPage /> },
      { path: 'suppliers', element: <SuppliersPage /> },
      { path: 'products', element: <ProductsPage /> },
      { path: 'qc', element: <QcPage /> },
      { path: 'tickets', element: <TicketsPage /> },
      { path: 'tickets/:id', element: <TicketDetailPage /> },
      { path: 'reports', element: <ReportsPage /> },
      { path: 'reports/methods', element: <FigureMethodsPage /> },
      { path: 'reports/:id', element: <ProgramReportPage /> },
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditLogPage /> },
      { path: '*', element: <Home /> },
    ],
  },
]);
