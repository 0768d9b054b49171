import { useEffect, useState } from 'react';
import { REPLY_LANGS, TEMPLATE_KINDS, type TemplateKind, type Templates } from '@/lib/inquiry/templates';

interface Props {
  t: (key: string, params?: Record<string, string | number>) => string;
  templates: Templates;
  onSave: (lang: string, kind: TemplateKind, text: string) => Promise<void>;
}

/** Edit one reply template per language and kind; an emptied template returns to the built-in text. */
export function TemplateEditor({ t, templates, onSave }: Props) {
  const [lang, setLang] = useState<(typeof REPLY_LANGS)[number]>('en');
  const [kind, setKind] = useState<TemplateKind>('holding');
  const [text, setText] = useState(templates[lang][kind]);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setText(templates[lang][kind]);
    setSaved(false);
  }, [templates, lang, kind]);
  return (
    <details className="card templates" data-testid="templates">
      <summary>{t('inquiry.templates.title')}</summary>
      <div className="actions">
        <select
          value={lang}
          onChange={(e) => setLang(e.target.value as typeof lang)}
          data-testid="template-lang"
        >
          {REPLY_LANGS.map((l) => (
            <option key={l} value={l}>
              {l.toUpperCase()}
            </option>
          ))}
        </select>
        <select
          value={kind}
          onChange={(e) => setKind(e.target.value as TemplateKind)}
          data-testid="template-kind"
        >
          {TEMPLATE_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`inquiry.reply.template.${k}`)}
            </option>
          ))}
        </select>
      </div>
      <textarea value={text} rows={8} onChange={(e) => setText(e.target.value)} data-testid="template-text" />
      <p className="muted">{t('inquiry.templates.help')}</p>
      <div className="actions">
        <button
          type="button"
          onClick={() => void onSave(lang, kind, text).then(() => setSaved(true))}
          data-testid="template-save"
        >
          {t('inquiry.templates.save')}
        </button>
        <button type="button" onClick={() => void onSave(lang, kind, '').then(() => setSaved(true))}>
          {t('inquiry.templates.reset')}
        </button>
        <span role="status">{saved ? t('inquiry.templates.saved') : ''}</span>
      </div>
    </details>
  );
}
