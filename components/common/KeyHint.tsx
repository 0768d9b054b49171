/** A key cap shown beside an action, so every shortcut is discoverable by sight. */
export function KeyHint({ label }: { label: string }) {
  if (!label) return null;
  return <kbd className="ts-key">{label}</kbd>;
}
