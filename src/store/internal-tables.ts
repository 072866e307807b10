/**
 * Tables whose rows are internal: accounts, proposals and the ties' assignments to organisations. Their changes are logged like any other, but
 * the public change log does not list them and they do not change the data version the analyses are
 * cached by. The list matches the partial index `change_log_public` (migration 024).
 */
export const INTERNAL_TABLES = [
  'users',
  'user_roles',
  'api_tokens',
  'proposals',
  'partnership_assignments',
] as const;

/** The SQL condition on change_log that keeps public tables (uses the partial index). */
export const PUBLIC_CHANGES = `table_name NOT IN (${INTERNAL_TABLES.map((t) => `'${t}'`).join(', ')})`;
