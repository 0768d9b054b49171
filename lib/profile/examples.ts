/**
 * Example profiles a new rep can start from (Options → "Start from an example"), so the first tier appears
 * within a minute instead of after writing keyword lists. They are also the two profiles `npm run eval`
 * grades the fixture corpus with; `office-furniture.json` is in the minimal import format on purpose.
 */
import type { Profile } from '../model';
import ledLighting from './examples/led-lighting.json';
import officeFurniture from './examples/office-furniture.json';
import { parseProfileJson } from './parse';

export const EXAMPLE_PROFILES: readonly { key: string; json: unknown }[] = [
  { key: 'led-lighting', json: ledLighting },
  { key: 'office-furniture', json: officeFurniture },
];

/** A fresh copy of an example as a validated profile (a new id each time, so it never replaces the rep's own). */
export function exampleProfile(key: string, id: string): Profile {
  const example = EXAMPLE_PROFILES.find((e) => e.key === key);
  if (!example) throw new Error(`no example profile "${key}"`);
  return { ...parseProfileJson(example.json), id };
}
