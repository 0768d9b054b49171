import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '@/lib/db/db';
import { App } from './App';
import './style.css';

// Test hook for Playwright (e2e build only): lets a test close this page's database connection to prove the
// "closed database" message; absent from the production build.
if (import.meta.env.MODE === 'e2e') {
  (globalThis as Record<string, unknown>).__tierscout = { db };
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
