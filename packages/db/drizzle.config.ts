import { defineConfig } from 'drizzle-kit';

// Migrations are generated into the top-level drizzle/ folder, reviewed as SQL and committed.
export default defineConfig({
  dialect: 'postgresql',
  schema: './packages/db/src/schema/index.ts',
  out: './drizzle',
});
