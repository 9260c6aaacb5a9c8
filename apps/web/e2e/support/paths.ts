import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
export const apiMain = `${repoRoot}apps/api/dist/main.js`;
export const seedsDir = `${repoRoot}seeds`;
export const fixturesDir = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const screenshotsDir = `${repoRoot}test-artifacts/screenshots`;
export const webDist = `${repoRoot}apps/web/dist`;
