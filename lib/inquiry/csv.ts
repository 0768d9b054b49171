/**
 * The columns of the inquiry queue's CSV export (written with lib/export/csv.ts `toCsv`, formula-guarded, UTF-8
 * with BOM). One list, so the header order is fixed.
 */
import type { CsvColumn } from '../export/csv';
import type { Inquiry } from './schema';

const list = (values: string[]) => values.join('; ');

export const INQUIRY_COLUMNS: readonly CsvColumn<Inquiry>[] = [
  { key: 'receivedAt', header: 'Received', value: (r) => r.receivedAt },
  { key: 'replyBy', header: 'Reply by', value: (r) => r.replyBy },
  { key: 'status', header: 'Status', value: (r) => r.status },
  { key: 'kind', header: 'Kind', value: (r) => r.triage.kind },
  { key: 'asker', header: 'Price asker', value: (r) => r.triage.asker?.hint ?? '' },
  { key: 'subject', header: 'Subject', value: (r) => r.subject },
  { key: 'senderName', header: 'Sender', value: (r) => r.senderName },
  { key: 'senderEmail', header: 'Email', value: (r) => r.senderEmail },
  { key: 'company', header: 'Company', value: (r) => r.triage.facts.company?.value ?? '' },
  { key: 'domain', header: 'Domain', value: (r) => r.triage.domain },
  { key: 'phones', header: 'Phones', value: (r) => list(r.triage.facts.phones.map((p) => p.value)) },
  { key: 'products', header: 'Products', value: (r) => list(r.triage.facts.products.map((p) => p.value)) },
  {
    key: 'quantities',
    header: 'Quantities',
    value: (r) => list(r.triage.facts.quantities.map((q) => q.value)),
  },
  { key: 'incoterm', header: 'Incoterm', value: (r) => r.triage.facts.incoterm?.value ?? '' },
  { key: 'destination', header: 'Destination', value: (r) => r.triage.facts.destination?.value ?? '' },
  { key: 'payment', header: 'Payment', value: (r) => r.triage.facts.payment?.value ?? '' },
  { key: 'deadline', header: 'Deadline', value: (r) => r.triage.facts.deadline?.value ?? '' },
  { key: 'targetPrice', header: 'Target price', value: (r) => r.triage.facts.targetPrice?.value ?? '' },
  { key: 'missing', header: 'Missing', value: (r) => list(r.triage.missing) },
  { key: 'flags', header: 'Risk flags', value: (r) => list(r.triage.flags.map((f) => f.flag)) },
  { key: 'language', header: 'Language', value: (r) => r.triage.lang },
  { key: 'notes', header: 'Notes', value: (r) => r.notes },
];
