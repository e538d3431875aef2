import { Spin } from 'antd';
import { type ComponentType, lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';

import { useAuth } from './auth';
import { homePath } from './homePath';

/**
 * Every page, and the signed-in shell, is its own chunk loaded on first visit: the sign-in page does not download
 * tables, charts or the pages of other roles (issue 12).
 */
function lazyPage<K extends string>(load: () => Promise<Record<K, ComponentType>>, name: K, whole = false) {
  const Page = lazy<ComponentType>(() => load().then((m) => ({ default: m[name] })));
  // A page inside the shell spins in the content area (menu and header stay); a whole screen spins full screen.
  const fallback = whole ? <Spin fullscreen /> : <Spin size="large" style={{ display: 'block', padding: '96px 0' }} />;
  return function LazyPage() {
    return (
      <Suspense fallback={fallback}>
        <Page />
      </Suspense>
    );
  };
}

const LoginPage = lazyPage(() => import('../features/auth/pages/LoginPage'), 'LoginPage', true);
const LessonPage = lazyPage(() => import('../features/lessons/pages/LessonPage'), 'LessonPage');
const LessonsPage = lazyPage(() => import('../features/lessons/pages/LessonsPage'), 'LessonsPage');
const SubmissionsPage = lazyPage(() => import('../features/assignments/pages/SubmissionsPage'), 'SubmissionsPage');
const CohortDetailPage = lazyPage(() => import('../features/cohorts/pages/CohortDetailPage'), 'CohortDetailPage');
const CohortsPage = lazyPage(() => import('../features/cohorts/pages/CohortsPage'), 'CohortsPage');
const PortalPage = lazyPage(() => import('../features/portal/pages/PortalPage'), 'PortalPage');
const ProgramDetailPage = lazyPage(() => import('../features/programs/pages/ProgramDetailPage'), 'ProgramDetailPage');
const ProgramsPage = lazyPage(() => import('../features/programs/pages/ProgramsPage'), 'ProgramsPage');
const SponsorDetailPage = lazyPage(() => import('../features/sponsors/pages/SponsorDetailPage'), 'SponsorDetailPage');
const SponsorsPage = lazyPage(() => import('../features/sponsors/pages/SponsorsPage'), 'SponsorsPage');
const TraineeDetailPage = lazyPage(() => import('../features/trainees/pages/TraineeDetailPage'), 'TraineeDetailPage');
const TraineesPage = lazyPage(() => import('../features/trainees/pages/TraineesPage'), 'TraineesPage');
const SessionDetailPage = lazyPage(() => import('../features/sessions/pages/SessionDetailPage'), 'SessionDetailPage');
const SessionsPage = lazyPage(() => import('../features/sessions/pages/SessionsPage'), 'SessionsPage');
const TeamDetailPage = lazyPage(() => import('../features/teams/pages/TeamDetailPage'), 'TeamDetailPage');
const TeamsPage = lazyPage(() => import('../features/teams/pages/TeamsPage'), 'TeamsPage');
const ProductsPage = lazyPage(() => import('../features/catalogue/pages/ProductsPage'), 'ProductsPage');
const SuppliersPage = lazyPage(() => import('../features/catalogue/pages/SuppliersPage'), 'SuppliersPage');
const QcPage = lazyPage(() => import('../features/qc/pages/QcPage'), 'QcPage');
const TicketDetailPage = lazyPage(() => import('../features/aftersales/pages/TicketDetailPage'), 'TicketDetailPage');
const TicketsPage = lazyPage(() => import('../features/aftersales/pages/TicketsPage'), 'TicketsPage');
const FigureMethodsPage = lazyPage(() => import('../features/reports/pages/FigureMethodsPage'), 'FigureMethodsPage');
const ProgramReportPage = lazyPage(() => import('../features/reports/pages/ProgramReportPage'), 'ProgramReportPage');
const ReportsPage = lazyPage(() => import('../features/reports/pages/ReportsPage'), 'ReportsPage');
const AuditLogPage = lazyPage(() => import('../features/users/pages/AuditLogPage'), 'AuditLogPage');
const UsersPage = lazyPage(() => import('../features/users/pages/UsersPage'), 'UsersPage');
const WorkbenchPage = lazyPage(() => import('../features/workbench/pages/WorkbenchPage'), 'WorkbenchPage');
const AppLayout = lazyPage(() => import('./AppLayout'), 'AppLayout', true);

function Home() {
  const { me } = useAuth();
  return <Navigate to={me ? homePath() : '/login'} replace />;
}

export const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'workbench', element: <WorkbenchPage /> },
      { path: 'portal', element: <PortalPage /> },
      { path: 'sponsors', element: <SponsorsPage /> },
      { path: 'sponsors/:id', element: <SponsorDetailPage /> },
      { path: 'programs', element: <ProgramsPage /> },
      { path: 'programs/:id', element: <ProgramDetailPage /> },
      { path: 'cohorts', element: <CohortsPage /> },
      { path: 'cohorts/:id', element: <CohortDetailPage /> },
      { path: 'lessons', element: <LessonsPage /> },
      { path: 'lessons/:id', element: <LessonPage /> },
      { path: 'assignments', element: <SubmissionsPage /> },
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
