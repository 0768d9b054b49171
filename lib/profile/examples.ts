/**
 * Example profiles a new rep can start from (Options → "Start from an example"), so the first tier appears
 * within a minute instead of after writing keyword lists. The two in `examples/` are also the profiles
 * `npm run eval` grades the fixture corpus with (it reads that folder only); `office-furniture.json` is in the
 * minimal import format on purpose. The typical Chinese export trades in `examples/trades/` are starting points
 * only, kept out of the eval so its figures stay comparable.
 */
import type { Profile } from '../model';
import ledLighting from './examples/led-lighting.json';
import officeFurniture from './examples/office-furniture.json';
import apparel from './examples/trades/apparel.json';
import autoParts from './examples/trades/auto-parts.json';
import handTools from './examples/trades/hand-tools.json';
import homeFurniture from './examples/trades/home-furniture.json';
import homeTextiles from './examples/trades/home-textiles.json';
import packaging from './examples/trades/packaging.json';
import valves from './examples/trades/valves.json';
import { parseProfileJson } from './parse';

export const EXAMPLE_PROFILES: readonly { key: string; json: unknown }[] = [
  { key: 'led-lighting', json: ledLighting },
  { key: 'office-furniture', json: officeFurniture },
  { key: 'home-furniture', json: homeFurniture },
  { key: 'apparel', json: apparel },
  { key: 'home-textiles', json: homeTextiles },
  { key: 'valves', json: valves },
  { key: 'packaging', json: packaging },
  { key: 'auto-parts', json: autoParts },
  { key: 'hand-tools', json: handTools },
];

/** A fresh copy of an example as a validated profile (a new id each time, so it never replaces the rep's own). */
export function exampleProfile(key: string, id: string): Profile {
  const example = EXAMPLE_PROFILES.find((e) => e.key === key);
  if (!example) throw new Error(`no example profile "${key}"`);
  return { ...parseProfileJson(example.json), id };
}
