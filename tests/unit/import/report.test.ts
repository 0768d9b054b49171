import { describe, expect, it } from 'vitest';
import { guessMapping } from '../../../lib/import/mapping';
import { parseCsv } from '../../../lib/import/read-csv';
import { applyFixes, fixKey, problemRowsCsv } from '../../../lib/import/report';
import { importRows, type ReadOptions, withWebsiteColumn } from '../../../lib/import/rows';

const SHEET = [
  '公司名称,邮箱,国家,客户等级',
  'Gmail Trader,liwei@gmail.com,中国,A',
  'Bad Tier GmbH,info@badtier.de,德国,Z',
  'Fine Ltd,sales@fine.co.uk,英国,B',
].join('\n');

describe('fixing flagged cells in the report', () => {
  const { headers, rows } = parseCsv(SHEET);
  const options: ReadOptions = {
    mapping: withWebsiteColumn(guessMapping(headers), headers.length),
    dateOrder: 'dmy',
    now: '2026-12-03T08:00:00.000Z',
  };
  const first = importRows(rows, options);

  it('holds the free-mail row and flags the bad tier', () => {
    expect(first.prospects.map((p) => p.domain)).toEqual(['badtier.de', 'fine.co.uk']);
    expect(first.flagged.map((r) => [r.line, r.imported, r.flags.map((f) => [f.field, f.column])])).toEqual([
      [2, false, [['website', 4]]],
      [3, true, [['tier', 3]]],
    ]);
  });

  it('re-reads fixed rows, keeps the others flagged', () => {
    const fixes = { [fixKey(2, 4)]: 'liwei-trading.cn', [fixKey(3, 3)]: 'X' };
    const result = applyFixes(first.flagged, fixes, options);
    expect(result.prospects.map((p) => [p.domain, p.tier])).toEqual([
      ['liwei-trading.cn', 'A'],
      ['badtier.de', null],
    ]);
    expect(result.fixedLines).toEqual([2]);
    expect(result.flagged.map((r) => [r.line, r.flags[0]!.value])).toEqual([[3, 'X']]);
    const again = applyFixes(result.flagged, { [fixKey(3, 3)]: 'b' }, options);
    expect(again.prospects.map((p) => [p.domain, p.tier])).toEqual([['badtier.de', 'B']]);
    expect(again.flagged).toEqual([]);
  });

  it('downloads the problem rows with what is wrong, fixes applied', () => {
    const csv = problemRowsCsv(
      headers,
      first.flagged,
      { [fixKey(3, 3)]: 'Y' },
      (r) => r.flags[0]!.key,
      '问题',
    );
    const table = parseCsv(csv);
    expect(table.headers).toEqual(['公司名称', '邮箱', '国家', '客户等级', '问题']);
    expect(table.rows).toEqual([
      ['Gmail Trader', 'liwei@gmail.com', '中国', 'A', 'import.problem.freeMail'],
      ['Bad Tier GmbH', 'info@badtier.de', '德国', 'Y', 'import.problem.tier'],
    ]);
  });
});
