import { useEffect, useState } from 'react';

interface Props {
  t: (key: string, params?: Record<string, string | number>) => string;
  /** The drafted reply; the rep may edit it here before copying (edits are not kept once another inquiry shows). */
  draft: string;
  template: string;
  lang: string;
  copyKey: string;
  copyState: 'idle' | 'copied' | 'failed';
  onCopy: (text: string) => void;
  /** Registers the current text so the page's copy key copies what the rep sees. */
  onText: (text: string) => void;
}

/** The drafted answer: which template and language, an editable text, and copy. */
export function ReplyBox({ t, draft, template, lang, copyKey, copyState, onCopy, onText }: Props) {
  const [text, setText] = useState(draft);
  useEffect(() => {
    setText(draft);
    onText(draft);
  }, [draft, onText]);
  return (
    <section className="card reply" data-testid="reply">
      <h3>
        {t('inquiry.reply.title')}: {t(`inquiry.reply.template.${template}`)}{' '}
        <span className="muted">{t('inquiry.reply.lang', { lang: lang.toUpperCase() })}</span>
      </h3>
      <textarea
        value={text}
        rows={10}
        onChange={(e) => {
          setText(e.target.value);
          onText(e.target.value);
        }}
        data-testid="reply-text"
        data-template={template}
        data-lang={lang}
      />
      <div className="actions">
        <button type="button" className="primary" onClick={() => onCopy(text)} data-testid="copy-reply">
          {t('inquiry.reply.copy')} <kbd>{copyKey}</kbd>
        </button>
        <span role="status" data-testid="copy-status">
          {copyState === 'copied'
            ? t('inquiry.reply.copied')
            : copyState === 'failed'
              ? t('inquiry.reply.copyFailed')
              : ''}
        </span>
      </div>
    </section>
  );
}
