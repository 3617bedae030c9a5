import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { DeadlineItem } from '../../../src/core/check/deadline-item.js';
import { calendarDomain, deadlineUid, escapeIcsText, foldIcsLine, renderIcs } from '../../../src/render/ics.js';
import { renderDeadlinesIcs } from '../../../src/render/deadlines.js';

const item = (over: Partial<DeadlineItem>): DeadlineItem => ({ status: 'due', rule: 'action-due', id: 'ACT-a', kind: 'action', due: '2026-12-31', last: null, basis: { type: 'default' }, message: 'Åtgärd, "a"; klar senast 2026-12-31', ...over });

describe('iCalendar text', () => {
  it('escapes backslash, semicolon, comma and line breaks, and drops other control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\u001bg')).toBe('a\\\\b\\;c\\,d\\ne\\nfg');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `SUMMARY:${'å'.repeat(100)}`;
    const folded = foldIcsLine(line).split('\r\n');
    for (const part of folded) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.slice(1).every((part) => part.startsWith(' '))).toBe(true);
    expect(folded.map((part, i) => (i === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldIcsLine('SHORT:x')).toBe('SHORT:x');
  });
});

describe('deadline UIDs', () => {
  it('depend on rule, record and part only, not on date, status or text', () => {
    const a = deadlineUid(item({}), 'sak.x');
    expect(deadlineUid(item({ due: '2027-01-01', status: 'overdue', message: 'other' }), 'sak.x')).toBe(a);
    expect(deadlineUid(item({ rule: 'control-due' }), 'sak.x')).not.toBe(a);
    expect(deadlineUid(item({ id: 'ACT-b' }), 'sak.x')).not.toBe(a);
    expect(deadlineUid(item({ rule: 'finding-unreported', id: 'CTL-a', ref: '/performed/0/findings/1' }), 'sak.x')).toBe('finding-unreported.CTL-a.performed.0.findings.1@sak.x');
    expect(deadlineUid(item({ rule: 'training', id: 'bun', topic: 'cpr' }), 'sak.x')).toBe('training.bun.cpr@sak.x');
    // One incident, several duties to report: one UID each.
    expect(deadlineUid(item({ rule: 'incident-authority', id: 'INC-20261120-AAAA2', authority: 'imy' }), 'sak.x')).toBe('incident-authority.INC-20261120-AAAA2.imy@sak.x');
    expect(deadlineUid(item({ rule: 'incident-authority', id: 'INC-20261120-AAAA2', authority: 'csirt', stage: 'notification' }), 'sak.x')).toBe('incident-authority.INC-20261120-AAAA2.csirt.notification@sak.x');
  });

  it('name the municipality as an ASCII slug', () => {
    expect(calendarDomain('Fagersta kommun')).toBe('sak.fagersta-kommun');
    expect(calendarDomain('Älvkarleö (fiktiv)')).toBe('sak.alvkarleo-fiktiv');
  });
});

describe('a calendar of deadlines', () => {
  const items = [
    item({ status: 'overdue', rule: 'document-review', id: 'DOC-a', kind: 'document', due: null, message: 'DOC-a: uppföljning saknas' }),
    item({ status: 'overdue', due: '2026-10-01' }),
    item({ status: 'due', id: 'ACT-b', due: '2026-12-31' }),
    item({ status: 'ok', rule: 'training', id: 'bun', kind: 'unit', topic: 'cpr', due: '2027-06-30', message: 'bun: HLR' }),
    item({ status: 'ok', rule: 'incident-open', id: 'INC-20260101-AAAAA', kind: 'incident', due: null, message: 'stängd' }),
  ];
  const text = renderDeadlinesIcs({ at: '2026-11-26', items }, { lang: 'sv', municipality: 'Provkommun (fiktiv)', siteBase: 'https://intra.example/sak' });

  it('is RFC 5545 as a real parser reads it: CRLF lines of at most 75 octets, the required properties', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    const calendar = new ICAL.Component(ICAL.parse(text));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    const events = calendar.getAllSubcomponents('vevent');
    // The ok item without a date has no day to be shown on.
    expect(events).toHaveLength(4);
    for (const vevent of events) {
      for (const name of ['uid', 'dtstamp', 'dtstart', 'dtend', 'summary']) expect(vevent.hasProperty(name)).toBe(true);
      const event = new ICAL.Event(vevent);
      expect(event.startDate.isDate).toBe(true);
      expect(event.endDate.toString() > event.startDate.toString()).toBe(true);
    }
  });

  it('puts overdue items on the evaluation date with "Försenad", the rest on their due date, each linking its page', () => {
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.uid, e.startDate.toString(), e.summary])).toEqual([
      ['document-review.DOC-a@sak.provkommun-fiktiv', '2026-11-26', 'Försenad: DOC-a: uppföljning saknas'],
      ['action-due.ACT-a@sak.provkommun-fiktiv', '2026-11-26', 'Försenad: Åtgärd, "a"; klar senast 2026-12-31'],
      ['action-due.ACT-b@sak.provkommun-fiktiv', '2026-12-31', 'Åtgärd, "a"; klar senast 2026-12-31'],
      ['training.bun.cpr@sak.provkommun-fiktiv', '2027-06-30', 'bun: HLR'],
    ]);
    const first = events[0] as ICAL.Event;
    expect(first.description).toContain('Förfallodag: inget datum');
    expect(first.component.getFirstPropertyValue('url')).toBe('https://intra.example/sak/records/DOC-a.html');
    expect((events[3] as ICAL.Event).component.getFirstPropertyValue('url')).toBe('https://intra.example/sak/units/bun.html');
  });

  it('is the same bytes for the same input, and empty of events without items', () => {
    expect(renderDeadlinesIcs({ at: '2026-11-26', items }, { lang: 'sv', municipality: 'Provkommun (fiktiv)', siteBase: 'https://intra.example/sak' })).toBe(text);
    const empty = renderIcs([], { name: 'x', at: '2026-11-26' });
    expect(new ICAL.Component(ICAL.parse(empty)).getAllSubcomponents('vevent')).toHaveLength(0);
  });
});
