/**
 * The in-page confirmation after a keyboard command. It is injected with `scripting.executeScript({func})`, so
 * `showToastInPage` must be self-contained: no imports, no closures; all text arrives translated in `args`.
 * A shadow root keeps the page's CSS out (and ours out of the page).
 */

export interface ToastSpec {
  /** Big letter or symbol at the left: the tier, '✓' or '!'. */
  mark: string;
  color: string;
  title: string;
  detail: string;
  /** 'ok' or 'error': errors stay longer. */
  tone: 'ok' | 'error';
  /** A second line in amber: a likely duplicate the save found ("same phone as ACME GmbH, saved 3 Dec"). */
  warning?: string;
  /** An Undo button (and key) for a save; the token goes back to the background in an `undoSave` message. */
  undo?: { token: string; label: string; hint: string };
}

/** How long a toast shows: a few seconds, longer for errors and for a save that can be undone. */
export const TOAST_MS = { ok: 3000, undo: 6000, error: 6000 } as const;

/**
 * Runs inside the page (the isolated world, where `chrome.runtime` is available). Replaces any toast still
 * showing. The Undo key works only while the toast shows and never in a text field, so the page keeps its keys.
 */
export function showToastInPage(spec: ToastSpec, ms: number): void {
  const HOST_ID = 'tierscout-toast';
  document.getElementById(HOST_ID)?.remove();
  const host = document.createElement('div');
  host.id = HOST_ID;
  host.setAttribute('style', 'all:initial;position:fixed;top:16px;right:16px;z-index:2147483647;');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    .toast{display:flex;gap:12px;align-items:center;min-width:260px;max-width:440px;padding:12px 16px 12px 12px;
      background:#fff;color:#0f172a;border-radius:12px;box-shadow:0 10px 30px rgba(15,23,42,.25),0 0 0 1px rgba(15,23,42,.08);
      font:14px/1.35 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;
      animation:in .18s ease-out}
    .mark{flex:none;width:36px;height:36px;border-radius:9px;display:grid;place-items:center;color:#fff;font-weight:700;font-size:18px}
    .title{font-weight:600}.detail{color:#475569;font-size:12.5px;margin-top:2px;word-break:break-word}
    .warning{color:#92400e;background:#fffbeb;border:1px solid #fcd34d;border-radius:6px;padding:3px 6px;
      font-size:12.5px;margin-top:4px;word-break:break-word}
    .undo{flex:none;margin-left:auto;border:1px solid #cbd5e1;background:#f8fafc;color:#0f172a;border-radius:8px;
      padding:5px 8px;font:600 13px/1 inherit;cursor:pointer;display:flex;gap:6px;align-items:center}
    .undo:hover{background:#e2e8f0}
    kbd{font:600 10.5px/1 ui-monospace,monospace;border:1px solid #cbd5e1;border-bottom-width:2px;border-radius:4px;
      padding:2px 4px;background:#fff;color:#475569}
    @keyframes in{from{opacity:0;transform:translateY(-6px)}to{opacity:1;transform:none}}`;
  const box = document.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  const mark = document.createElement('div');
  mark.className = 'mark';
  mark.style.background = spec.color;
  mark.textContent = spec.mark;
  const text = document.createElement('div');
  const title = document.createElement('div');
  title.className = 'title';
  title.textContent = spec.title;
  const detail = document.createElement('div');
  detail.className = 'detail';
  detail.textContent = spec.detail;
  text.append(title, detail);
  if (spec.warning) {
    const warning = document.createElement('div');
    warning.className = 'warning';
    warning.textContent = spec.warning;
    text.append(warning);
  }
  box.append(mark, text);
  const w = window as unknown as { tierScoutToastKeys?: (e: KeyboardEvent) => void };
  if (w.tierScoutToastKeys) window.removeEventListener('keydown', w.tierScoutToastKeys, true);
  w.tierScoutToastKeys = undefined;
  const close = () => {
    host.remove();
    if (w.tierScoutToastKeys) window.removeEventListener('keydown', w.tierScoutToastKeys, true);
    w.tierScoutToastKeys = undefined;
  };
  const undo = spec.undo;
  if (undo) {
    const button = document.createElement('button');
    button.className = 'undo';
    button.type = 'button';
    button.textContent = undo.label;
    const key = document.createElement('kbd');
    key.textContent = undo.hint;
    button.append(key);
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      button.disabled = true;
      chrome.runtime.sendMessage({ name: 'undoSave', data: { token: undo.token } }).catch(() => undefined);
    };
    button.addEventListener('click', run);
    box.append(button);
    const onKey = (e: KeyboardEvent) => {
      const el = e.target as HTMLElement | null;
      const editable = !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
      // Z, or the usual Ctrl/⌘+Z, outside text fields; Caps Lock does not matter (e.code).
      if (editable || e.altKey || e.code !== 'KeyZ') return;
      e.preventDefault();
      e.stopPropagation();
      run();
    };
    w.tierScoutToastKeys = onKey;
    window.addEventListener('keydown', onKey, true);
  }
  root.append(style, box);
  (document.body ?? document.documentElement).append(host);
  setTimeout(close, ms);
}
