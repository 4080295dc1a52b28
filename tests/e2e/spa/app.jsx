// A clinic's React single-page app (react, react-dom and react-router from
// npm, bundled by esbuild in the e2e global setup): one route shows the
// widget, the others do not, so navigating mounts and unmounts it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, Link, Outlet, RouterProvider } from 'react-router';

function Layout() {
  return (
    <>
      <nav>
        <Link to="/spa/">Home</Link> · <Link to="/spa/check">Self-check</Link> · <Link to="/spa/about">About us</Link>
      </nav>
      <main>
        <Outlet />
      </main>
    </>
  );
}

function Home() {
  return <h1>Welcome to the clinic</h1>;
}

function About() {
  return <h1>About the clinic</h1>;
}

function Check() {
  return (
    <section>
      <h1>Depression self-check</h1>
      <trd-widget lang="en" clinic-name="Lyman Support Centers" clinic-phone="(303) 591-1960">
        If you are in crisis, call or text 988.
      </trd-widget>
    </section>
  );
}

const router = createBrowserRouter([
  {
    path: '/spa',
    element: <Layout />,
    children: [
      { index: true, element: <Home /> },
      { path: 'check', element: <Check /> },
      { path: 'about', element: <About /> },
    ],
  },
]);

createRoot(document.getElementById('root')).render(
  <StrictMode>
    <RouterProvider router={router} />
  </StrictMode>,
);
