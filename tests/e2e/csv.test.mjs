// Exported CSV is read by spreadsheets: a cell that a spreadsheet would run as a formula is
// defused by the OWASP rule (a leading `'`), whatever whitespace stands before it and in its
// full-width form too; any other cell keeps its text exactly. No browser needed: the CSV is
// built by the page's views module from a report.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { quotesCsv } from '../../www/views.js';

/** The text column of the quotes CSV for quotations with these texts. */
function exported(texts) {
  const report = { quote_groups: [], documents: [{ name: 'a.txt', paragraphs: [], sentences: [], quotes: texts.map((text) => ({ start: 0, end: 1, kind: 'direct', speaker: null, cue: null, text })) }] };
  const lines = quotesCsv(report).replace(/^\uFEFF/, '').split('\r\n').slice(1, -1);
  return lines.map((line) => line.slice(line.lastIndexOf(',"') + 2, -1).replaceAll('""', '"'));
}

test('cells a spreadsheet would run as a formula are prefixed with a quote', () => {
  const formulas = [
    '=SUM(A1:A9)', '+1+cmd|calc', '-2+3', '@SUM(1)', '\t=1', '\r=1',
    ' =HYPERLINK("http://x")', '  +1', '\u00a0-1', '\u3000@x',
    '＝SUM(A1)', '＋1', '－1', '＠x', ' ＝1',
  ];
  assert.deepEqual(exported(formulas), formulas.map((f) => `'${f}`));
});

test('other cells keep their text exactly', () => {
  const plain = ['Seize the moment.', ' leading space', 'a=b', '“=quoted”', '1-2', '', 'don’t'];
  assert.deepEqual(exported(plain), plain);
});
