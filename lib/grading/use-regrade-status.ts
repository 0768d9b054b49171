/** The re-grade status for React pages (options, prospect list), kept current as the background writes it. */
import { useEffect, useState } from 'react';
import { parseRegradeStatus, type RegradeStatus, regradeStatusItem } from './regrade-runner';

/** The last re-grade's status in this browser session, or null when none ran. */
export function useRegradeStatus(): RegradeStatus | null {
  const [status, setStatus] = useState<RegradeStatus | null>(null);
  useEffect(() => {
    let live = true;
    regradeStatusItem.getValue().then(
      (value) => live && setStatus(parseRegradeStatus(value)),
      () => undefined,
    );
    const unwatch = regradeStatusItem.watch((value) => setStatus(parseRegradeStatus(value)));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return status;
}
