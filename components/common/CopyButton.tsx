import { type ReactNode, useState } from 'react';

/** Writes text to the clipboard; resolves false when the browser refuses (no focus, no permission). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** A button that copies `text` and says so for a moment. */
export function CopyButton({
  text,
  children,
  copiedLabel,
  title,
  className = 'ts-copy',
}: {
  text: string;
  children: ReactNode;
  copiedLabel: string;
  title?: string;
  className?: string;
}) {
  const [copied, setCopied] = useState(false);
  return (
    <button
      type="button"
      className={className}
      title={title}
      data-copied={copied || undefined}
      onClick={async () => {
        if (await copyText(text)) {
          setCopied(true);
          setTimeout(() => setCopied(false), 1200);
        }
      }}
    >
      {children}
      {copied && <span className="ts-copied">{copiedLabel}</span>}
    </button>
  );
}
