// Monaco runs its language services in web workers. graphiql ships `graphiql/setup-workers/vite`, but
// that file lives in node_modules, which the dev server pre-bundles and whose `?worker` imports it then
// cannot resolve; declaring the workers in our own source works for `vite` and `vite build` alike.
import EditorWorker from 'monaco-editor/esm/vs/editor/editor.worker.js?worker';
import JsonWorker from 'monaco-editor/esm/vs/language/json/json.worker.js?worker';
import GraphQLWorker from 'monaco-graphql/esm/graphql.worker.js?worker';
import type { Environment } from 'monaco-editor';

(globalThis as { MonacoEnvironment?: Environment }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    if (label === 'json') return new JsonWorker();
    if (label === 'graphql') return new GraphQLWorker();
    return new EditorWorker();
  },
};
