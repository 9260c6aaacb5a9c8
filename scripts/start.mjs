#!/usr/bin/env node
// `npm start`: install and build only what is missing or stale, then serve the API and the web app
// on one URL (PORT, default 4000). Everything else is configured by environment variables (README).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, env = process.env) {
  console.log(`> ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (status !== 0) process.exit(status ?? 1);
}

/** Newest modification time of any file below `dir` (0 when it does not exist). */
function newest(dir) {
  if (!existsSync(dir)) return 0;
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

if (!existsSync(join(root, 'node_modules', '.package-lock.json'))) run(npm, ['ci']);

// A package is stale when any source file is newer than its build output.
const builds = [
  ['packages/model/src', 'packages/model/dist'],
  ['apps/api/src', 'apps/api/dist'],
  ['apps/web/src', 'apps/web/dist'],
];
if (builds.some(([src, dist]) => newest(join(root, dist)) < newest(join(root, src)))) {
  run(npm, ['run', 'build']);
}

// Only the server runs in production mode (express then hides stack traces in its error pages);
// `npm ci` above must not see it, or it would skip the devDependencies the build needs.
run(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  ...process.env,
  NODE_ENV: process.env.NODE_ENV || 'production',
});
