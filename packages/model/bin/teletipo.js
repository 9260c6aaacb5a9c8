#!/usr/bin/env node
// The `teletipo` command. This file is in the repository, unlike dist/ which the build makes, so
// that npm can link it as a command at install time; it runs the built CLI.
import { existsSync } from 'node:fs';

const main = new URL('../dist/cli/main.js', import.meta.url);
if (!existsSync(main)) {
  console.error('teletipo: the model is not built (dist/cli/main.js is missing): run `npm run build` first');
  process.exit(1);
}
await import(main.href);
