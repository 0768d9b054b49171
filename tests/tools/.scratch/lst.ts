import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusRoot, readProspectLabels } from '../corpus';
import { captureHtml, decodeHtml } from '../scan-node';
const root = corpusRoot()!;
for (const label of readProspectLabels(root)) {
  const cap = captureHtml(decodeHtml(readFileSync(join(root, 'prospects', 'pages', label.file))), label.url);
  const l = (cap as any).listing;
  if (l)
    console.log(
      label.id,
      label.pageKind,
      label.buyerType,
      Object.values(label.tiers).join(','),
      'entries',
      l.entries?.length,
      JSON.stringify(l.entries?.slice(0, 2)).slice(0, 200),
    );
}
