import 'graphiql/style.css';
import '../playground/playground.css';
import '../playground/monacoWorkers';
import { GraphiQL } from 'graphiql';
import { useRef } from 'react';
import { usePageTitle } from '../components/usePageTitle';
import { EXAMPLE_TABS } from '../playground/examples';
import { fetcher } from '../playground/fetcher';
import { useTabStripSemantics } from '../playground/useTabStripSemantics';

/** GraphiQL 5 over our own API, bundled (no CDN), loaded only when this route is opened. */
export default function Playground() {
  usePageTitle('Playground');
  const container = useRef<HTMLDivElement>(null);
  useTabStripSemantics(container);
  return (
    <div className="playground" ref={container}>
      <h1 className="visually-hidden">Playground GraphQL</h1>
      <GraphiQL
        fetcher={fetcher}
        defaultTabs={EXAMPLE_TABS}
        defaultEditorToolsVisibility={false}
        forcedTheme="light"
      >
        <GraphiQL.Logo>Teletipo GraphQL</GraphiQL.Logo>
      </GraphiQL>
    </div>
  );
}
