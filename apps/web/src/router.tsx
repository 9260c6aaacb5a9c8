import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Layout } from './components/Layout';
import { Loading } from './components/States';

// Every page is its own chunk: a first visit downloads the shell and one page, and the playground's
// editor (megabytes of Monaco) only when someone opens it. Declarative routing (not the data router)
// because the pages fetch through Apollo and the data router would add ~17 KB gz to every visit.
const Articles = lazy(() => import('./pages/Articles'));
const Article = lazy(() => import('./pages/Article'));
const Entity = lazy(() => import('./pages/Entity'));
const Quotes = lazy(() => import('./pages/Quotes'));
const Figures = lazy(() => import('./pages/Figures'));
const Compare = lazy(() => import('./pages/Compare'));
const Directory = lazy(() => import('./pages/Directory'));
const Speakers = lazy(() => import('./pages/Speakers'));
const Playground = lazy(() => import('./pages/Playground'));
const NotFound = lazy(() => import('./pages/NotFound'));

export function AppRoutes() {
  return (
    <BrowserRouter>
      <Layout>
        <ErrorBoundary>
          <Suspense fallback={<Loading label="Cargando página…" />}>
            <Routes>
              <Route index element={<Articles />} />
              <Route path="articles/:id" element={<Article />} />
              <Route path="entities/:id" element={<Entity />} />
              <Route path="quotes" element={<Quotes />} />
              <Route path="figures" element={<Figures />} />
              <Route path="comparar" element={<Compare />} />
              <Route path="entidades" element={<Directory />} />
              <Route path="portavoces" element={<Speakers />} />
              <Route path="playground" element={<Playground />} />
              <Route path="*" element={<NotFound />} />
            </Routes>
          </Suspense>
        </ErrorBoundary>
      </Layout>
    </BrowserRouter>
  );
}
