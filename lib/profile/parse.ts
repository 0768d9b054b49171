/**
 * Reading a profile from JSON the rep imports (or the eval's `--profile` file). Two shapes are accepted:
 * the full {@link Profile} and the minimal `{name, keywords, industryKeywords?, excludeKeywords?}`, which becomes a
 * profile with one product line named after the profile.
 */
import * as z from 'zod';
import { type Profile, ProfileSchema } from '../model';

const MinimalProfileSchema = z.object({
  id: z.string().min(1).optional(),
  name: z.string().trim().min(1),
  keywords: z.array(z.string().trim().min(1)).min(1),
  industryKeywords: z.array(z.string().trim().min(1)).optional(),
  excludeKeywords: z.array(z.string().trim().min(1)).optional(),
});

const FullInputSchema = ProfileSchema.extend({ id: z.string().min(1).optional() });

/** Thrown with a message a rep can act on (which field is wrong). */
export class ProfileParseError extends Error {}

/** A stable-enough id for a new profile: slug of the name plus a short random part. */
export function newProfileId(name: string): string {
  const slug = name
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32);
  return `${slug || 'profile'}-${Math.random().toString(36).slice(2, 8)}`;
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/**
 * Parses a profile (object or JSON text) in either accepted shape.
 * @throws ProfileParseError with the failing fields
 * @example parseProfileJson({ name: 'LED', keywords: ['led panel'] }).lines[0].keywords // ['led panel']
 */
export function parseProfileJson(json: unknown): Profile {
  let value = json;
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw new ProfileParseError(`not valid JSON: ${(e as Error).message}`);
    }
  }
  if (value && typeof value === 'object' && 'lines' in value) {
    const full = FullInputSchema.safeParse(value);
    if (!full.success) throw new ProfileParseError(describeIssues(full.error));
    return { ...full.data, id: full.data.id ?? newProfileId(full.data.name) };
  }
  const minimal = MinimalProfileSchema.safeParse(value);
  if (!minimal.success) throw new ProfileParseError(describeIssues(minimal.error));
  const m = minimal.data;
  return {
    id: m.id ?? newProfileId(m.name),
    name: m.name,
    lines: [{ name: m.name, keywords: m.keywords }],
    industryKeywords: m.industryKeywords ?? [],
    excludeKeywords: m.excludeKeywords ?? [],
  };
}

/** Parses an import file holding one profile or an array of profiles. */
export function parseProfilesJson(json: unknown): Profile[] {
  const value = typeof json === 'string' ? safeJson(json) : json;
  return Array.isArray(value)
    ? value.map((p, i) => withIndex(i, () => parseProfileJson(p)))
    : [parseProfileJson(value)];
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new ProfileParseError(`not valid JSON: ${(e as Error).message}`);
  }
}

function withIndex<T>(i: number, run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw new ProfileParseError(`profile ${i + 1}: ${(e as Error).message}`);
  }
}
