/** Page object of the inquiries page. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page, Worker } from '@playwright/test';

/** A labelled inquiry fixture: its header lines and body, split the way a rep pastes them into the three fields. */
export function inquiryFixture(name: string): { subject: string; from: string; body: string; raw: string } {
  const raw = readFileSync(resolve(import.meta.dirname, '../../fixtures/inquiries', name), 'utf8');
  const [head = '', ...rest] = raw.split('\n\n');
  const header = (n: string) => new RegExp(`^${n}: (.*)$`, 'm').exec(head)?.[1] ?? '';
  return { subject: header('Subject'), from: header('From'), body: rest.join('\n\n'), raw };
}

/** Stores the LED example profile as the active one, so products are read as ours or not. */
export async function seedLedProfile(sw: Worker, extra: Record<string, unknown> = {}): Promise<void> {
  const profile = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../lib/profile/examples/led-lighting.json'), 'utf8'),
  );
  await sw.evaluate((values) => chrome.storage.local.set(values), {
    profiles: [profile],
    activeProfileId: profile.id,
    ...extra,
  });
}

export class InquiriesPage {
  constructor(readonly page: Page) {}

  async paste(fields: { subject?: string; from?: string; body: string }): Promise<void> {
    if (fields.subject !== undefined) await this.page.getByTestId('paste-subject').fill(fields.subject);
    if (fields.from !== undefined) await this.page.getByTestId('paste-from').fill(fields.from);
    await this.page.getByTestId('paste-body').fill(fields.body);
  }

  /** Presses a page key with the focus outside the fields (the page's keys ignore typing). */
  async press(key: string): Promise<void> {
    await this.page.locator('.topbar h1').click();
    await this.page.keyboard.press(key);
  }

  kind() {
    return this.page.getByTestId('kind');
  }

  rows() {
    return this.page.getByTestId('queue-row');
  }

  notice(key: string) {
    return this.page.locator(`[data-testid="paste-notices"] [data-key="${key}"]`);
  }
}
