import { StrictMode, lazy } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import './i18n';
import './styles.css';
import Layout from './components/Layout';
import { NotFoundPage, RouteError } from './components/ui';
import { SessionProvider } from './session';

// Every page is its own chunk; charts and the map geometry load only when a page draws them.
const Home = lazy(() => import('./pages/Home'));
const PlacePage = lazy(() => import('./pages/Place'));
const PartnersPage = lazy(() => import('./pages/Partners'));
const PartnershipPage = lazy(() => import('./pages/PartnershipPage'));
const Compare = lazy(() => import('./pages/Compare'));
const CountryIndex = lazy(() => import('./pages/CountryIndex'));
const CountryPage = lazy(() => import('./pages/Country'));
const Organisations = lazy(() => import('./pages/Organisations'));
const OrganisationPage = lazy(() => import('./pages/OrganisationPage'));
const Events = lazy(() => import('./pages/Events'));
const EventPage = lazy(() => import('./pages/EventPage'));
const Projects = lazy(() => import('./pages/Projects'));
const ProjectPage = lazy(() => import('./pages/ProjectPage'));
const Sources = lazy(() => import('./pages/Sources'));
const SourcePage = lazy(() => import('./pages/SourcePage'));
const Entry = lazy(() => import('./pages/Entry'));
const Analysis = lazy(() => import('./pages/Analysis'));
const NetworkPage = lazy(() => import('./pages/Network'));
const Indices = lazy(() => import('./pages/Indices'));
const Login = lazy(() => import('./pages/Login'));
const Account = lazy(() => import('./pages/Account'));
const Users = lazy(() => import('./pages/Users'));
const Workspace = lazy(() => import('./pages/Workspace'));
const ProposalForm = lazy(() => import('./pages/ProposalForm'));
const ProposalPage = lazy(() => import('./pages/ProposalPage'));
const Stewardship = lazy(() => import('./pages/Stewardship'));

const router = createBrowserRouter([
  {
    element: <Layout />,
    children: [
      {
        errorElement: <RouteError />,
        children: [
          { path: '/', element: <Home /> },
          { path: '/place/:id', element: <PlacePage /> },
          { path: '/place/:id/partners', element: <PartnersPage /> },
          { path: '/partnership/:id', element: <PartnershipPage /> },
          { path: '/compare', element: <Compare /> },
          { path: '/country', element: <CountryIndex /> },
          { path: '/country/:code', element: <CountryPage /> },
          { path: '/organisations', element: <Organisations /> },
          { path: '/organisations/:id', element: <OrganisationPage /> },
          { path: '/events', element: <Events /> },
          { path: '/events/:id', element: <EventPage /> },
          { path: '/projects', element: <Projects /> },
          { path: '/projects/:id', element: <ProjectPage /> },
          { path: '/sources', element: <Sources /> },
          { path: '/sources/:id', element: <SourcePage /> },
          { path: '/entry', element: <Entry /> },
          { path: '/analysis', element: <Analysis /> },
          { path: '/analysis/network', element: <NetworkPage /> },
          { path: '/indices', element: <Indices /> },
          { path: '/login', element: <Login /> },
          { path: '/account', element: <Account /> },
          { path: '/admin/users', element: <Users /> },
          { path: '/workspace', element: <Workspace /> },
          { path: '/proposals/new', element: <ProposalForm key="new" /> },
          { path: '/proposals/:id', element: <ProposalPage /> },
          { path: '/proposals/:id/edit', element: <ProposalForm key="edit" /> },
          { path: '/stewardship', element: <Stewardship /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <SessionProvider>
      <RouterProvider router={router} />
    </SessionProvider>
  </StrictMode>,
);
