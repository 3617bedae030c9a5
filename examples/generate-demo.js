#!/usr/bin/env node
// Writes examples/demo/: a FICTITIOUS register ("Demokommun (fiktiv)") rich enough to fill
// every section of `sak report`. Every name, place, number and event is invented.
// Deterministic: the same script always writes the same files (ids come from a counter).
//
//   node examples/generate-demo.js          (re)writes examples/demo/
//   node examples/generate-demo.js DIR      writes the same files into DIR instead (a test
//                                           compares them with examples/demo/)
//   node bin/sak.js validate --register examples/demo
//   node bin/sak.js report --quarter 2026-Q4 --register examples/demo
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';

const ROOT = process.argv[2] ? path.resolve(process.argv[2]) : path.join(path.dirname(fileURLToPath(import.meta.url)), 'demo');
const HEADER = '# FIKTIVA DATA – Demokommun (fiktiv) finns inte; alla namn, platser och händelser är påhittade.\n';
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A dated id: PREFIX-YYYYMMDD-XXXXX with a suffix made from a counter (never random). */
function datedId(prefix, date, n) {
  let value = (n * 7919 + 104729) % 32 ** 5;
  let suffix = '';
  for (let i = 0; i < 5; i += 1) {
    suffix = CROCKFORD[value % 32] + suffix;
    value = Math.floor(value / 32);
  }
  return `${prefix}-${date.replaceAll('-', '')}-${suffix}`;
}

function write(rel, data) {
  const file = path.join(ROOT, ...rel.split('/'));
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, HEADER + stringify(data, { lineWidth: 0 }));
}

rmSync(ROOT, { recursive: true, force: true });

write('sak.yaml', {
  format: 1,
  municipality: 'Demokommun (fiktiv)',
  locale: 'sv',
  risk_review: 'P1Y',
  incident_open_days: 30,
  incident_categories: [{ id: 'graffiti', label: 'Klotter', label_en: 'Graffiti' }],
  training: [
    { topic: 'pdv_lockdown', unit_type: 'school', every: 'P2Y', first_due: '2027-12-31', note: 'Alla skolor ska ha övat inrymning och PDV inom två år.' },
    { topic: 'fire_safety', unit_type: 'department', every: 'P1Y' },
    { topic: 'cpr', unit_type: 'department', every: 'P2Y' },
    { topic: 'incident_reporting', unit_type: 'department', every: 'P2Y', first_due: '2027-12-31' },
  ],
  git: { commit: true },
});

// Units ------------------------------------------------------------------------------
const units = [
  { id: 'kommunfullmaktige', title: 'Kommunfullmäktige', type: 'council' },
  { id: 'kommunstyrelsen', title: 'Kommunstyrelsen', type: 'executive_board', parent: 'kommunfullmaktige' },
  { id: 'ledningsgruppen', title: 'Ledningsgruppen', type: 'role' },
  { id: 'sakerhetssamordnare', title: 'Säkerhetssamordnare', type: 'role' },
  { id: 'kommunledningsforvaltningen', title: 'Kommunledningsförvaltningen', type: 'department', short: 'KLF', parent: 'kommunstyrelsen' },
  { id: 'barn-och-utbildningsforvaltningen', title: 'Barn- och utbildningsförvaltningen', type: 'department', short: 'BUF', parent: 'kommunstyrelsen' },
  { id: 'socialforvaltningen', title: 'Socialförvaltningen', type: 'department', short: 'SOC', parent: 'kommunstyrelsen' },
  { id: 'samhallsbyggnadsforvaltningen', title: 'Samhällsbyggnadsförvaltningen', type: 'department', short: 'SBF', parent: 'kommunstyrelsen' },
  { id: 'norrskolan', title: 'Norrskolan', type: 'school', parent: 'barn-och-utbildningsforvaltningen' },
  { id: 'soderskolan', title: 'Söderskolan', type: 'school', parent: 'barn-och-utbildningsforvaltningen' },
  { id: 'vasterskolan', title: 'Västerskolan', type: 'school', parent: 'barn-och-utbildningsforvaltningen' },
  { id: 'osterskolan', title: 'Österskolan', type: 'school', parent: 'barn-och-utbildningsforvaltningen' },
];
for (const unit of units) write(`units/${unit.id}.yaml`, unit);

// Sites ------------------------------------------------------------------------------
const sites = [
  { id: 'SITE-norrskolan', title: 'Norrskolan, huvudbyggnad', address: 'Skolvägen 1, Demoby', owner: 'samhallsbyggnadsforvaltningen', used_by: ['norrskolan'], type: 'school',
    fire_protection: { status: 'adequate', assessed: '2026-03-10' }, intrusion_protection: { status: 'adequate', assessed: '2026-03-10', alarm: true } },
  { id: 'SITE-soderskolan', title: 'Söderskolan', address: 'Södra gatan 12, Demoby', owner: 'samhallsbyggnadsforvaltningen', used_by: ['soderskolan'], type: 'school',
    fire_protection: { status: 'deficient', assessed: '2026-10-20', note: 'Brandcellsgränsen i kulverten är bruten efter branden i oktober.' },
    intrusion_protection: { status: 'adequate', assessed: '2025-11-05', alarm: true } },
  { id: 'SITE-vasterskolan', title: 'Västerskolan', address: 'Västra allén 3, Demoby', owner: 'samhallsbyggnadsforvaltningen', used_by: ['vasterskolan'], type: 'school',
    fire_protection: { status: 'adequate', assessed: '2025-09-01' },
    intrusion_protection: { status: 'deficient', assessed: '2026-08-25', alarm: false, note: 'Gymnastiksalen saknar inbrottslarm.' } },
  { id: 'SITE-osterskolan', title: 'Österskolan', type: 'school', owner: 'samhallsbyggnadsforvaltningen', used_by: ['osterskolan'],
    fire_protection: { status: 'unknown' }, intrusion_protection: { status: 'unknown' } },
  { id: 'SITE-kommunhuset', title: 'Kommunhuset', address: 'Torget 1, Demoby', owner: 'kommunledningsforvaltningen', type: 'office',
    fire_protection: { status: 'adequate', assessed: '2026-05-20' }, intrusion_protection: { status: 'adequate', assessed: '2026-05-20', alarm: true } },
  { id: 'SITE-vattenverket', title: 'Vattenverket i Demoby', classification: 2, address: 'Verkvägen 9, Demoby (skyddad uppgift)', owner: 'samhallsbyggnadsforvaltningen', type: 'technical',
    fire_protection: { status: 'adequate', assessed: '2026-04-10' },
    intrusion_protection: { status: 'deficient', assessed: '2026-04-10', alarm: true, note: 'Stängslet mot älven är nedtryckt på två ställen.' } },
];
for (const site of sites) write(`sites/${site.id}.yaml`, site);

// Requirements -----------------------------------------------------------------------
write('requirements/REQ-lag-om-skydd-mot-olyckor.yaml', { id: 'REQ-lag-om-skydd-mot-olyckor', title: 'Lag om skydd mot olyckor', type: 'law', reference: 'SFS 2003:778', areas: ['accident_prevention', 'fire_safety'] });
write('requirements/REQ-arbetsmiljolagen.yaml', { id: 'REQ-arbetsmiljolagen', title: 'Arbetsmiljölagen', type: 'law', reference: 'SFS 1977:1160', areas: ['personnel_security'] });

// Documents --------------------------------------------------------------------------
const documents = [
  { id: 'DOC-handlingsprogram-lso', title: 'Handlingsprogram för förebyggande verksamhet enligt LSO', type: 'action_programme', owner: 'kommunstyrelsen',
    areas: ['accident_prevention'], adopted: { date: 2005, body: 'kommunfullmaktige' }, requirements: ['REQ-lag-om-skydd-mot-olyckor'],
    notes: 'Programmet har inte reviderats sedan det antogs.' },
  { id: 'DOC-sakerhetspolicy', title: 'Säkerhetspolicy för Demokommun', type: 'policy', owner: 'kommunstyrelsen', areas: ['internal_protection', 'crime_prevention'],
    adopted: { date: '2023-03-20', body: 'kommunfullmaktige', paragraph: '§ 42', dnr: 'KS 2023/112' } },
  { id: 'DOC-riktlinje-brandskydd', title: 'Riktlinje för systematiskt brandskyddsarbete', type: 'guideline', owner: 'samhallsbyggnadsforvaltningen', areas: ['fire_safety'],
    adopted: { date: '2014-06-16', body: 'kommunstyrelsen', paragraph: '§ 101' },
    reviews: [{ date: '2019-05-13', outcome: 'confirmed', body: 'kommunstyrelsen', paragraph: '§ 77', by: 'Brandskyddssamordnaren (fiktiv)', note: 'Inga ändringar behövdes vid genomgången.' }] },
  { id: 'DOC-informationssakerhetspolicy', title: 'Informationssäkerhetspolicy', type: 'policy', owner: 'kommunledningsforvaltningen', areas: ['information_security'],
    adopted: { date: '2022-11-28', body: 'kommunfullmaktige', paragraph: '§ 130' }, review: 'P1Y',
    reviews: [{ date: '2026-02-10', outcome: 'revised', body: 'kommunstyrelsen', paragraph: '§ 18', dnr: 'KS 2026/031' }] },
  { id: 'DOC-krisledningsplan', title: 'Plan för krisledning och extraordinära händelser', type: 'preparedness_plan', owner: 'kommunstyrelsen', areas: ['crisis_preparedness'],
    adopted: { date: '2024-02-12', body: 'kommunstyrelsen', paragraph: '§ 21' }, review: 'P1Y',
    reviews: [{ date: '2025-02-10', outcome: 'confirmed', body: 'kommunstyrelsen', paragraph: '§ 15' }] },
  { id: 'DOC-trygghetsplan', title: 'Trygghetsplan för centrum (utkast)', type: 'plan', owner: 'samhallsbyggnadsforvaltningen', status: 'draft', areas: ['safety_promotion'] },
  { id: 'DOC-skyddsplan-vattenverket', title: 'Skyddsplan för vattenverket', type: 'plan', owner: 'samhallsbyggnadsforvaltningen', classification: 2,
    areas: ['internal_protection'], adopted: { date: '2024-05-06', body: 'kommunstyrelsen', paragraph: '§ 64' },
    notes: 'Skyddsplanen beskriver bevakningsrundor och reservkraft.' },
];
for (const doc of documents) write(`documents/${doc.id}.yaml`, doc);

// Actions ----------------------------------------------------------------------------
const actions = [
  { id: 'ACT-brandskyddsronder-i-skolor', title: 'Brandskyddsronder i alla skolor', owner: 'barn-och-utbildningsforvaltningen', status: 'in_progress', start: '2026-01-15', due: '2027-06-30',
    goal: 'Fullgott brandskydd i alla kommunens fastigheter.', progress: [{ date: '2026-06-01', percent: 40, note: 'Två av fyra skolor klara.' }] },
  { id: 'ACT-rutin-for-pdv-i-skolor', title: 'Rutin för inrymning och PDV i alla skolor', owner: 'barn-och-utbildningsforvaltningen', status: 'planned', start: '2026-09-01', due: '2027-12-31' },
  { id: 'ACT-byt-larmkoder', title: 'Personliga larmkoder i kommunhuset', owner: 'kommunledningsforvaltningen', status: 'in_progress', start: '2026-10-10', due: '2026-11-30',
    description: 'Gemensamma larmkoder ersätts med personliga koder.' },
  { id: 'ACT-kameror-i-centrum', title: 'Kamerabevakning vid resecentrum', owner: 'samhallsbyggnadsforvaltningen', status: 'done', start: '2025-09-01', done: '2026-05-15', due: '2026-06-30' },
  { id: 'ACT-kia-utbildning', title: 'Utbilda chefer i KIA-rapportering', owner: 'sakerhetssamordnare', status: 'done', start: '2026-03-01', done: '2026-10-20', due: '2026-12-31' },
  { id: 'ACT-belysning-parkering', title: 'Ny belysning på personalparkeringen', owner: 'samhallsbyggnadsforvaltningen', status: 'cancelled', start: '2025-04-01',
    description: 'Ersätts av fastighetsägarens egen upprustning.' },
  { id: 'ACT-inbrottslarm-vasterskolan', title: 'Inbrottslarm i Västerskolans gymnastiksal', owner: 'samhallsbyggnadsforvaltningen', status: 'planned', due: '2026-10-31' },
  { id: 'ACT-it-incidentplan', title: 'Plan för hantering av IT-incidenter', owner: 'kommunledningsforvaltningen', status: 'planned' },
  { id: 'ACT-stangsel-vattenverket', title: 'Laga stängslet vid vattenverket', owner: 'samhallsbyggnadsforvaltningen', status: 'in_progress', classification: 2, start: '2026-04-15', due: '2026-06-30',
    description: 'Stängslet mot älven lagas och förses med larm.' },
];
for (const action of actions) write(`actions/${action.id}.yaml`, action);

// Risks ------------------------------------------------------------------------------
const risks = [
  { id: 'RSK-brand-i-skola', title: 'Brand i skola', owner: 'barn-och-utbildningsforvaltningen', area: 'fire_safety', description: 'Anlagd brand eller brand i kök och kulvert.',
    causes: ['Anlagd brand', 'Brister i brandceller'], assessments: [{ date: '2025-03-01', likelihood: 3, consequence: 4 }, { date: '2026-03-01', likelihood: 4, consequence: 4, note: 'Fler anlagda bränder i regionen.' }],
    treatment: 'reduce', actions: ['ACT-brandskyddsronder-i-skolor'] },
  { id: 'RSK-hot-mot-personal', title: 'Hot och våld mot personal i myndighetsutövning', owner: 'socialforvaltningen', area: 'personnel_security',
    assessments: [{ date: '2025-04-01', likelihood: 4, consequence: 3 }, { date: '2026-04-01', likelihood: 3, consequence: 3, by: 'Arbetsgruppen för hot och våld (fiktiv)' }], treatment: 'reduce' },
  { id: 'RSK-it-angrepp', title: 'Utpressningsangrepp mot kommunens IT-miljö', owner: 'kommunledningsforvaltningen', area: 'information_security',
    assessments: [{ date: '2025-05-01', likelihood: 3, consequence: 5 }, { date: '2026-05-01', likelihood: 3, consequence: 5 }], treatment: 'reduce' },
  { id: 'RSK-skadegorelse-i-centrum', title: 'Skadegörelse och klotter i centrum', owner: 'samhallsbyggnadsforvaltningen', area: 'crime_prevention',
    assessments: [{ date: '2026-06-01', likelihood: 4, consequence: 2 }], actions: ['ACT-kameror-i-centrum'] },
  { id: 'RSK-halka-vintertid', title: 'Halkolyckor vid skolor och förskolor vintertid', owner: 'samhallsbyggnadsforvaltningen', area: 'accident_prevention',
    assessments: [{ date: '2025-01-15', likelihood: 4, consequence: 2 }, { date: '2026-01-15', likelihood: 3, consequence: 2 }] },
  { id: 'RSK-pagaende-dodligt-vald-i-skola', title: 'Pågående dödligt våld i skola', owner: 'barn-och-utbildningsforvaltningen', area: 'safety_promotion',
    assessments: [{ date: '2026-09-01', likelihood: 2, consequence: 5 }], actions: ['ACT-rutin-for-pdv-i-skolor'] },
  { id: 'RSK-elavbrott', title: 'Långvarigt elavbrott', owner: 'samhallsbyggnadsforvaltningen', area: 'crisis_preparedness' },
  { id: 'RSK-sabotage-mot-vattenforsorjning', title: 'Sabotage mot vattenförsörjningen', owner: 'samhallsbyggnadsforvaltningen', area: 'crisis_preparedness', classification: 2,
    description: 'Intrång via stängslet mot älven och manipulation av doseringen.', assessments: [{ date: '2026-02-01', likelihood: 2, consequence: 5 }] },
  { id: 'RSK-brand-i-gamla-arkivet', title: 'Brand i gamla arkivet', owner: 'kommunledningsforvaltningen', area: 'fire_safety', status: 'closed',
    assessments: [{ date: '2024-03-01', likelihood: 2, consequence: 3 }] },
];
for (const risk of risks) write(`risks/${risk.id}.yaml`, risk);

// Controls ---------------------------------------------------------------------------
const controls = [
  { id: 'CTL-brandskyddskontroll-i-skolor', title: 'Brandskyddskontroll i skolorna', unit: 'barn-och-utbildningsforvaltningen', area: 'fire_safety', frequency: 'P6M', start: '2025-01-01',
    description: 'Utrymningsvägar, brandcellsgränser och brandlarm kontrolleras.', risks: ['RSK-brand-i-skola'],
    performed: [
      { date: '2025-03-12', result: 'ok', by: 'Skyddsrond, fastighetsavdelningen' },
      { date: '2025-09-15', result: 'deviations', findings: [{ severity: 'medium', description: 'Brandsläckare i slöjdsalen saknade besiktning.' }] },
      { date: '2026-03-10', result: 'ok' },
      { date: '2026-09-14', result: 'deviations', findings: [
        { severity: 'serious', description: 'Utrymningsvägen från matsalen var blockerad av möbler under lektionstid.', reported: { date: '2026-09-15', to: ['ledningsgruppen', 'sakerhetssamordnare'] }, action: 'ACT-brandskyddsronder-i-skolor' },
        { severity: 'low', description: 'Skylt för återsamlingsplats saknades.' },
      ] },
    ] },
  { id: 'CTL-larmrutiner', title: 'Larm- och låsrutiner i kommunhuset', unit: 'kommunledningsforvaltningen', area: 'physical_security', frequency: 'P1Y', start: '2025-06-01',
    performed: [
      { date: '2025-10-01', result: 'ok' },
      { date: '2026-10-05', result: 'deviations', findings: [{ severity: 'high', description: 'Samma larmkod delas av många anställda.', action: 'ACT-byt-larmkoder' }] },
    ] },
  { id: 'CTL-informationssakerhet', title: 'Behörighetskontroll i verksamhetssystemen', unit: 'kommunledningsforvaltningen', area: 'information_security', frequency: 'P1Y', start: '2025-06-01',
    performed: [{ date: '2025-11-20', result: 'ok' }] },
  { id: 'CTL-hot-och-vald-rutiner', title: 'Rutiner mot hot och våld på socialkontoret', unit: 'socialforvaltningen', area: 'personnel_security', frequency: 'P1Y', start: '2026-06-01',
    performed: [{ date: '2026-06-20', result: 'not_performed', note: 'Skjuts upp till hösten på grund av sjukfrånvaro.' }] },
  { id: 'CTL-skalskydd-vattenverket', title: 'Skalskydd vid vattenverket', unit: 'samhallsbyggnadsforvaltningen', area: 'internal_protection', frequency: 'P1Y', classification: 2, start: '2025-04-01',
    performed: [{ date: '2026-04-10', result: 'deviations', findings: [{ severity: 'serious', description: 'Stängslet mot älven var nedtryckt och larmslingan ur funktion.', reported: { date: '2026-04-20', to: ['sakerhetssamordnare'] } }] }] },
];
for (const control of controls) write(`controls/${control.id}.yaml`, control);

// Incidents --------------------------------------------------------------------------
// [date, category, unit, severity, status, cost, title, extra]
const incidentRows = [
  ['2025-01-14', 'vandalism', 'norrskolan', 'low', 'closed', 4200, 'Krossad ruta i entrén'],
  ['2025-02-03', 'false_alarm', 'kommunledningsforvaltningen', 'low', 'closed', 1800, 'Onödigt inbrottslarm i kommunhuset'],
  ['2025-02-20', 'graffiti', 'soderskolan', 'low', 'closed', 6500, 'Klotter på gymnastiksalens fasad'],
  ['2025-03-11', 'theft', 'socialforvaltningen', 'medium', 'closed', 12000, 'Stöld av bärbar dator'],
  ['2025-04-07', 'threat_violence', 'socialforvaltningen', 'medium', 'closed', 0, 'Hot mot handläggare i reception', { kia: { type: 'near_miss' } }],
  ['2025-05-12', 'accident', 'samhallsbyggnadsforvaltningen', 'serious', 'closed', 0, 'Fallolycka från stege vid takarbete',
    { injured: 1, kia: { type: 'accident', ref: 'KIA-2025-0412' }, reported_to: [{ authority: 'work_environment_authority', date: '2025-05-12' }] }],
  ['2025-06-02', 'vandalism', 'vasterskolan', 'low', 'closed', 3100, 'Sönderslagen belysning på skolgården'],
  ['2025-08-19', 'burglary', 'vasterskolan', 'high', 'closed', 28000, 'Inbrott i gymnastiksalens förråd', { police_report: true }],
  ['2025-09-09', 'water_damage', 'kommunledningsforvaltningen', 'medium', 'closed', 45000, 'Vattenläcka i arkivet'],
  ['2025-10-15', 'near_miss', 'barn-och-utbildningsforvaltningen', 'medium', 'closed', 0, 'Tillbud med lossnad takplatta', { kia: { type: 'near_miss' } }],
  ['2025-11-04', 'false_alarm', 'norrskolan', 'low', 'closed', 1800, 'Onödigt brandlarm vid matlagning'],
  ['2025-12-01', 'information_security', 'kommunledningsforvaltningen', 'medium', 'closed', 0, 'Nätfiskemejl till ekonomiavdelningen', { classification: 2 }],
  ['2026-01-08', 'vandalism', 'norrskolan', 'low', 'closed', 5400, 'Krossade fönster i paviljongen'],
  ['2026-01-22', 'false_alarm', 'kommunledningsforvaltningen', 'low', 'closed', 1800, 'Onödigt inbrottslarm efter städning'],
  ['2026-02-03', 'threat_violence', 'socialforvaltningen', 'serious', 'closed', 0, 'Allvarligt hot mot socialsekreterare',
    { kia: { type: 'near_miss' }, police_report: true, reported_to: [{ authority: 'work_environment_authority', date: '2026-02-04' }, { authority: 'police', date: '2026-02-03' }] }],
  ['2026-02-17', 'graffiti', 'soderskolan', 'low', 'closed', 7200, 'Klotter på entrédörrar'],
  ['2026-03-05', 'theft', 'barn-och-utbildningsforvaltningen', 'medium', 'closed', 9800, 'Stöld av surfplattor'],
  ['2026-03-24', 'accident', 'osterskolan', 'medium', 'closed', 0, 'Elev skadad i trappa', { injured: 1, kia: { type: 'accident' } }],
  ['2026-04-14', 'vandalism', 'vasterskolan', 'medium', 'closed', 15600, 'Skadegörelse på skolans cykelställ'],
  ['2026-05-06', 'near_miss', 'samhallsbyggnadsforvaltningen', 'low', 'closed', 0, 'Nära påkörning vid återvinningscentralen', { kia: { type: 'risk_observation' } }],
  ['2026-05-28', 'burglary', 'norrskolan', 'high', 'closed', 32000, 'Inbrott i musiksalen', { police_report: true }],
  ['2026-06-11', 'false_alarm', 'soderskolan', 'low', 'closed', 1800, 'Onödigt brandlarm vid examen'],
  ['2026-07-02', 'water_damage', 'socialforvaltningen', 'medium', 'closed', 38000, 'Vattenskada efter skyfall'],
  ['2026-08-20', 'information_security', 'kommunledningsforvaltningen', 'high', 'closed', 0, 'Personuppgifter skickade till fel mottagare', { reported_to: [{ authority: 'imy', date: '2026-08-21' }] }],
  ['2026-09-08', 'threat_violence', 'vasterskolan', 'medium', 'closed', 0, 'Hot mot lärare från vårdnadshavare', { kia: { type: 'near_miss' } }],
  ['2026-09-25', 'vandalism', 'osterskolan', 'low', 'closed', 2900, 'Förstörd skylt vid entrén'],
  ['2026-10-02', 'graffiti', 'norrskolan', 'low', 'closed', 4800, 'Klotter på skolans fasad'],
  ['2026-10-06', 'false_alarm', 'kommunledningsforvaltningen', 'low', 'closed', 1800, 'Onödigt inbrottslarm en helg'],
  ['2026-10-14', 'fire', 'soderskolan', 'serious', 'investigating', 182500, 'Brand i Söderskolans kulvert',
    { kia: { type: 'risk_observation' }, reported_to: [{ authority: 'rescue_service', date: '2026-10-14' }, { authority: 'insurance', date: '2026-10-16' }] }],
  ['2026-10-15', 'vandalism', 'soderskolan', 'medium', 'closed', 11200, 'Sönderslagna fönster efter branden'],
  ['2026-10-27', 'theft', 'samhallsbyggnadsforvaltningen', 'medium', 'open', 22000, 'Stöld av verktyg ur servicebil', { police_report: true }],
  ['2026-11-03', 'accident', 'barn-och-utbildningsforvaltningen', 'serious', 'investigating', 0, 'Lärare skadad vid fall i trapphus', { injured: 1, kia: { type: 'accident' } }],
  ['2026-11-05', 'near_miss', 'norrskolan', 'low', 'open', 0, 'Tillbud med varm kastrull i hemkunskapen', { kia: { type: 'near_miss' } }],
  ['2026-11-10', 'threat_violence', 'socialforvaltningen', 'serious', 'investigating', 0, 'Hot med kniv mot personal på boende',
    { classification: 2, kia: { type: 'near_miss' }, reported_to: [{ authority: 'work_environment_authority', date: '2026-11-10' }, { authority: 'police', date: '2026-11-10' }] }],
  ['2026-11-12', 'false_alarm', 'vasterskolan', 'low', 'open', 1800, 'Onödigt brandlarm från rökmaskin'],
  ['2026-11-18', 'vandalism', 'vasterskolan', 'low', 'open', 3600, 'Skadegörelse på toaletter'],
  ['2026-11-20', 'other', 'kommunledningsforvaltningen', 'low', 'open', 0, 'Obehörig person i personalutrymme'],
];
const DESCRIPTIONS = {
  'Fallolycka från stege vid takarbete': 'Medarbetaren föll cirka två meter när stegen gled. Stegen saknade halkskydd.',
  'Allvarligt hot mot socialsekreterare': 'En besökare hotade att skada socialsekreteraren efter ett beslut om bistånd.',
  'Brand i Söderskolans kulvert': 'Branden startade i ett förråd i kulverten under kvällstid. Räddningstjänsten släckte branden.',
  'Lärare skadad vid fall i trapphus': 'Läraren halkade på ett vått trappsteg och bröt handleden.',
  'Hot med kniv mot personal på boende': 'En boende hotade två ur personalen med kniv i gemensamhetsutrymmet.',
  'Nätfiskemejl till ekonomiavdelningen': 'Ett falskt mejl om ändrat bankgiro nådde fem anställda; ingen betalning gjordes.',
};
incidentRows.forEach(([date, category, unit, severity, status, cost, title, extra = {}], i) => {
  const id = datedId('INC', date, i + 1);
  const closedAfter = { low: 6, medium: 14, high: 21, serious: 40 }[severity];
  const closed = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + closedAfter)).toISOString().slice(0, 10);
  write(`incidents/${date.slice(0, 4)}/${id}.yaml`, {
    id,
    title,
    date,
    reported: date,
    unit,
    category,
    severity,
    status,
    ...(cost > 0 ? { cost_sek: cost } : {}),
    ...(DESCRIPTIONS[title] ? { description: DESCRIPTIONS[title] } : {}),
    ...extra,
    ...(status === 'closed' ? { closed } : {}),
  });
});

// Exercises --------------------------------------------------------------------------
const exerciseRows = [
  ['2025-09-10', 'drill', 'fire_safety', ['kommunledningsforvaltningen'], 25, 2, 'Utrymningsövning i kommunhuset'],
  ['2025-10-02', 'training', 'cpr', ['socialforvaltningen'], 18, 3, 'HLR-utbildning för hemtjänsten'],
  ['2026-02-12', 'training', 'fire_safety', ['barn-och-utbildningsforvaltningen'], 40, 3, 'Brandskyddsutbildning för skolpersonal'],
  ['2026-03-05', 'drill', 'pdv_lockdown', ['norrskolan'], 45, 2, 'Inrymningsövning på Norrskolan', 'Larmet hördes inte i slöjdsalen; högtalare ska kompletteras.'],
  ['2026-04-22', 'drill', 'pdv_lockdown', ['soderskolan'], 38, 2, 'Inrymningsövning på Söderskolan'],
  ['2026-05-14', 'training', 'incident_reporting', ['kommunledningsforvaltningen', 'socialforvaltningen'], 60, 2, 'KIA-utbildning för chefer'],
  ['2026-09-17', 'drill', 'fire_safety', ['socialforvaltningen'], 30, 2, 'Utrymningsövning på äldreboendet', 'Utrymningen tog elva minuter; målet är åtta.'],
  ['2026-10-08', 'training', 'threat_violence', ['socialforvaltningen'], 22, 4, 'Hot och våld i mötet med besökare'],
  ['2026-10-29', 'training', 'cpr', ['barn-och-utbildningsforvaltningen'], 16, 3, 'HLR för förskolepersonal'],
  ['2026-11-12', 'drill', 'evacuation', ['vasterskolan'], 35, 1, 'Utrymningsövning på Västerskolan'],
  ['2026-11-19', 'drill', 'crisis_management', ['kommunledningsforvaltningen'], 12, 4, 'Krisledningsövning om vattenförsörjningen', 'Reservkraften vid vattenverket räckte bara sex timmar i scenariot.', 2],
];
exerciseRows.forEach(([date, type, topic, unitIds, participants, hours, title, evaluation, classification], i) => {
  const id = datedId('EXR', date, 100 + i);
  write(`exercises/${date.slice(0, 4)}/${id}.yaml`, {
    id,
    title,
    date,
    type,
    topic,
    units: unitIds,
    participants,
    hours,
    ...(evaluation ? { evaluation } : {}),
    ...(classification ? { classification } : {}),
  });
});

// Agreements ------------------------------------------------------------------------
// Suppliers, cooperation, data processing, security protection and a grant: every rule of
// agreements (agreement-end, agreement-review, grant-report) has an item as of 2026-11-26.
const agreements = [
  { id: 'AGR-bevakning', title: 'Avtal om bevakning och larmutryckning', type: 'supplier', owner: 'kommunledningsforvaltningen',
    counterparty: 'Vaktbolaget Demo AB (fiktivt)', start: '2024-01-01', end: '2027-03-31', notice: 'P6M',
    procurement: { dnr: 'KS 2023/41', date: '2023-09-01', security_requirements: true }, review: 'P1Y',
    followups: [
      { date: '2025-11-10', result: 'ok', by: 'Säkerhetssamordnaren' },
      { date: '2026-10-15', result: 'deviations', by: 'Säkerhetssamordnaren', findings: [{ severity: 'medium', description: 'Larmutryckningen till Västerskolan tog 45 minuter; avtalet anger 20.' }] },
    ] },
  { id: 'AGR-raddningstjanst', title: 'Samverkansavtal om räddningstjänst och förebyggande arbete', type: 'cooperation', owner: 'kommunstyrelsen',
    counterparty: 'Räddningstjänsten Demodalen, kommunalförbund (fiktivt)', counterparty_public: true, start: '2023-01-01', end: '2026-12-31', notice: 'P3M',
    requirements: ['REQ-lag-om-skydd-mot-olyckor'], review: 'P1Y', followups: [{ date: '2026-03-20', result: 'ok' }] },
  { id: 'AGR-skolplattform', title: 'Personuppgiftsbiträdesavtal för skolplattformen', type: 'data_processing', owner: 'barn-och-utbildningsforvaltningen',
    counterparty: 'Skolplattform Demo AB (fiktivt)', start: '2025-08-01', end: '2028-07-31', notice: 'P6M', review: 'P1Y' },
  { id: 'AGR-bidrag-krisberedskap', title: 'Bidrag till krisberedskap 2026', type: 'grant', owner: 'kommunstyrelsen',
    counterparty_public: true, start: '2026-01-01', end: '2026-12-31',
    grant: { authority: 'Länsstyrelsen i Demolän (fiktiv)', amount_sek: 120000, report_due: '2027-03-31' } },
  { id: 'AGR-sakerhetsskydd-vattenverket', title: 'Säkerhetsskyddsavtal för vattenverkets styrsystem', type: 'security_protection', owner: 'samhallsbyggnadsforvaltningen',
    classification: 2, counterparty: 'Leverantör (skyddad uppgift)', start: '2025-05-01', end: '2029-04-30', notice: 'P6M' },
  { id: 'AGR-samverkan-grannby', title: 'Samverkansavtal om krisberedskap med Grannby kommun', type: 'cooperation', owner: 'kommunstyrelsen',
    counterparty: 'Grannby kommun (fiktiv)', counterparty_public: true, status: 'planned' },
];
for (const agreement of agreements) write(`agreements/${agreement.id}.yaml`, { status: 'active', ...agreement });

// The annual report 2026 as a council document (reports/2026/): metadata and the coordinator's
// own text for every section that takes one. Invented, like everything here.
write('reports/2026/report.yaml', {
  dnr: 'KS 2027/0042',
  date: '2027-02-15',
  author: 'Säkerhetssamordnaren, kommunledningsförvaltningen',
  recipient: 'Kommunfullmäktige',
  proposal: [
    'Kommunfullmäktige lägger årsrapporten för kommunal säkerhet 2026 till handlingarna.',
    'Kommunstyrelsen får i uppdrag att senast 2027-06-30 redovisa hur de försenade åtgärderna och internkontrollerna ska slutföras.',
  ],
});
const TEXTS = {
  summary:
    'Säkerhetsarbetet i Demokommun (fiktiv) tog flera steg framåt under 2026, men antalet incidenter ökade, främst skadegörelse och onödiga larm. Ökningen beror delvis på att fler medarbetare nu rapporterar i KIA, vilket var ett av årets mål.\n\nDe allvarliga incidenterna – bland annat branden i skolköket – visar att **brandskyddet i skolorna** behöver prioriteras. Tre åtgärder är försenade och två internkontroller genomfördes inte i tid.',
  incidents: 'Incidenterna redovisas per kategori, månad, enhet och allvarlighetsgrad. Kostnaden domineras av en enda brand; utan den hade kostnaden legat i nivå med föregående år.',
  risks: 'Risk- och sårbarhetsanalysen uppdaterades under hösten. Två risker bedöms högre än förra året, och två höga risker saknar ännu en åtgärd.',
  documents: 'Handlingsprogrammet enligt lagen om skydd mot olyckor behöver antas på nytt i den nya strukturen; arbetet påbörjas 2027.',
  actions: 'Åtgärdsplanen följs upp varje kvartal i ledningsgruppen. De försenade åtgärderna gäller larmkoder och inbrottslarm och beror på upphandlingar som drog ut på tiden.',
  exercises: 'Utbildningarna i brandskydd och HLR nådde fler medarbetare än förra året. Förvaltningarna som saknar utbildning kontaktas under första kvartalet 2027.',
  outlook:
    'Inför 2027 prioriteras:\n\n1. brandskyddsronder i alla skolor,\n2. en rutin för inrymning och pågående dödligt våld i skolorna,\n3. ett nytt handlingsprogram enligt lagen om skydd mot olyckor.\n\nMer om kommunal krisberedskap finns hos [MSB](https://www.msb.se).',
};
for (const [name, text] of Object.entries(TEXTS)) {
  const file = path.join(ROOT, 'reports', '2026', `${name}.md`);
  writeFileSync(file, `${text}\n`);
}

writeFileSync(
  path.join(ROOT, 'README.md'),
  `# Demokommun (fiktiv) – exempelregister\n\nFIKTIVA DATA. Registret är påhittat och skapas av \`node examples/generate-demo.js\`.\nDet fyller varje avsnitt i \`sak report\`, till exempel:\n\n    SAK_TODAY=2026-11-26 node bin/sak.js report --quarter 2026-Q4 --register examples/demo\n`,
);
process.stdout.write(`wrote ${ROOT}\n`);
