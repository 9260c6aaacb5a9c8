// Vitest global setup of the api project: runs once per test run, before any test file, so a
// developer without TEST_DATABASE_URL learns once (not per file) that half the store matrix is off.
export default function announcePostgresTests(): void {
  if (process.env.TEST_DATABASE_URL) return;
  console.log(
    'API tests: PostgreSQL runs skipped (TEST_DATABASE_URL is unset); only PGlite is tested. ' +
      'To include them: TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx vitest run --project api',
  );
}
