/** The smallest end-to-end path: a fixture company site, the popup for its tab, the company's name. */
import { expect, test } from './fixtures';
import { PopupPage } from './pages/popup';

test('the popup shows the company of the site in the tab', async ({ openPopupFor, openTab }) => {
  const { page } = await openTab('lichtwerk-handel.de', '/');
  const popup = new PopupPage(await openPopupFor(page));
  await expect(popup.companyName).toHaveText('Lichtwerk Handel GmbH');
});
