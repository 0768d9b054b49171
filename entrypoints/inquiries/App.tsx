import { browser } from '#imports';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CompanyCard } from '@/components/inquiries/CompanyCard';
import { PasteForm } from '@/components/inquiries/PasteForm';
import { QueueList } from '@/components/inquiries/QueueList';
import { ReplyBox } from '@/components/inquiries/ReplyBox';
import { TemplateEditor } from '@/components/inquiries/TemplateEditor';
import { TriageView } from '@/components/inquiries/TriageView';
import { db } from '@/lib/db/db';
import { useInquiries, useProspect } from '@/lib/db/hooks';
import { deleteInquiry, putInquiry, setInquiryStatus } from '@/lib/db/inquiries';
import { toStoreError } from '@/lib/db/prospects';
import { toCsv } from '@/lib/export/csv';
import { datedFilename, downloadText } from '@/lib/export/download';
import '@/lib/i18n/strings/inquiries';
import { useLang, useT } from '@/lib/i18n/react';
import { INQUIRY_COLUMNS } from '@/lib/inquiry/csv';
import { inquiryActionForKey, inquiryKeyLabel } from '@/lib/inquiry/keys';
import { type PasteNotice, pasteNotices } from '@/lib/inquiry/paste-check';
import { sortQueue } from '@/lib/inquiry/queue';
import { inquiryRecord } from '@/lib/inquiry/record';
import type { InquiryStatus, Triage } from '@/lib/inquiry/schema';
import {
  getTemplates,
  setTemplate,
  takeSelectionDraft,
  templatesItem,
  triageWithProfile,
} from '@/lib/inquiry/storage';
import { DEFAULT_TEMPLATES, draftReply, type TemplateKind, type Templates } from '@/lib/inquiry/templates';

type Result = Awaited<ReturnType<typeof triageWithProfile>>;
const EMPTY_FORM = { subject: '', from: '', body: '', sourceUrl: '' };

/**
 * The site URL opened for a domain. The e2e build may pass `?siteBase=http://{domain}:4215/` because its fixture
 * server is not on port 443 (Playwright cannot reach real sites); production always opens https.
 */
function siteUrl(domain: string): string {
  const base = new URLSearchParams(location.search).get('siteBase');
  if (import.meta.env.MODE === 'e2e' && base) return base.replace('{domain}', domain);
  return `https://${domain}/`;
}

export function App() {
  const t = useT();
  // The tab's title in the UI language, with the glossary's name of the page.
  useEffect(() => {
    document.title = `TierScout – ${t('inquiry.title')}`;
  }, [t]);
  const lang = useLang();
  const [form, setForm] = useState(EMPTY_FORM);
  const [preview, setPreview] = useState<Result | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [templates, setTemplates] = useState<Templates>(DEFAULT_TEMPLATES);
  const [message, setMessage] = useState<PasteNotice | null>(null);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const [busy, setBusy] = useState(false);
  // The empty-paste message shows once the rep has typed or tried to save, not on a fresh page.
  const [touched, setTouched] = useState(false);
  const replyText = useRef('');
  const stored = useInquiries();
  const queue = useMemo(() => sortQueue(stored ?? []), [stored]);
  const selected = queue.find((r) => r.id === selectedId) ?? null;

  useEffect(() => {
    const load = () => getTemplates().then(setTemplates, () => setTemplates(DEFAULT_TEMPLATES));
    load();
    return templatesItem.watch(load);
  }, []);

  // A selection sent from another page (context menu or command) arrives as a session draft.
  useEffect(() => {
    takeSelectionDraft().then((draft) => {
      if (draft) setForm({ subject: draft.title, from: '', body: draft.text, sourceUrl: draft.url });
    });
  }, []);

  // Triage follows the paste; the latest paste wins when an earlier triage finishes late.
  useEffect(() => {
    let current = true;
    if (!form.body.trim() && !form.subject.trim()) {
      setPreview(null);
      return;
    }
    const timer = setTimeout(() => {
      triageWithProfile(form).then((r) => current && setPreview(r));
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [form]);

  const check = useMemo(
    () => (preview ? pasteNotices(preview.mail, preview.triage, form.body.length) : null),
    [preview, form.body.length],
  );
  const emptyNotice: PasteNotice = { key: 'inquiry.notice.empty', tone: 'error' };
  const notices = [
    ...(message ? [message] : []),
    ...(check ? check.notices : touched && !form.body && !message ? [emptyNotice] : []),
  ];

  const shown: { triage: Triage; senderName: string } | null = selected
    ? { triage: selected.triage, senderName: selected.senderName }
    : preview && check?.canSave
      ? { triage: preview.triage, senderName: preview.sender.name }
      : null;
  const prospect = useProspect(shown?.triage.domain || undefined);
  const reply = useMemo(
    () =>
      shown
        ? draftReply(
            {
              kind: shown.triage.kind,
              lang: shown.triage.lang,
              senderName: shown.senderName,
              products: shown.triage.facts.products.map((p) => p.value),
              missing: shown.triage.missing,
            },
            templates,
          )
        : null,
    [shown, templates],
  );

  const save = async () => {
    if (!preview || !check?.canSave) {
      setTouched(true);
      setMessage(null);
      return;
    }
    setBusy(true);
    try {
      const row = inquiryRecord(preview, new Date().toISOString(), { sourceUrl: form.sourceUrl });
      await putInquiry(db, row);
      setForm(EMPTY_FORM);
      setTouched(false);
      setSelectedId(row.id);
      setMessage({ key: 'inquiry.saved', tone: 'info' });
    } catch (e) {
      // The paste stays in the form, so nothing typed is lost.
      setMessage({ key: 'inquiry.saveFailed', tone: 'error', params: { message: toStoreError(e).message } });
    } finally {
      setBusy(false);
    }
  };

  const copy = useCallback(async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  }, []);
  const openSite = useCallback(() => {
    const domain = shown?.triage.domain;
    if (domain) void browser.tabs.create({ url: siteUrl(domain) });
  }, [shown?.triage.domain]);
  const onText = useCallback((text: string) => {
    replyText.current = text;
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const action = inquiryActionForKey(e);
      if (!action) return;
      if (action === 'copyReply' && reply) void copy(replyText.current);
      else if (action === 'openSite') openSite();
      else if (action === 'next' || action === 'previous') {
        const at = queue.findIndex((r) => r.id === selectedId);
        const next = queue[Math.max(0, Math.min(queue.length - 1, at + (action === 'next' ? 1 : -1)))];
        if (next) setSelectedId(next.id);
      } else return;
      e.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [reply, copy, openSite, queue, selectedId]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the copy status resets whenever another reply shows.
  useEffect(() => setCopyState('idle'), [reply?.text]);

  const formatTime = useCallback(
    (iso: string) =>
      new Date(iso).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
        month: 'short',
        day: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
    [lang],
  );

  return (
    <div className="page">
      <header className="topbar">
        <h1>TierScout · {t('inquiry.title')}</h1>
        <span className="muted">
          {t('inquiry.keys', { copy: inquiryKeyLabel('copyReply'), open: inquiryKeyLabel('openSite') })}
        </span>
        <a href="/prospects.html">{t('inquiry.manager')}</a>
      </header>
      <main className="columns">
        <div className="column">
          <PasteForm
            t={t}
            {...form}
            notices={notices}
            busy={busy}
            onChange={(field, value) => {
              setForm((f) => ({ ...f, [field]: value }));
              setTouched(true);
              setSelectedId(null);
              setMessage(null);
            }}
            onSave={() => void save()}
            onClear={() => {
              setForm(EMPTY_FORM);
              setTouched(false);
              setMessage(null);
            }}
          />
          <QueueList
            t={t}
            rows={queue}
            selectedId={selectedId}
            now={Date.now()}
            formatTime={formatTime}
            onSelect={setSelectedId}
            onStatus={(id, status: InquiryStatus) => void setInquiryStatus(db, id, status)}
            onDelete={(id) => void deleteInquiry(db, id)}
            onExport={() =>
              downloadText(
                toCsv(queue, INQUIRY_COLUMNS),
                datedFilename('inquiries', 'csv'),
                'text/csv;charset=utf-8',
              )
            }
          />
        </div>
        <div className="column">
          {!selected && shown && <p className="muted preview-note">{t('inquiry.preview')}</p>}
          {shown && <TriageView t={t} triage={shown.triage} />}
          {shown && (
            <CompanyCard
              t={t}
              domain={shown.triage.domain}
              company={shown.triage.facts.company?.value ?? ''}
              prospect={prospect}
              openKey={inquiryKeyLabel('openSite')}
              onOpen={openSite}
            />
          )}
          {reply && (
            <ReplyBox
              t={t}
              draft={reply.text}
              template={reply.template}
              lang={reply.lang}
              copyKey={inquiryKeyLabel('copyReply')}
              copyState={copyState}
              onCopy={(text) => void copy(text)}
              onText={onText}
            />
          )}
          <TemplateEditor
            t={t}
            templates={templates}
            onSave={(l, k: TemplateKind, text) => setTemplate(l, k, text)}
          />
        </div>
      </main>
    </div>
  );
}
