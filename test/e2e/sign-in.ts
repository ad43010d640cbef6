// The sign-in form shared by the admin console, the counter and the guidance desk.
import type { Page } from 'playwright-core';
import { ADMIN_PASSWORD } from '../support/test-server.js';

/** Fills the form and sends it (what comes next is the caller's to wait for). */
export async function signIn(page: Page, username: string, password: string): Promise<void> {
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
}

/** Signs the admin in to the console and waits for the overview. */
export async function signInAdmin(page: Page): Promise<void> {
  await signIn(page, 'admin', ADMIN_PASSWORD);
  await page.getByTestId('nav-overview').waitFor();
}
