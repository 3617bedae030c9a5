// A register with a report folder, for the tests of the report as a council document.
import { copyRegister, writeRecord } from './sak.js';

/** The fictitious demo register with reports/2026/ (report.yaml and summary.md). */
export function demoWithDocument(): string {
  const root = copyRegister('examples/demo');
  writeRecord(root, 'reports/2026/report.yaml', 'dnr: KS 2027/12\ndate: 2027-02-15\nauthor: Säkerhetssamordnaren\nrecipient: Kommunfullmäktige\nproposal:\n  - Kommunfullmäktige lägger årsrapporten till handlingarna.\n');
  writeRecord(root, 'reports/2026/summary.md', 'Året gav *färre* incidenter. Se [MSB](https://www.msb.se).\n');
  return root;
}
