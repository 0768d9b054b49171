import { defineConfig } from 'wxt';
import { manifestCommands } from './lib/shortcuts';

// See shared/RECIPE.md for why each of these settings is here.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  // Lets parallel builds (several worktrees or agents) keep apart; default is WXT's own.
  outDir: process.env.TIERSCOUT_OUT_DIR ?? '.output',
  // `wxt` dev mode cannot drive Chromium on a root, headless machine; `npm run demo` launches it instead.
  webExt: { disabled: true },
  zip: {
    excludeSources: [
      'test-results/**',
      'playwright-report/**',
      'tests/.reports/**',
      '**/*.log',
      '.output*/**',
    ],
  },
  manifest: ({ browser, manifestVersion, mode }) => {
    const commands = manifestCommands();
    if (manifestVersion === 2 && commands._execute_action) {
      // WXT does not rename this for MV2 (RECIPE.md, Firefox build).
      commands._execute_browser_action = commands._execute_action;
      delete commands._execute_action;
    }
    return {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      // Least privilege: the scanner is injected on demand into the tab the rep acts on (activeTab).
      // contextMenus: "Send selection to TierScout inquiries" (the menu item only receives the selected text).
      // alarms + notifications (e2e build only): the follow-up reminder, which the production build asks for the
      // first time the rep sets a follow-up; Playwright cannot answer the browser's prompt.
      permissions: [
        'activeTab',
        'scripting',
        'storage',
        'contextMenus',
        ...(mode === 'e2e' ? (['alarms', 'notifications'] as const) : []),
      ],
      // tabs: asked for in options only if the rep wants the saved tier shown whenever a saved site is revisited.
      // alarms + notifications: asked for when the rep first sets a follow-up (lib/crm/reminders.ts).
      optional_permissions: mode === 'e2e' ? ['tabs'] : ['tabs', 'alarms', 'notifications'],
      // The e2e build alone may reach the local fixture server: Playwright cannot click the toolbar button,
      // so activeTab is never granted there (microsoft/playwright#36087).
      ...(mode === 'e2e' ? { host_permissions: ['http://*/*'] } : {}),
      commands,
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: { id: 'tierscout@tierscout.local', data_collection_permissions: { required: ['none'] } },
            },
          }
        : {}),
    };
  },
});
