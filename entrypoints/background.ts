import { browser, defineBackground } from '#imports';
import { dispatchMessage, type Handlers } from '@/lib/messages';

export default defineBackground(() => {
  const handlers: Handlers = {
    ping: async () => ({ ok: true, version: browser.runtime.getManifest().version }),
    prospectSaved: async () => ({ ok: true }),
  };
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    dispatchMessage(handlers, message, { tabId: sender.tab?.id }).then(sendResponse, () =>
      sendResponse(undefined),
    );
    return true;
  });
});
