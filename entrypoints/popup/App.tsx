import { browser } from '#imports';
import { useEffect, useState } from 'react';
import type { ScanResult } from '@/lib/model';
import { analyzeCaptures } from '@/lib/scan/analyze';
import { captureTab } from '@/lib/tabs';

/** Foundation popup: scans the active tab and shows the company. The store/popup issue replaces this. */
export function App() {
  const [scan, setScan] = useState<ScanResult | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    (async () => {
      const param = new URLSearchParams(location.search).get('tabId');
      const tabId =
        import.meta.env.MODE === 'e2e' && param
          ? Number(param)
          : (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) throw new Error('No active tab');
      setScan(analyzeCaptures([await captureTab(tabId)]));
    })().catch((e: unknown) => setError(String(e)));
  }, []);
  return (
    <main style={{ width: 360, padding: 12, font: '14px system-ui' }}>
      <h1 style={{ fontSize: 16 }}>TierScout</h1>
      {error && <p role="alert">{error}</p>}
      {scan && <p data-testid="company-name">{scan.company.name}</p>}
    </main>
  );
}
