import type { ReactNode } from 'react';

/**
 * A button-looking label that opens the file picker and hands over the chosen file. The input is reset after each
 * pick, so choosing the same file again (after fixing it) fires again.
 */
export function FileButton({
  accept,
  testId,
  onFile,
  children,
}: {
  accept: string;
  testId: string;
  onFile: (file: File) => void;
  children: ReactNode;
}) {
  return (
    <label className="file-button">
      {children}
      <input
        type="file"
        accept={accept}
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) onFile(file);
          e.target.value = '';
        }}
      />
    </label>
  );
}
