import { problemMessage } from '../../../../src/i18n/validate-messages.js';
import { describe, expect, it } from 'vitest';
import { buildReportDocument, checkMentionedIds, isReportFolderName, mentionedRecordIds, reportFolderName } from '../../../../src/core/report/document.js';
import { quarterPeriod, rangePeriod, yearPeriod } from '../../../../src/core/report/period.js';
import { wording } from '../../../../src/core/report/wording.js';

describe('report folders', () => {
  it('are named after their period', () => {
    expect(reportFolderName(yearPeriod(2026))).toBe('2026');
    expect(reportFolderName(quarterPeriod(2026, 4))).toBe('2026-Q4');
    expect(reportFolderName(rangePeriod('2026-03-01', '2026-05-31'))).toBe('2026-03-01_2026-05-31');
    for (const name of ['2026', '2026-Q4', '2026-03-01_2026-05-31']) expect(isReportFolderName(name)).toBe(true);
    for (const name of ['2026-Q5', 'utkast', '2026_']) expect(isReportFolderName(name)).toBe(false);
  });

  it('give the default title, or the one of report.yaml, and the section texts in report order', () => {
    const title = wording({ key: 'title', period: yearPeriod(2026), at: '2026-12-31', preliminary: false });
    const doc = buildReportDocument({ folder: 'reports/2026', meta: { dnr: 'KS 2027/1', proposal: ['Lägga rapporten till handlingarna.'] }, sections: { outlook: 'Framåt.\r\n', summary: '  Bra år.  ', risks: '   ' } }, 'year', title);
    expect(doc.title).toBe(title);
    expect(doc.type_label).toEqual(wording({ key: 'document_type', kind: 'year' }));
    expect(Object.keys(doc.sections)).toEqual(['summary', 'outlook']);
    expect(doc.sections.outlook).toBe('Framåt.');
    expect(doc.date).toBeNull();
    expect(buildReportDocument({ folder: 'x', meta: { title: 'Egen titel' }, sections: {} }, 'quarter', title).title).toBe('Egen titel');
  });
});

describe('ids named in a text', () => {
  it('are found with their positions, not inside longer words', () => {
    const found = mentionedRecordIds('Risken RSK-brand-i-skola ökade.\nSe INC-20260301-ABCDE och SITE-skolan, inte XRSK-a eller ACT-x.');
    expect(found.map((m) => [m.id, m.kind, m.line, m.column])).toEqual([
      ['RSK-brand-i-skola', 'risk', 1, 8],
      ['INC-20260301-ABCDE', 'incident', 2, 4],
      ['SITE-skolan', 'site', 2, 27],
    ]);
  });

  it('warn when the record is not public (classification other than 0) or not in the register', () => {
    const lookup = (id: string) => (id === 'RSK-offentlig' ? { kind: 'risk' as const, classification: 0 } : id === 'RSK-intern' ? { kind: 'risk' as const, classification: 1 } : undefined);
    const problems = checkMentionedIds('reports/2026/risks.md', 'RSK-offentlig, RSK-intern och RSK-saknas', lookup);
    expect(problems.map((p) => [p.severity, p.code, p.id, p.column])).toEqual([
      ['warning', 'report-public', 'RSK-intern', 16],
      ['warning', 'report-public', 'RSK-saknas', 31],
    ]);
    expect(problemMessage(problems[0]!.message, 'sv')).toMatch(/den offentliga rapporten inte visar/);
    expect(problemMessage(problems[1]!.message, 'sv')).toMatch(/inte finns i registret/);
    expect(problemMessage(problems[0]!.message, 'en')).toMatch(/the public report does not show/);
  });
});
