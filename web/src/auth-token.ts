/** The admin token the data-entry page keeps in sessionStorage for the page's writes. */
const TOKEN_KEY = 'amity.adminToken';

export function readToken(): string {
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? '';
  } catch {
    return '';
  }
}

/** Stores the token, or forgets it when empty. */
export function writeToken(value: string): void {
  try {
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Without sessionStorage the token lives until the page is left.
  }
}
