import { useEffect, useMemo, useState } from 'react';
import { FileButton } from '@/components/common/FileButton';
import { RegradeStatusLine } from '@/components/common/RegradeStatusLine';
import { KeywordWarnings } from '@/components/options/KeywordWarnings';
import { ProfilePreview } from '@/components/options/ProfilePreview';
import { downloadText } from '@/lib/export/download';
import '@/lib/i18n/strings/profiles';
import { useT } from '@/lib/i18n/react';
import { type Profile, ProfileSchema, type Thresholds, ThresholdsSchema } from '@/lib/model';
import { DEFAULT_THRESHOLDS } from '@/lib/profile/defaults';
import { EXAMPLE_PROFILES, exampleProfile } from '@/lib/profile/examples';
import { newProfileId, parseProfilesJson } from '@/lib/profile/parse';
import {
  activeProfileIdItem,
  getProfiles,
  getThresholds,
  setActiveProfileId,
  setProfiles,
  setThresholds,
} from '@/lib/profile/storage';

/** Editable text form of a profile: keyword lists as one-per-line text. */
let nextLineKey = 1;
/** A stable React key for a product-line row (rows can be removed from the middle). */
const lineKey = () => nextLineKey++;

interface Draft {
  id: string;
  name: string;
  lines: { key: number; name: string; keywords: string }[];
  industry: string;
  exclude: string;
}

const toLines = (text: string) =>
  text
    .split(/\n|;/)
    .map((s) => s.trim())
    .filter(Boolean);

function toDraft(p: Profile): Draft {
  return {
    id: p.id,
    name: p.name,
    lines: p.lines.map((l) => ({ key: lineKey(), name: l.name, keywords: l.keywords.join('\n') })),
    industry: p.industryKeywords.join('\n'),
    exclude: p.excludeKeywords.join('\n'),
  };
}

function fromDraft(d: Draft): Profile {
  return {
    id: d.id,
    name: d.name.trim(),
    lines: d.lines.map((l) => ({ name: l.name.trim(), keywords: toLines(l.keywords) })),
    industryKeywords: toLines(d.industry),
    excludeKeywords: toLines(d.exclude),
  };
}

/** The draft as the preview grades it: lines without keywords are left out, a line without a name is named. */
function previewProfileOf(d: Draft): Profile {
  const p = fromDraft(d);
  return {
    ...p,
    lines: p.lines
      .filter((l) => l.keywords.length > 0)
      .map((l) => ({ ...l, name: l.name || l.keywords[0]! })),
  };
}

/** Layout of the editor, scoped by class so it does not depend on the options page stylesheet. */
const CSS = `
.ts-profiles .ts-field { display: flex; flex-direction: column; gap: 4px; margin: 8px 0; font-size: 13px; }
.ts-profiles input, .ts-profiles textarea { font: inherit; border: 1px solid #cbd5e1; border-radius: 6px; padding: 5px 8px; }
.ts-profiles textarea { resize: vertical; min-height: 150px; line-height: 1.5; }
.ts-profiles .ts-explain { background: #f8fafc; border: 1px solid #e2e8f0; border-radius: 8px; padding: 8px 12px; max-width: 760px; line-height: 1.5; }
.ts-profiles fieldset { border: 1px solid #e2e8f0; border-radius: 8px; padding: 8px 12px; margin: 8px 0; }
.ts-profiles .ts-profile-tabs { display: flex; flex-wrap: wrap; gap: 6px; margin: 8px 0; }
.ts-profiles .ts-profile-tabs button.selected { border-color: #0f766e; background: #f0fdfa; font-weight: 600; }
.ts-profiles .ts-profile-line { display: grid; grid-template-columns: 200px minmax(320px, 1fr) auto; gap: 8px; align-items: start; margin-bottom: 12px; }
.ts-profiles .ts-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: flex-end; margin: 8px 0; }
.ts-profiles .ts-row .ts-field input[type=number] { width: 80px; }
.ts-profiles .ts-error { color: #b91c1c; }
.ts-profiles .ts-ok { color: #0f766e; }
`;

/** The tier a share of matching categories gets under these thresholds (for the worked example). */
function exampleTier(share: number, thresholds: Thresholds): 'A' | 'B' | 'C' {
  return share >= thresholds.a ? 'A' : share >= thresholds.b ? 'B' : 'C';
}

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The product-profile editor on the options page: several profiles, one active; product lines with keywords in
 * any language, same-industry and exclude words; JSON import (full or minimal shape) and export; tier thresholds.
 */
export function ProfilesSection() {
  const t = useT();
  const [profiles, setProfileList] = useState<Profile[]>([]);
  const [activeId, setActiveId] = useState('');
  const [draft, setDraft] = useState<Draft | null>(null);
  // Kept as a function of the language: the message reads in the new language after a switch on this page.
  const [message, setMessage] = useState<{ say: (t: Translate) => string; error: boolean } | null>(null);
  const [thresholds, setThresholdDraft] = useState<Thresholds>(DEFAULT_THRESHOLDS);

  useEffect(() => {
    void (async () => {
      const [list, active, th] = await Promise.all([
        getProfiles(),
        activeProfileIdItem.getValue(),
        getThresholds(),
      ]);
      setProfileList(list);
      const current = list.find((p) => p.id === active) ?? list[0];
      setActiveId(current?.id ?? '');
      setDraft(current ? toDraft(current) : null);
      setThresholdDraft(th);
    })();
  }, []);

  const say = (text: (t: Translate) => string, error = false) => setMessage({ say: text, error });
  // The profile as edited, for the keyword check and the preview (both update before it is saved).
  const editing = useMemo(() => (draft ? previewProfileOf(draft) : null), [draft]);

  async function persist(list: Profile[], active: string) {
    await setProfiles(list);
    await setActiveProfileId(active);
    setProfileList(list);
    setActiveId(active);
  }

  async function save() {
    if (!draft) return;
    const candidate = fromDraft(draft);
    if (candidate.lines.some((l) => !l.name || l.keywords.length === 0)) {
      say((t) => t('profiles.invalid', { error: t('profiles.needKeyword') }), true);
      return;
    }
    const parsed = ProfileSchema.safeParse(candidate);
    if (!parsed.success) {
      say(
        (t) =>
          t('profiles.invalid', {
            error: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
          }),
        true,
      );
      return;
    }
    const exists = profiles.some((p) => p.id === parsed.data.id);
    const list = exists
      ? profiles.map((p) => (p.id === parsed.data.id ? parsed.data : p))
      : [...profiles, parsed.data];
    await persist(list, activeId || parsed.data.id);
    say((t) => t('profiles.saved'));
  }

  function addProfile() {
    const name = t('profiles.newName');
    setDraft({
      id: newProfileId(name),
      name,
      lines: [{ key: lineKey(), name: '', keywords: '' }],
      industry: '',
      exclude: '',
    });
    setMessage(null);
  }

  async function addExample(key: string) {
    const profile = exampleProfile(key, newProfileId(key));
    // The example becomes active: a rep who picks one wants to see tiers now.
    await persist([...profiles, profile], profile.id);
    setDraft(toDraft(profile));
    say((t) => t('profiles.exampleAdded', { name: profile.name }));
  }

  async function deleteProfile(p: Profile) {
    if (!window.confirm(t('profiles.confirmDelete', { name: p.name }))) return;
    const list = profiles.filter((x) => x.id !== p.id);
    const active = activeId === p.id ? (list[0]?.id ?? '') : activeId;
    await persist(list, active);
    setDraft(list[0] ? toDraft(list[0]) : null);
  }

  async function importFile(file: File) {
    try {
      const imported = parseProfilesJson(await file.text());
      // Importing a profile with an existing id replaces it; others are added.
      const ids = new Set(imported.map((p) => p.id));
      const list = [...profiles.filter((p) => !ids.has(p.id)), ...imported];
      await persist(list, activeId || imported[0]!.id);
      setDraft(toDraft(imported[0]!));
      say((t) => t('profiles.imported', { n: imported.length }));
    } catch (e) {
      say((t) => t('profiles.importError', { error: (e as Error).message }), true);
    }
  }

  async function saveThresholds(next: Thresholds) {
    setThresholdDraft(next);
    const parsed = ThresholdsSchema.safeParse(next);
    if (!parsed.success || next.b >= next.a) {
      say((t) => t('profiles.thresholdsInvalid'), true);
      return;
    }
    await setThresholds(parsed.data);
    say((t) => t('profiles.saved'));
  }

  const pctInput = (key: 'a' | 'b', label: string) => (
    <label className="ts-field">
      {label}{' '}
      <input
        type="number"
        min={0}
        max={100}
        step={5}
        value={Math.round(thresholds[key] * 100)}
        data-testid={`threshold-${key}`}
        onChange={(e) => void saveThresholds({ ...thresholds, [key]: Number(e.target.value) / 100 })}
      />
    </label>
  );

  return (
    <section className="ts-options-section ts-profiles" data-testid="profiles-section">
      <style>{CSS}</style>
      <h2>{t('profiles.title')}</h2>
      <p className="muted">{t('profiles.intro')}</p>

      <div className="ts-profile-tabs" role="tablist">
        {profiles.map((p) => (
          <button
            key={p.id}
            type="button"
            role="tab"
            aria-selected={draft?.id === p.id}
            className={draft?.id === p.id ? 'selected' : undefined}
            onClick={() => {
              setDraft(toDraft(p));
              setMessage(null);
            }}
          >
            {p.name}
            {p.id === activeId ? ` · ${t('profiles.active')}` : ''}
          </button>
        ))}
        <button type="button" onClick={addProfile} data-testid="profile-add">
          + {t('profiles.add')}
        </button>
        <select
          aria-label={t('profiles.example')}
          data-testid="profile-example"
          value=""
          onChange={(e) => {
            if (e.target.value) void addExample(e.target.value);
          }}
        >
          <option value="">{t('profiles.example')}</option>
          {EXAMPLE_PROFILES.map((e) => (
            <option key={e.key} value={e.key}>
              {t(`profiles.example.${e.key}`)}
            </option>
          ))}
        </select>
      </div>

      {message && (
        <p role="status" className={message.error ? 'ts-error' : 'ts-ok'} data-testid="profiles-message">
          {message.say(t)}
        </p>
      )}

      <RegradeStatusLine />

      {!draft && <p>{t('profiles.empty')}</p>}

      {draft && (
        <form
          className="ts-profile-form"
          onSubmit={(e) => {
            e.preventDefault();
            void save();
          }}
        >
          <label className="ts-field">
            {t('profiles.name')}
            <input
              value={draft.name}
              required
              data-testid="profile-name"
              onChange={(e) => setDraft({ ...draft, name: e.target.value })}
            />
          </label>
          <fieldset>
            <legend>{t('profiles.lines')}</legend>
            {draft.lines.map((line, i) => (
              <div className="ts-profile-line" key={line.key}>
                <input
                  placeholder={t('profiles.lineName')}
                  aria-label={t('profiles.lineName')}
                  value={line.name}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      lines: draft.lines.map((l, j) => (j === i ? { ...l, name: e.target.value } : l)),
                    })
                  }
                />
                <textarea
                  rows={8}
                  placeholder={t('profiles.lineKeywords')}
                  aria-label={t('profiles.lineKeywords')}
                  value={line.keywords}
                  onChange={(e) =>
                    setDraft({
                      ...draft,
                      lines: draft.lines.map((l, j) => (j === i ? { ...l, keywords: e.target.value } : l)),
                    })
                  }
                />
                {draft.lines.length > 1 && (
                  <button
                    type="button"
                    className="danger"
                    onClick={() => setDraft({ ...draft, lines: draft.lines.filter((_, j) => j !== i) })}
                  >
                    {t('profiles.removeLine')}
                  </button>
                )}
              </div>
            ))}
            <button
              type="button"
              onClick={() =>
                setDraft({ ...draft, lines: [...draft.lines, { key: lineKey(), name: '', keywords: '' }] })
              }
            >
              + {t('profiles.addLine')}
            </button>
          </fieldset>
          {/* Right under the keywords, so the rep sees the effect of each edit where it is made. */}
          <KeywordWarnings profile={editing} />
          <ProfilePreview profile={editing} thresholds={thresholds} />
          <label className="ts-field">
            {t('profiles.industry')}
            <textarea
              rows={6}
              value={draft.industry}
              onChange={(e) => setDraft({ ...draft, industry: e.target.value })}
            />
          </label>
          <label className="ts-field">
            {t('profiles.exclude')}
            <textarea
              rows={4}
              value={draft.exclude}
              onChange={(e) => setDraft({ ...draft, exclude: e.target.value })}
            />
          </label>
          <div className="ts-row">
            <button type="submit" data-testid="profile-save">
              {t('profiles.save')}
            </button>
            {draft.id !== activeId && profiles.some((p) => p.id === draft.id) && (
              <button type="button" onClick={() => void persist(profiles, draft.id)}>
                {t('profiles.makeActive')}
              </button>
            )}
            {profiles.some((p) => p.id === draft.id) && (
              <button type="button" className="danger" onClick={() => void deleteProfile(fromDraft(draft))}>
                {t('profiles.delete')}
              </button>
            )}
          </div>
        </form>
      )}

      <div className="ts-row">
        <FileButton
          accept="application/json,.json"
          testId="profile-import"
          onFile={(f) => void importFile(f)}
        >
          {t('profiles.import')}
        </FileButton>
        <button
          type="button"
          disabled={profiles.length === 0}
          onClick={() =>
            downloadText(JSON.stringify(profiles, null, 2), 'tierscout-profiles.json', 'application/json')
          }
        >
          {t('profiles.export')}
        </button>
      </div>
      <p className="muted">{t('profiles.importHint')}</p>

      <h3>{t('profiles.thresholds')}</h3>
      <p className="ts-explain" data-testid="thresholds-explain">
        {t('profiles.thresholdsExplain', {
          a: Math.round(thresholds.a * 100),
          b: Math.round(thresholds.b * 100),
          example: t(`profiles.thresholdsExample.${exampleTier(0.5, thresholds)}`),
        })}
      </p>
      <div className="ts-row">
        {pctInput('a', t('profiles.thresholdA'))}
        {pctInput('b', t('profiles.thresholdB'))}
        <label className="ts-field">
          {t('profiles.sizeLift')}{' '}
          <input
            type="number"
            min={1}
            max={9}
            value={thresholds.sizeLift}
            onChange={(e) =>
              void saveThresholds({
                ...thresholds,
                sizeLift: Math.max(1, Math.round(Number(e.target.value))),
              })
            }
          />
        </label>
        <button type="button" onClick={() => void saveThresholds(DEFAULT_THRESHOLDS)}>
          {t('profiles.resetThresholds')}
        </button>
      </div>
      <p className="ts-explain">{t('profiles.sizeLiftExplain', { n: thresholds.sizeLift })}</p>
    </section>
  );
}
