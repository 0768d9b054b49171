/** Page object of the popup (opened as `popup.html?tabId=` in the e2e build). */
import { expect, type Locator, type Page } from '@playwright/test';

export class PopupPage {
  constructor(readonly page: Page) {}

  get companyName(): Locator {
    return this.page.getByTestId('company-name');
  }
  get savedState(): Locator {
    return this.page.getByTestId('saved-state');
  }
  get status(): Locator {
    return this.page.getByTestId('status');
  }
  get suggestion(): Locator {
    return this.page.getByTestId('suggestion');
  }

  /** Waits until the scan finished and the popup takes keys. */
  async ready(): Promise<this> {
    await expect(this.page.locator('main[data-phase="ready"]')).toBeVisible();
    return this;
  }

  /** Presses a popup key with focus on the page body (not in a text field). */
  async press(key: string): Promise<void> {
    await this.page.locator('body').press(key);
  }

  /** The flag + country text of the company card. */
  meta(): Locator {
    return this.page.locator('.ts-company__meta');
  }
}
