/** The page capture: one bounded, unclobberable walk of a document (see ./capture-page.ts). */
export { capturePage } from './capture-page';
export { type CaptureBudget, DEFAULT_BUDGET, MAX_CAPTURE_CHARS, type ZoneGroup } from './markup';
