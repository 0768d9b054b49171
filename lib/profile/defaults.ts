/**
 * Default tier thresholds (DOMAIN.md §1). The rep can change them in options; these apply until then.
 * A: at least 60% of the site's product range matches our lines; B: at least 25%; below that C (when the rest is
 * our industry); two independent size signals lift a C to B.
 */
import type { Thresholds } from '../model';

export const DEFAULT_THRESHOLDS: Thresholds = { a: 0.6, b: 0.25, sizeLift: 2 };
