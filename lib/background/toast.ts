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
}

/** Runs inside the page. Replaces any toast still showing. */
export function showToastInPage(spec: ToastSpec): void {
  const HOST_ID = 'tierscout-toast';
  document.getElementById(HOST_ID)?.remove();
  const host = document.createElement('div');
  host.id = HOST_ID;
  host.setAttribute('style', 'all:initial;position:fixed;top:16px;right:16px;z-index:2147483647;');
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = `
    .toast{display:flex;gap:12px;align-items:center;min-width:240px;max-width:360px;padding:12px 16px 12px 12px;
      background:#fff;color:#0f172a;border-radius:12px;box-shadow:0 10px 30px rgba(15,23,42,.25),0 0 0 1px rgba(15,23,42,.08);
      font:14px/1.35 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;
      animation:in .18s ease-out}
    .mark{flex:none;width:36px;height:36px;border-radius:9px;display:grid;place-items:center;color:#fff;font-weight:700;font-size:18px}
    .title{font-weight:600}.detail{color:#475569;font-size:12.5px;margin-top:2px;word-break:break-word}
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
  box.append(mark, text);
  root.append(style, box);
  (document.body ?? document.documentElement).append(host);
  setTimeout(() => host.remove(), spec.tone === 'error' ? 6000 : 3000);
}
