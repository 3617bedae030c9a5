// Synthetic register generator: writes a valid, deterministic, fictitious sak register of about N records.
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

/** The comment that marks every generated file as fictitious. */
export const FICTITIOUS_MARK = '# FIKTIVA DATA — genererat av bench/generate.js';

/** The municipality named in the generated sak.yaml. */
export const MUNICIPALITY = 'Exempelkommun (fiktiv)';

/** The latest event date the generator writes (the benchmark's "today"). */
export const MAX_DATE = '2026-11-26';

const SCHEMA_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'schemas');
const DAY_MS = 86_400_000;
const MAX_DAY = dayOf(MAX_DATE);
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/**
 * mulberry32: a small, fast 32-bit PRNG; the same seed always gives the same sequence.
 * @param {number} seed an unsigned 32-bit integer
 * @returns {() => number} a function returning floats in [0, 1)
 */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Turns a seed given as a number or any string into an unsigned 32-bit integer (FNV-1a for strings).
 * @param {number|string} seed
 * @returns {number}
 */
export function seedToInt(seed) {
  const text = String(seed);
  if (/^\d+$/.test(text) && Number(text) <= 0xffffffff) return Number(text) >>> 0;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Random helpers bound to one PRNG.
 * @param {() => number} next
 */
function makeRandom(next) {
  /** @param {number} lo @param {number} hi @returns {number} an integer in [lo, hi] */
  const int = (lo, hi) => lo + Math.floor(next() * (hi - lo + 1));
  /** @template T @param {readonly T[]} list @returns {T} */
  const pick = (list) => /** @type {T} */ (list[Math.floor(next() * list.length)]);
  /** @param {number} p @returns {boolean} */
  const chance = (p) => next() < p;
  /**
   * Picks by weight.
   * @template T
   * @param {readonly (readonly [T, number])[]} pairs
   * @returns {T}
   */
  const weighted = (pairs) => {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return /** @type {T} */ (pairs[pairs.length - 1]?.[0]);
  };
  /**
   * Up to n distinct items of a list.
   * @template T
   * @param {readonly T[]} list
   * @param {number} n
   * @returns {T[]}
   */
  const some = (list, n) => {
    const out = new Set();
    const want = Math.min(n, list.length);
    for (let tries = 0; out.size < want && tries < want * 8; tries++) out.add(pick(list));
    return /** @type {T[]} */ ([...out]);
  };
  return { next, int, pick, chance, weighted, some };
}

// ---------------------------------------------------------------------------------------------
// Dates as day numbers (days since 1970-01-01, UTC): no time zones, no clock

/** @param {string} iso YYYY-MM-DD @returns {number} */
function dayOf(iso) {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY_MS;
}

/** @type {Map<number, string>} */
const isoCache = new Map();
/** @param {number} day @returns {string} YYYY-MM-DD */
function iso(day) {
  let s = isoCache.get(day);
  if (s === undefined) {
    s = new Date(day * DAY_MS).toISOString().slice(0, 10);
    isoCache.set(day, s);
  }
  return s;
}

/** @param {number} year @returns {number} first day of the year */
const yearStart = (year) => Date.UTC(year, 0, 1) / DAY_MS;

// ---------------------------------------------------------------------------------------------
// A minimal YAML writer: block style, strings quoted unless plainly safe. Dates and times are
// always quoted so YAML 1.1 readers (js-yaml 3 in ajv-cli, older editors) read them as strings.

const PLAIN = /^[A-Za-zÅÄÖåäöÉéÜü][^\n\r\t#:"'\\`]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off|y|n)$/i;
const FLOW_ITEM = /^[A-Za-z][A-Za-z0-9_-]*$/;

/** @param {string|number|boolean} v @returns {string} */
function scalar(v) {
  if (typeof v !== 'string') return String(v);
  if (PLAIN.test(v) && !RESERVED.test(v) && !v.endsWith(' ')) return v;
  return JSON.stringify(v);
}

/**
 * Appends the YAML lines of a mapping to `out`. Undefined values and empty lists are left out.
 * @param {Record<string, unknown>} obj
 * @param {number} indent
 * @param {string[]} out
 */
function emitMapping(obj, indent, out) {
  const pad = ' '.repeat(indent);
  for (const key of Object.keys(obj)) {
    const v = obj[key];
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (typeof v[0] === 'object') {
        out.push(`${pad}${key}:`);
        for (const item of v) {
          const start = out.length;
          emitMapping(item, indent + 4, out);
          out[start] = `${pad}  - ${/** @type {string} */ (out[start]).slice(indent + 4)}`;
        }
      } else if (v.every((x) => typeof x === 'string' && FLOW_ITEM.test(x) && !RESERVED.test(x))) {
        out.push(`${pad}${key}: [${v.join(', ')}]`);
      } else {
        out.push(`${pad}${key}:`);
        for (const item of v) out.push(`${pad}  - ${scalar(item)}`);
      }
    } else if (typeof v === 'object') {
      out.push(`${pad}${key}:`);
      emitMapping(/** @type {Record<string, unknown>} */ (v), indent + 2, out);
    } else if (typeof v === 'string' && v.includes('\n')) {
      out.push(`${pad}${key}: |-`);
      for (const line of v.split('\n')) out.push(line === '' ? '' : `${pad}  ${line}`);
    } else {
      out.push(`${pad}${key}: ${scalar(/** @type {string|number|boolean} */ (v))}`);
    }
  }
}

/**
 * The text of one record file: modeline, fictitious mark, then the record.
 * @param {string} schemaPath modeline path relative to the record's folder
 * @param {Record<string, unknown>} record
 * @returns {string}
 */
function recordText(schemaPath, record) {
  const out = [`# yaml-language-server: $schema=${schemaPath}`, FICTITIOUS_MARK];
  emitMapping(record, 0, out);
  out.push('');
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Names and texts (all fictitious)

/** @param {string} text @returns {string} an id slug: lower case, å/ä→a, ö→o, é→e, others → '-' */
export function slugify(text) {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[éè]/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const PLACES = [
  'Norrby', 'Söderby', 'Ekeby', 'Björkdal', 'Lindö', 'Askeby', 'Rosendal', 'Solberga', 'Åsen', 'Backa',
  'Dalby', 'Bergsjö', 'Haga', 'Kvarnby', 'Strandvik', 'Skogslund', 'Ängsby', 'Sjöholm', 'Viken', 'Holma',
  'Tallbacken', 'Granö', 'Alby', 'Hasselby', 'Bäckby', 'Mossen', 'Kyrkby', 'Torpa', 'Furulund', 'Ljungby',
  'Västerby', 'Österby', 'Hällby', 'Ådalen', 'Myrby', 'Sandvik', 'Stensjö', 'Ekhagen', 'Lövsta', 'Fors',
];
const PRESCHOOL_NAMES = ['Ekorren', 'Solrosen', 'Myran', 'Humlan', 'Blåklockan', 'Trollet', 'Lärkan', 'Nyckelpigan', 'Igelkotten', 'Vitsippan'];
const STREETS = ['Storgatan', 'Skolvägen', 'Kyrkogatan', 'Industrivägen', 'Parkvägen', 'Järnvägsgatan', 'Ängsvägen', 'Sjövägen', 'Torggatan', 'Björkvägen'];
const ROLES_BY = ['Säkerhetssamordnare', 'Enhetschef', 'Rektor', 'Fastighetsförvaltare', 'Förvaltningschef', 'Extern revisor', 'Skyddsombud', 'IT-säkerhetsansvarig'];

/** @type {readonly (readonly [string, string, string[], number])[]} */
const INCIDENT_CATEGORIES = [
  ['vandalism', 'Skadegörelse', ['Krossad glasruta i entrén', 'Sönderslagen belysning på skolgården', 'Skadad dörr till förråd', 'Skadegörelse på fönster', 'Uppbrutet staket'], 14],
  ['burglary', 'Inbrott', ['Inbrott i förråd', 'Inbrottsförsök i kontorslokal', 'Inbrott i slöjdsalen', 'Inbrott i personalrum'], 6],
  ['theft', 'Stöld', ['Stöld av bärbar dator', 'Stöld av verktyg ur servicebil', 'Stulen cykel från personalparkering', 'Stöld av mobiltelefon', 'Stöld ur omklädningsrum'], 9],
  ['fire', 'Brand', ['Brand i papperskorg', 'Anlagd brand i soprum', 'Brandtillbud i personalkök', 'Brand i container'], 4],
  ['threat_violence', 'Hot och våld', ['Hot mot personal i receptionen', 'Våld mot personal vid hembesök', 'Hotfullt telefonsamtal', 'Elev hotade lärare', 'Hot mot förtroendevald'], 12],
  ['accident', 'Olycksfall', ['Halkolycka på skolgården', 'Fallolycka i trapphus', 'Skärskada i köket', 'Klämskada vid dörr', 'Olycka vid lyft av brukare'], 14],
  ['near_miss', 'Tillbud', ['Tillbud med lossnad takplatta', 'Tillbud vid lyft', 'Nära fallolycka från stege', 'Kemikaliespill i städförråd'], 12],
  ['false_alarm', 'Onödigt larm', ['Onödigt brandlarm vid matlagning', 'Felaktigt inbrottslarm nattetid', 'Brandlarm utlöst av damm vid renovering'], 9],
  ['information_security', 'Informationssäkerhet', ['E-post skickad till fel mottagare', 'Förlorat USB-minne', 'Nätfiskeförsök mot personal', 'Obehörig åtkomst till delad mapp'], 8],
  ['water_damage', 'Vattenskada', ['Vattenläcka i källare', 'Vattenskada efter frusen ledning', 'Läckage från tak'], 5],
  ['other', 'Övrigt', ['Strömavbrott i verksamhetslokal', 'Obehörig person i lokalerna', 'Borttappad huvudnyckel'], 4],
  ['graffiti', 'Klotter', ['Klotter på fasad', 'Klotter i elevtoalett', 'Klotter på busskur'], 3],
];
const LOCATIONS = ['Entré', 'Skolgården', 'Matsalen', 'Korridor plan 2', 'Parkeringen', 'Receptionen', 'Personalrummet', 'Källaren', 'Omklädningsrum', 'Trapphus B', 'Lastkaj'];
const INCIDENT_TEXT = [
  'Upptäcktes av personal vid morgonens rond.',
  'Personal larmade väktare som kom till platsen inom en halvtimme.',
  'Händelsen dokumenterades med foton och anmäldes till närmaste chef.',
  'Berörd personal har erbjudits samtal med företagshälsovården.',
  'Liknande händelse har inträffat tidigare under terminen.',
  'Fastighetsägaren är informerad och har beställt reparation.',
];
const FOLLOW_UP = ['Se över rutinen med berörd enhet.', 'Följs upp på nästa APT.', 'Ingen ytterligare åtgärd bedöms behövas.', 'Ta upp i skyddskommittén.'];

/** @type {readonly (readonly [string, string, 'training'|'drill', number])[]} */
const EXERCISE_TOPICS = [
  ['evacuation', 'Utrymningsövning', 'drill', 20],
  ['fire_safety', 'Brandskyddsutbildning', 'training', 20],
  ['pdv_lockdown', 'Inrymningsövning (PDV)', 'drill', 15],
  ['cpr', 'HLR-utbildning', 'training', 12],
  ['threat_violence', 'Utbildning i hot och våld', 'training', 10],
  ['incident_reporting', 'Utbildning i KIA-rapportering', 'training', 6],
  ['security_culture', 'Workshop om säkerhetskultur', 'training', 5],
  ['information_security', 'Informationssäkerhetsutbildning', 'training', 7],
  ['crisis_management', 'Krisledningsövning', 'drill', 5],
  ['other', 'Övrig säkerhetsövning', 'drill', 3],
  ['rakel', 'Sambandsövning i Rakel', 'drill', 2],
];

/** @type {readonly (readonly [string, string])[]} risk theme, area */
const RISK_THEMES = [
  ['Brand i verksamhetslokal', 'fire_safety'],
  ['Långvarigt elavbrott', 'crisis_preparedness'],
  ['Cyberangrepp mot verksamhetssystem', 'information_security'],
  ['Pågående dödligt våld', 'physical_security'],
  ['Hot mot förtroendevalda', 'personnel_security'],
  ['Översvämning vid skyfall', 'crisis_preparedness'],
  ['Förorenat dricksvatten', 'crisis_preparedness'],
  ['Röjande av säkerhetsskyddsklassificerade uppgifter', 'protective_security'],
  ['Anlagda bränder i skolmiljö', 'crime_prevention'],
  ['Otrygghet i centrum kvällstid', 'public_spaces'],
  ['Halkolyckor vintertid', 'accident_prevention'],
  ['Störd livsmedelsförsörjning vid höjd beredskap', 'civil_defence'],
  ['Obehörigt tillträde till lokaler', 'internal_protection'],
  ['Skadegörelse på kommunala fastigheter', 'crime_prevention'],
  ['Personalbrist vid pandemi', 'crisis_preparedness'],
  ['Hot och våld i myndighetsutövning', 'personnel_security'],
];
const CAUSES = ['Bristande underhåll', 'Yttre hot', 'Mänskligt misstag', 'Brister i rutiner', 'Extremt väder', 'Beroende av en leverantör'];
const VULNS = ['Saknar reservkraft', 'Ej uppdaterad kontinuitetsplan', 'Få personer med behörighet', 'Bristande skalskydd', 'Utbildning saknas'];
const CONSEQS = ['Verksamheten kan inte bedrivas', 'Personskador', 'Förtroendeskada för kommunen', 'Ekonomisk förlust', 'Förlust av information'];

/** @type {readonly (readonly [string, string])[]} control theme, area */
const CONTROL_THEMES = [
  ['Kontroll av systematiskt brandskyddsarbete', 'fire_safety'],
  ['Kontroll av behörigheter i verksamhetssystem', 'information_security'],
  ['Kontroll av nyckel- och passerkortshantering', 'physical_security'],
  ['Kontroll av utrymningsvägar', 'fire_safety'],
  ['Kontroll av larmrutiner', 'physical_security'],
  ['Uppföljning av incidentrapportering', 'accident_prevention'],
  ['Kontroll av informationsklassning', 'information_security'],
  ['Kontroll av krisledningsplanens aktualitet', 'crisis_preparedness'],
  ['Kontroll av kameraövervakning', 'public_spaces'],
  ['Kontroll av säkerhetsprövning vid anställning', 'protective_security'],
  ['Kontroll av reservkraft', 'civil_defence'],
  ['Kontroll av rutiner för hot och våld', 'personnel_security'],
];
const METHODS = ['Stickprov', 'Okulär besiktning', 'Systemrapport', 'Intervju med verksamheten', 'Genomgång av dokumentation'];
const FINDINGS = [
  'Utrymningsväg blockerad av möbler',
  'Brandsläckare saknar besiktning',
  'Behörigheter för avslutad personal kvar i systemet',
  'Nycklar saknas i nyckelförteckningen',
  'Rutinen är inte känd av nyanställda',
  'Larmöverföring fungerade inte vid test',
  'Informationsklassning saknas för två system',
];

/** @type {readonly (readonly [string, string])[]} action theme, goal */
const ACTION_THEMES = [
  ['Installera passersystem', 'Ett starkt skalskydd i kommunens lokaler'],
  ['Utbilda personal i hot och våld', 'Trygg arbetsmiljö för medarbetare'],
  ['Uppdatera krisledningsplan', 'God krisberedskap enligt LEH'],
  ['Byta lås och cylindrar', 'Ett starkt skalskydd i kommunens lokaler'],
  ['Införa rutin för incidentrapportering', 'Alla incidenter rapporteras och följs upp'],
  ['Genomföra inrymningsövning', 'Alla skolor övar inrymning vartannat år'],
  ['Se över brandlarm', 'Inga onödiga larm'],
  ['Införa tvåfaktorsautentisering', 'God informationssäkerhet'],
  ['Förbättra belysning', 'Ökad trygghet i offentliga miljöer'],
  ['Ta fram kontinuitetsplan', 'Robust verksamhet vid störningar'],
];

/** @type {readonly Record<string, unknown>[]} real laws and standards a municipality follows */
const BASE_REQUIREMENTS = [
  { title: 'Lag om skydd mot olyckor', type: 'law', reference: 'SFS 2003:778', areas: ['fire_safety', 'accident_prevention'], in_force: '2004-01-01', url: 'https://lagen.nu/2003:778' },
  { title: 'Säkerhetsskyddslag', type: 'law', reference: 'SFS 2018:585', areas: ['protective_security'], in_force: '2019-04-01', url: 'https://lagen.nu/2018:585' },
  { title: 'Lag om kommuners och regioners åtgärder inför och vid extraordinära händelser i fredstid och höjd beredskap', type: 'law', reference: 'SFS 2006:544', areas: ['crisis_preparedness', 'civil_defence'], in_force: '2006-07-01', url: 'https://lagen.nu/2006:544' },
  { title: 'Arbetsmiljölag', type: 'law', reference: 'SFS 1977:1160', areas: ['personnel_security', 'accident_prevention'], in_force: '1978-07-01', url: 'https://lagen.nu/1977:1160' },
  { title: 'Föreskrifter om innehåll och struktur i kommunens handlingsprogram för förebyggande verksamhet och räddningstjänst', type: 'regulation', reference: 'MSBFS 2021:1', areas: ['fire_safety'], in_force: '2021-05-01' },
  { title: 'Systematiskt arbetsmiljöarbete', type: 'regulation', reference: 'AFS 2023:1', areas: ['personnel_security'], in_force: '2025-01-01' },
  { title: 'Dataskyddsförordningen', type: 'regulation', reference: '(EU) 2016/679', areas: ['information_security'], in_force: '2018-05-25' },
  { title: 'NIS 2-direktivet', type: 'directive', reference: '(EU) 2022/2555', areas: ['information_security'], in_force: '2023-01-16' },
  { title: 'Ledningssystem för informationssäkerhet', type: 'standard', reference: 'SS-EN ISO/IEC 27001:2022', areas: ['information_security'] },
  { title: 'Kameraövervakningslag', type: 'law', reference: 'SFS 2018:1200', areas: ['public_spaces', 'crime_prevention'], in_force: '2018-08-01', url: 'https://lagen.nu/2018:1200' },
  { title: 'Lag om kommuners ansvar för brottsförebyggande arbete', type: 'law', reference: 'SFS 2023:196', areas: ['crime_prevention'], in_force: '2025-07-01', url: 'https://lagen.nu/2023:196' },
  { title: 'Lokala ordningsföreskrifter för Exempelkommun', type: 'local_rule', reference: 'EKFS 2019:3', areas: ['public_spaces'], in_force: '2019-07-01' },
];

/** @type {readonly (readonly [string, string, string[], string[]])[]} title, type, areas, requirement references */
const BASE_DOCUMENTS = [
  ['Säkerhetspolicy', 'policy', ['physical_security', 'information_security', 'personnel_security'], []],
  ['Handlingsprogram för förebyggande verksamhet och räddningstjänst', 'action_programme', ['fire_safety', 'accident_prevention'], ['SFS 2003:778', 'MSBFS 2021:1']],
  ['Risk- och sårbarhetsanalys 2023–2026', 'risk_analysis', ['crisis_preparedness'], ['SFS 2006:544']],
  ['Plan för hantering av extraordinära händelser', 'preparedness_plan', ['crisis_preparedness', 'civil_defence'], ['SFS 2006:544']],
  ['Informationssäkerhetspolicy', 'policy', ['information_security'], ['(EU) 2016/679']],
  ['Brandskyddspolicy', 'policy', ['fire_safety'], ['SFS 2003:778']],
  ['Rutin för hot och våld', 'routine', ['personnel_security'], ['SFS 1977:1160', 'AFS 2023:1']],
  ['Strategi för brottsförebyggande arbete', 'strategy', ['crime_prevention', 'safety_promotion'], ['SFS 2023:196']],
  ['Riktlinje för säkerhetsskydd', 'guideline', ['protective_security'], ['SFS 2018:585']],
  ['Riktlinje för kameraövervakning', 'guideline', ['public_spaces'], ['SFS 2018:1200']],
];
const DOC_KINDS = [['Rutin för', 'routine'], ['Riktlinje för', 'guideline'], ['Plan för', 'plan'], ['Instruktion för', 'other']];
const DOC_SUBJECTS = ['utrymning', 'inrymning', 'brandskydd', 'nyckelhantering', 'incidentrapportering', 'krisledning', 'informationsklassning', 'besöksmottagning', 'larmhantering', 'reservkraft'];
const AREAS = ['crime_prevention', 'safety_promotion', 'physical_security', 'fire_safety', 'information_security', 'personnel_security', 'accident_prevention', 'public_spaces', 'protective_security', 'crisis_preparedness', 'civil_defence', 'internal_protection'];

// ---------------------------------------------------------------------------------------------
// The generator

/**
 * @typedef {object} GenerateOptions
 * @property {number} records about how many records to write (all kinds together)
 * @property {string} out the register folder to create (removed first only if it holds a generated register)
 * @property {number|string} [seed] PRNG seed (default 1); the same seed and size give byte-identical files
 */

/**
 * @typedef {object} GenerateSummary
 * @property {string} root absolute path of the register
 * @property {number} records record files written
 * @property {Record<string, number>} counts records per kind
 * @property {string[]} units ids of every unit
 * @property {string} sampleUnit a school unit, handy for `sak add incident --unit`
 * @property {number} ms generation time in milliseconds (without removing an earlier register)
 */

/**
 * How many records of each kind make up a register of about `records` records.
 * @param {number} records
 * @returns {{ schools: number, care: number, counts: Record<string, number> }}
 */
function plan(records) {
  const schools = records < 200 ? 4 : Math.min(30, Math.round(6 + 4 * Math.log10(records)));
  const care = Math.max(2, Math.round(schools / 3));
  const units = FIXED_UNITS.length + schools + care;
  const rest = Math.max(0, records - units);
  /** @type {[string, number][]} */
  const shares = [['exercise', 0.1], ['action', 0.05], ['site', 0.04], ['control', 0.04], ['risk', 0.03], ['document', 0.03], ['requirement', 0.01]];
  /** @type {Record<string, number>} */
  const counts = { unit: units };
  let used = 0;
  for (const [kind, share] of shares) {
    counts[kind] = Math.max(1, Math.floor(rest * share));
    used += counts[kind];
  }
  counts.incident = Math.max(1, rest - used);
  return { schools, care, counts };
}

/** @type {readonly (readonly [string, string, string, string|undefined, string|undefined, string|undefined])[]} id, title, type, short, parent, responsible */
const FIXED_UNITS = [
  ['kommunfullmaktige', 'Kommunfullmäktige', 'council', 'KF', undefined, 'Kommunfullmäktiges ordförande'],
  ['kommunstyrelsen', 'Kommunstyrelsen', 'executive_board', 'KS', 'kommunfullmaktige', 'Kommunstyrelsens ordförande'],
  ['kommunledningsforvaltningen', 'Kommunledningsförvaltningen', 'department', 'KLF', 'kommunstyrelsen', 'Kommundirektör'],
  ['sakerhetssamordnare', 'Säkerhetssamordnare', 'role', undefined, 'kommunledningsforvaltningen', 'Säkerhetssamordnare'],
  ['ledningsgruppen', 'Kommunens ledningsgrupp', 'role', undefined, 'kommunledningsforvaltningen', 'Kommundirektör'],
  ['barn-och-utbildningsnamnden', 'Barn- och utbildningsnämnden', 'committee', 'BUN', 'kommunfullmaktige', 'Nämndens ordförande'],
  ['barn-och-utbildningsforvaltningen', 'Barn- och utbildningsförvaltningen', 'department', 'BUF', 'barn-och-utbildningsnamnden', 'Skolchef'],
  ['socialnamnden', 'Socialnämnden', 'committee', 'SN', 'kommunfullmaktige', 'Nämndens ordförande'],
  ['socialforvaltningen', 'Socialförvaltningen', 'department', 'SOF', 'socialnamnden', 'Socialchef'],
  ['vard-och-omsorgsnamnden', 'Vård- och omsorgsnämnden', 'committee', 'VON', 'kommunfullmaktige', 'Nämndens ordförande'],
  ['vard-och-omsorgsforvaltningen', 'Vård- och omsorgsförvaltningen', 'department', 'VOF', 'vard-och-omsorgsnamnden', 'Förvaltningschef'],
  ['kultur-och-fritidsnamnden', 'Kultur- och fritidsnämnden', 'committee', 'KFN', 'kommunfullmaktige', 'Nämndens ordförande'],
  ['kultur-och-fritidsforvaltningen', 'Kultur- och fritidsförvaltningen', 'department', 'KFF', 'kultur-och-fritidsnamnden', 'Förvaltningschef'],
  ['samhallsbyggnadsnamnden', 'Samhällsbyggnadsnämnden', 'committee', 'SBN', 'kommunfullmaktige', 'Nämndens ordförande'],
  ['samhallsbyggnadsforvaltningen', 'Samhällsbyggnadsförvaltningen', 'department', 'SBF', 'samhallsbyggnadsnamnden', 'Samhällsbyggnadschef'],
  ['tekniska-namnden', 'Tekniska nämnden', 'committee', 'TN', 'kommunfullmaktige', 'Nämndens ordförande'],
  ['tekniska-forvaltningen', 'Tekniska förvaltningen', 'department', 'TF', 'tekniska-namnden', 'Teknisk chef'],
  ['it-enheten', 'IT-enheten', 'team', 'IT', 'kommunledningsforvaltningen', 'IT-chef'],
  ['fastighetsenheten', 'Fastighetsenheten', 'team', undefined, 'tekniska-forvaltningen', 'Fastighetschef'],
  ['kostenheten', 'Kostenheten', 'team', undefined, 'barn-och-utbildningsforvaltningen', 'Kostchef'],
  ['exempelbostader', 'Exempelbostäder AB', 'company', 'EBO', 'kommunstyrelsen', 'VD'],
  ['exempel-energi', 'Exempel Energi AB', 'company', 'EEAB', 'kommunstyrelsen', 'VD'],
  ['exempel-vatten', 'Exempel Vatten AB', 'company', 'EVAB', 'kommunstyrelsen', 'VD'],
  ['raddningstjansten-exempel', 'Räddningstjänstförbundet Exempel', 'federation', 'RTE', undefined, 'Förbundschef'],
  ['overformyndarnamnden', 'Gemensam överförmyndarnämnd', 'joint_committee', 'ÖFN', 'kommunfullmaktige', 'Nämndens ordförande'],
];
const DEPARTMENTS = FIXED_UNITS.filter((u) => u[2] === 'department').map((u) => u[0]);
const BODIES = ['kommunfullmaktige', 'kommunstyrelsen'];

/** Every top-level name the generator writes into a register folder. */
const GENERATED_NAMES = new Set(['sak.yaml', '.sak', 'units', 'sites', 'requirements', 'documents', 'risks', 'controls', 'actions', 'incidents', 'exercises']);

/**
 * Removes `out` if it holds a register this generator wrote; refuses anything else.
 * @param {string} root
 */
function prepareOut(root) {
  if (!existsSync(root)) return;
  const entries = readdirSync(root);
  if (entries.length === 0) return;
  const config = join(root, 'sak.yaml');
  const generated = existsSync(config)
    ? readFileSync(config, 'utf8').includes(FICTITIOUS_MARK)
    // Without sak.yaml: the leftovers of an interrupted generation or removal, if nothing else is there.
    : entries.every((name) => GENERATED_NAMES.has(name));
  if (generated) {
    // Retries: a sak run still writing its cache there would make rmdir fail with ENOTEMPTY.
    rmSync(root, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    return;
  }
  throw new Error(`${root} exists and is not a register written by bench/generate.js; refusing to overwrite it`);
}

/**
 * Writes a valid, fictitious register of about `records` records into `out`.
 * Deterministic: the same options give byte-identical files. Synchronous.
 * @param {GenerateOptions} options
 * @returns {GenerateSummary}
 */
export function generateRegister({ records, out, seed = 1 }) {
  if (!Number.isInteger(records) || records < 1) throw new Error(`records must be a positive integer, not ${records}`);
  const root = resolve(out);
  prepareOut(root);
  const started = process.hrtime.bigint();
  const r = makeRandom(mulberry32(seedToInt(seed)));
  const { schools, care, counts } = plan(records);
  /** @type {Record<string, number>} */
  const written = {};
  /** @type {Set<string>} */
  const madeDirs = new Set();
  /** @type {Set<string>} ids in lower case, for uniqueness across kinds */
  const allIds = new Set();

  /**
   * @param {string} kind
   * @param {string} folder relative folder
   * @param {Record<string, unknown>} record
   */
  const write = (kind, folder, record) => {
    const dir = join(root, folder);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    const depth = folder.split('/').length;
    const text = recordText(`${'../'.repeat(depth)}.sak/schemas/${kind}.schema.json`, record);
    writeFileSync(join(dir, `${record.id}.yaml`), text, { flag: 'wx' });
    written[kind] = (written[kind] ?? 0) + 1;
  };

  /** @param {string} base @param {number} max @returns {string} a unique id from a base, with -2, -3… on clashes */
  const uniqueId = (base, max) => {
    const trimmed = base.slice(0, max).replace(/-+$/, '');
    let id = trimmed;
    for (let n = 2; allIds.has(id.toLowerCase()); n++) {
      const suffix = `-${n}`;
      id = `${trimmed.slice(0, max - suffix.length).replace(/-+$/, '')}${suffix}`;
    }
    allIds.add(id.toLowerCase());
    return id;
  };

  /** @param {string} prefix @param {string} title @returns {string} */
  const slugId = (prefix, title) => uniqueId(`${prefix}-${slugify(title)}`, 64);

  /** @param {string} prefix @param {number} day @returns {string} a dated id with a random Crockford suffix */
  const datedId = (prefix, day) => {
    const ymd = iso(day).replace(/-/g, '');
    for (;;) {
      let suffix = '';
      for (let i = 0; i < 5; i++) suffix += CROCKFORD[r.int(0, 31)];
      // Four leading digits would make "YYYYMMDD-NNNN…" look like a personnummer to a naive scan.
      if (/^\d{4}/.test(suffix)) continue;
      const id = `${prefix}-${ymd}-${suffix}`;
      if (!allIds.has(id.toLowerCase())) {
        allIds.add(id.toLowerCase());
        return id;
      }
    }
  };

  /** @param {number} from @param {number} to @returns {number} a day in [from, to] */
  const dayBetween = (from, to) => r.int(from, Math.max(from, to));
  /** @param {number} day @param {number} maxDays @returns {number} a day after `day`, never after MAX_DATE */
  const after = (day, maxDays) => Math.min(MAX_DAY, day + r.int(0, maxDays));
  /** @param {number} y0 @param {number} y1 @returns {number} an event day in those years, not after MAX_DATE */
  const dayInYears = (y0, y1) => dayBetween(yearStart(y0), Math.min(MAX_DAY, yearStart(y1 + 1) - 1));

  // --- sak.yaml and schemas -------------------------------------------------------------------
  mkdirSync(join(root, '.sak', 'schemas'), { recursive: true });
  for (const file of readdirSync(SCHEMA_DIR)) {
    if (file.endsWith('.schema.json')) copyFileSync(join(SCHEMA_DIR, file), join(root, '.sak', 'schemas', file));
  }
  writeFileSync(
    join(root, 'sak.yaml'),
    [
      '# yaml-language-server: $schema=.sak/schemas/config.schema.json',
      FICTITIOUS_MARK,
      `# seed ${seed}, about ${records} records. Exempelkommun and every record in it are invented.`,
      'format: 1',
      `municipality: ${MUNICIPALITY}`,
      'locale: sv',
      'risk_review: P1Y',
      'incident_open_days: 30',
      'incident_categories:',
      '  - { id: graffiti, label: Klotter, label_en: Graffiti }',
      'exercise_topics:',
      '  - { id: rakel, label: Sambandsövning i Rakel, label_en: Rakel radio drill }',
      'training:',
      '  - { topic: pdv_lockdown, unit_type: school, every: P2Y, first_due: "2027-12-31" }',
      '  - { topic: evacuation, unit_type: school, every: P1Y }',
      '  - { topic: fire_safety, unit_type: department, every: P1Y }',
      'git:',
      '  commit: false',
      '',
    ].join('\n'),
  );

  // --- units ------------------------------------------------------------------------------------
  /** @type {{ id: string, title: string, type: string, short?: string }[]} */
  const units = [];
  for (const [id, title, type, short, parent, responsible] of FIXED_UNITS) {
    allIds.add(id);
    units.push({ id, title, type, short });
    write('unit', 'units', { id, title, type, short, parent, responsible });
  }
  /** @type {string[]} */
  const schoolIds = [];
  const places = [...PLACES];
  for (let i = 0; i < schools; i++) {
    const place = places[i % places.length];
    const round = Math.floor(i / places.length);
    const title = i % 4 === 3
      ? `Förskolan ${PRESCHOOL_NAMES[(i >> 2) % PRESCHOOL_NAMES.length]}${round > 0 || i >= 40 ? ` ${place}` : ''}`
      : `${place}skolan${round > 0 ? ` ${round + 1}` : ''}`;
    const id = uniqueId(slugify(title), 40);
    schoolIds.push(id);
    units.push({ id, title, type: 'school' });
    write('unit', 'units', {
      id,
      title,
      type: 'school',
      parent: 'barn-och-utbildningsforvaltningen',
      responsible: title.startsWith('Förskolan') ? 'Förskolechef' : 'Rektor',
      status: i === schools - 1 && schools > 6 ? 'inactive' : undefined,
      notes: i === 0 ? 'Skolenhet med **F–9**, cirka 450 elever.' : undefined,
    });
  }
  /** @type {string[]} */
  const careIds = [];
  for (let i = 0; i < care; i++) {
    const title = `Äldreboendet ${PLACES[(i * 7 + 3) % PLACES.length]}`;
    const id = uniqueId(slugify(title), 40);
    careIds.push(id);
    units.push({ id, title, type: 'team' });
    write('unit', 'units', { id, title, type: 'team', parent: 'vard-och-omsorgsforvaltningen', responsible: 'Enhetschef' });
  }
  const unitIds = units.map((u) => u.id);
  const activeSchools = schoolIds.slice(0, schools > 6 ? -1 : undefined);
  /** @type {readonly (readonly [string[], number])[]} */
  const operational = units.filter((u) => ['department', 'team', 'company', 'federation', 'school'].includes(u.type)).map((u) => u.id);
  const unitPools = [[activeSchools, 45], [careIds, 15], [DEPARTMENTS, 25], [operational, 15]];
  const someUnit = () => r.pick(r.weighted(unitPools));

  // --- sites --------------------------------------------------------------------------------------
  /** @type {string[]} */
  const siteIds = [];
  /** @type {Map<string, string[]>} sites per unit that uses them */
  const sitesOf = new Map();
  const siteKinds = [['school', 40], ['office', 15], ['care', 15], ['culture', 8], ['sports', 10], ['technical', 7], ['housing', 3], ['other', 2]];
  for (let i = 0; i < counts.site; i++) {
    const type = i < activeSchools.length ? 'school' : r.weighted(/** @type {[string, number][]} */ (siteKinds));
    let title;
    let user;
    if (type === 'school') {
      user = i < activeSchools.length ? activeSchools[i] : r.pick(activeSchools);
      const name = units.find((u) => u.id === user)?.title ?? 'Skolan';
      title = i < activeSchools.length ? name : `${name}, hus ${String.fromCharCode(65 + (i % 6))}`;
    } else if (type === 'care') {
      user = r.pick(careIds);
      title = `${units.find((u) => u.id === user)?.title ?? 'Äldreboendet'}, ${r.pick(['huvudbyggnad', 'annex', 'kök'])}`;
    } else {
      const names = { office: 'Kontorshuset', culture: 'Biblioteket', sports: 'Sporthallen', technical: 'Reningsverket', housing: 'Bostadsområdet', other: 'Förrådet' };
      title = `${names[/** @type {keyof typeof names} */ (type)]} ${r.pick(PLACES)}`;
      user = type === 'culture' || type === 'sports' ? 'kultur-och-fritidsforvaltningen' : type === 'technical' ? 'tekniska-forvaltningen' : type === 'housing' ? 'exempelbostader' : r.pick(DEPARTMENTS);
    }
    const id = slugId('SITE', title);
    siteIds.push(id);
    sitesOf.set(user, [...(sitesOf.get(user) ?? []), id]);
    const fire = r.weighted([['adequate', 70], ['deficient', 15], ['unknown', 15]]);
    const intrusion = r.weighted([['adequate', 60], ['deficient', 20], ['unknown', 20]]);
    write('site', 'sites', {
      id,
      title,
      address: `${r.pick(STREETS)} ${r.int(1, 120)}, ${r.int(100, 999)} ${r.int(10, 99)} Exempelstad`,
      owner: type === 'housing' ? 'exempelbostader' : 'tekniska-forvaltningen',
      used_by: [user],
      type,
      fire_protection: { status: fire, assessed: fire === 'unknown' ? undefined : iso(dayInYears(2023, 2026)), note: fire === 'deficient' ? 'Brandcellsgränser behöver åtgärdas.' : undefined },
      intrusion_protection: { status: intrusion, assessed: intrusion === 'unknown' ? undefined : iso(dayInYears(2022, 2026)), alarm: r.chance(0.8) },
      classification: r.chance(0.1) ? 2 : undefined,
    });
  }

  // --- requirements ---------------------------------------------------------------------------------
  /** @type {string[]} */
  const reqIds = [];
  /** @type {Map<string, string>} requirement id by reference */
  const reqByRef = new Map();
  for (let i = 0; i < counts.requirement; i++) {
    const base = BASE_REQUIREMENTS[i];
    const rec = base
      ? { ...base }
      : { title: `Lokal föreskrift om ${r.pick(DOC_SUBJECTS)} nr ${i}`, type: 'local_rule', reference: `EKFS ${r.int(2010, 2026)}:${i}`, areas: [r.pick(AREAS)], in_force: iso(dayInYears(2010, 2026)) };
    const id = slugId('REQ', String(rec.title));
    reqIds.push(id);
    reqByRef.set(String(rec.reference), id);
    write('requirement', 'requirements', { id, ...rec });
  }

  // --- documents ---------------------------------------------------------------------------------------
  /** @type {string[]} */
  const docIds = [];
  for (let i = 0; i < counts.document; i++) {
    const base = BASE_DOCUMENTS[i];
    const [kindWord, kindType] = r.pick(DOC_KINDS);
    const owner = base ? (i % 3 === 0 ? 'kommunstyrelsen' : 'kommunledningsforvaltningen') : someUnit();
    const ownerTitle = units.find((u) => u.id === owner)?.title ?? owner;
    const title = base ? base[0] : `${kindWord} ${r.pick(DOC_SUBJECTS)} – ${ownerTitle}`;
    const type = base ? base[1] : kindType;
    const areas = base ? base[2] : r.some(AREAS, r.int(1, 2));
    const requirements = base
      ? base[3].map((ref) => reqByRef.get(ref)).filter((x) => x !== undefined)
      : r.some(reqIds, r.int(0, 2));
    const id = slugId('DOC', title);
    const status = r.weighted([['active', 80], ['draft', 5], ['under_revision', 8], ['repealed', 7]]);
    const adoptedYear = r.int(2004, 2025);
    /** @type {string|number} */
    let adoptedDate;
    const precision = adoptedYear < 2012 ? r.weighted([['year', 40], ['month', 30], ['day', 30]]) : 'day';
    if (precision === 'year') adoptedDate = adoptedYear;
    else if (precision === 'month') adoptedDate = `${adoptedYear}-${String(r.int(1, 12)).padStart(2, '0')}`;
    else adoptedDate = iso(dayInYears(adoptedYear, adoptedYear));
    /** @type {Record<string, unknown>[]} */
    const reviews = [];
    // Reviews start the year after adoption so a partial adoption date never sorts after them.
    let cursor = yearStart(adoptedYear + 1);
    for (let n = r.weighted([[0, 35], [1, 35], [2, 20], [3, 10]]); n > 0 && cursor < MAX_DAY; n--) {
      const day = dayBetween(cursor, Math.min(MAX_DAY, cursor + 4 * 365));
      reviews.push({
        date: iso(day),
        outcome: r.weighted([['confirmed', 60], ['revised', 30], ['readopted', 10]]),
        by: r.chance(0.5) ? 'Säkerhetssamordnare' : undefined,
        body: r.chance(0.6) ? r.pick(BODIES) : undefined,
        paragraph: r.chance(0.5) ? `§ ${r.int(1, 250)}` : undefined,
        dnr: r.chance(0.4) ? `KS ${iso(day).slice(0, 4)}/${r.int(10, 999)}` : undefined,
      });
      cursor = day + 1;
    }
    write('document', 'documents', {
      id,
      title,
      type,
      owner,
      areas,
      adopted: status === 'draft' ? undefined : {
        date: adoptedDate,
        body: r.pick(BODIES),
        paragraph: `§ ${r.int(1, 250)}`,
        dnr: r.chance(0.7) ? `KS ${adoptedYear}/${r.int(10, 999)}` : undefined,
      },
      review: r.weighted([['mandate', 70], ['P1Y', 10], ['P2Y', 10], ['none', 10]]),
      next_review: r.chance(0.05) ? iso(yearStart(2027) + r.int(0, 700)) : undefined,
      reviews: status === 'draft' ? undefined : reviews,
      requirements,
      applies_to: r.chance(0.3) ? r.some(unitIds, r.int(1, 3)) : undefined,
      status: status === 'active' ? undefined : status,
      replaces: docIds.length > 0 && r.chance(0.05) ? r.pick(docIds) : undefined,
      notes: r.chance(0.1) ? 'Dokumentet finns i diariet.\n\nSe även **bilaga 1**.' : undefined,
    });
    docIds.push(id);
  }

  // --- actions ---------------------------------------------------------------------------------------------
  /** @type {string[]} */
  const actionIds = [];
  for (let i = 0; i < counts.action; i++) {
    const [theme, goal] = r.pick(ACTION_THEMES);
    const owner = someUnit();
    const ownerTitle = units.find((u) => u.id === owner)?.title ?? owner;
    const title = `${theme} – ${ownerTitle}`;
    const id = slugId('ACT', title);
    actionIds.push(id);
    const status = r.weighted([['planned', 25], ['in_progress', 30], ['done', 35], ['cancelled', 10]]);
    const start = dayInYears(2020, 2026);
    const due = start + r.int(30, 540);
    const done = status === 'done' ? after(start, due - start) : undefined;
    /** @type {Record<string, unknown>[]} */
    const progress = [];
    if (status === 'in_progress' || status === 'done') {
      const end = done ?? Math.min(MAX_DAY, due + 180);
      let day = start;
      let percent = 0;
      for (let n = r.int(1, 3); n > 0 && day <= end; n--) {
        day = dayBetween(day, end);
        percent = Math.min(status === 'done' && n === 1 ? 100 : 95, percent + r.int(10, 50));
        progress.push({ date: iso(day), percent, note: r.chance(0.4) ? r.pick(FOLLOW_UP) : undefined });
        day += 1;
      }
    }
    write('action', 'actions', {
      id,
      title,
      owner,
      status,
      due: iso(due),
      start: iso(start),
      done: done === undefined ? undefined : iso(done),
      goal,
      description: r.chance(0.5) ? `Åtgärden följer upp ${r.pick(['revisionens', 'internkontrollens', 'riskanalysens'])} iakttagelser.` : undefined,
      progress,
    });
  }

  // --- risks ----------------------------------------------------------------------------------------------
  /** @type {string[]} */
  const riskIds = [];
  for (let i = 0; i < counts.risk; i++) {
    const [theme, area] = r.pick(RISK_THEMES);
    const owner = i < RISK_THEMES.length ? 'kommunstyrelsen' : someUnit();
    const ownerTitle = units.find((u) => u.id === owner)?.title ?? owner;
    const title = i < RISK_THEMES.length ? /** @type {string} */ (RISK_THEMES[i]?.[0]) : `${theme} – ${ownerTitle}`;
    const id = slugId('RSK', title);
    riskIds.push(id);
    /** @type {Record<string, unknown>[]} */
    const assessments = [];
    let day = dayInYears(2019, 2024);
    for (let n = r.weighted([[0, 12], [1, 30], [2, 30], [3, 18], [4, 10]]); n > 0 && day <= MAX_DAY; n--) {
      assessments.push({ date: iso(day), likelihood: r.int(1, 5), consequence: r.int(1, 5), by: r.chance(0.6) ? r.pick(['Säkerhetssamordnare', 'Ledningsgruppen', 'Riskworkshop']) : undefined });
      day += r.int(150, 500);
    }
    write('risk', 'risks', {
      id,
      title,
      owner,
      area: i < RISK_THEMES.length ? RISK_THEMES[i]?.[1] : area,
      description: r.chance(0.5) ? `Risken identifierades i risk- och sårbarhetsanalysen.\n\n- Berör ${ownerTitle}\n- Bedöms årligen` : undefined,
      causes: r.some(CAUSES, r.int(1, 3)),
      vulnerabilities: r.some(VULNS, r.int(0, 2)),
      consequences: r.some(CONSEQS, r.int(1, 3)),
      assessments,
      treatment: r.weighted([['reduce', 60], ['accept', 25], ['transfer', 10], ['avoid', 5]]),
      actions: r.chance(0.6) ? r.some(actionIds, r.int(1, 2)) : undefined,
      review: r.chance(0.15) ? 'P2Y' : undefined,
      status: r.chance(0.08) ? 'closed' : undefined,
    });
  }

  // --- controls ----------------------------------------------------------------------------------------------
  const FREQ = /** @type {const} */ ([['P1Y', 12, 50], ['P6M', 6, 25], ['P3M', 3, 15], ['P1M', 1, 5], ['P2Y', 24, 5]]);
  for (let i = 0; i < counts.control; i++) {
    const [theme, area] = r.pick(CONTROL_THEMES);
    const unit = someUnit();
    const unitTitle = units.find((u) => u.id === unit)?.title ?? unit;
    const title = `${theme} – ${unitTitle}`;
    const id = slugId('CTL', title);
    const freq = r.weighted(FREQ.map((f) => /** @type {const} */ ([f, f[2]])));
    const start = dayInYears(2019, 2025);
    /** @type {Record<string, unknown>[]} */
    const performed = [];
    const step = Math.round(freq[1] * 30.4);
    for (let day = start + r.int(0, 20); day <= MAX_DAY; day += step + r.int(-10, 20)) {
      if (r.chance(0.1)) continue; // a missed round
      const result = r.weighted([['ok', 70], ['deviations', 25], ['not_performed', 5]]);
      /** @type {Record<string, unknown>[]} */
      const findings = [];
      if (result === 'deviations') {
        for (let n = r.int(1, 3); n > 0; n--) {
          const severity = r.weighted([['low', 40], ['medium', 35], ['high', 18], ['serious', 7]]);
          const reported = severity === 'serious' && r.chance(0.9)
            ? { date: iso(after(day, 1)), to: ['ledningsgruppen', 'sakerhetssamordnare'] }
            : r.chance(0.2) ? { date: iso(after(day, 14)), to: [unit === 'sakerhetssamordnare' ? 'ledningsgruppen' : 'sakerhetssamordnare'] } : undefined;
          findings.push({ severity, description: r.pick(FINDINGS), reported, action: r.chance(0.3) ? r.pick(actionIds) : undefined });
        }
      }
      performed.push({ date: iso(day), result, by: r.pick(ROLES_BY), note: result === 'not_performed' ? 'Ej genomförd på grund av sjukdom.' : undefined, findings });
    }
    write('control', 'controls', {
      id,
      title,
      unit,
      area,
      frequency: freq[0],
      description: `Kontrollmoment: ${theme.toLowerCase()}.`,
      method: r.pick(METHODS),
      start: iso(start),
      risks: r.chance(0.3) ? r.some(riskIds, r.int(1, 2)) : undefined,
      documents: r.chance(0.4) ? r.some(docIds, r.int(1, 2)) : undefined,
      status: r.chance(0.1) ? 'retired' : undefined,
      performed: performed.slice(-8),
    });
  }

  // --- incidents ------------------------------------------------------------------------------------------------
  const YEARS = /** @type {const} */ ([[2019, 6], [2020, 8], [2021, 10], [2022, 12], [2023, 14], [2024, 16], [2025, 18], [2026, 16]]);
  const categories = INCIDENT_CATEGORIES.map((c) => /** @type {const} */ ([c, c[3]]));
  for (let i = 0; i < counts.incident; i++) {
    const year = r.weighted(YEARS);
    const day = dayInYears(year, year);
    const id = datedId('INC', day);
    const [category, , titles] = r.weighted(categories);
    const unit = someUnit();
    const sites = sitesOf.get(unit);
    const site = sites && r.chance(0.8) ? r.pick(sites) : r.chance(0.3) ? r.pick(siteIds) : undefined;
    const severity = r.weighted([['low', 50], ['medium', 32], ['high', 14], ['serious', 4]]);
    const age = MAX_DAY - day;
    const status = age > 60
      ? r.weighted([['closed', 92], ['investigating', 5], ['open', 3]])
      : r.weighted([['open', 40], ['investigating', 25], ['closed', 35]]);
    const injurious = category === 'accident' || category === 'threat_violence';
    const kiaType = category === 'accident' ? (r.chance(0.1) ? 'commuting_accident' : 'accident')
      : category === 'near_miss' ? 'near_miss'
        : category === 'threat_violence' && r.chance(0.5) ? r.pick(['accident', 'near_miss'])
          : undefined;
    const costly = ['vandalism', 'burglary', 'theft', 'fire', 'water_damage', 'graffiti'].includes(category);
    const police = ['burglary', 'theft', 'threat_violence', 'vandalism'].includes(category) && r.chance(0.5);
    /** @type {Record<string, unknown>[]} */
    const reportedTo = [];
    if (kiaType && (severity === 'serious' || severity === 'high') && r.chance(0.9)) reportedTo.push({ authority: 'work_environment_authority', date: iso(after(day, severity === 'serious' ? 1 : 5)) });
    if (police) reportedTo.push({ authority: 'police', date: iso(after(day, 2)) });
    if (category === 'information_security' && severity !== 'low' && r.chance(0.6)) reportedTo.push({ authority: 'imy', date: iso(after(day, 3)) });
    if (category === 'fire' && r.chance(0.7)) reportedTo.push({ authority: 'rescue_service', date: iso(day) });
    const long = r.chance(0.15);
    write('incident', `incidents/${iso(day).slice(0, 4)}`, {
      id,
      title: r.chance(0.3) && site ? `${r.pick(titles)}, ${r.pick(LOCATIONS).toLowerCase()}` : r.pick(titles),
      date: iso(day),
      time: r.chance(0.7) ? `${String(r.int(0, 23)).padStart(2, '0')}:${String(r.int(0, 59)).padStart(2, '0')}` : undefined,
      reported: r.chance(0.85) ? iso(after(day, 3)) : undefined,
      unit,
      site,
      location: r.chance(0.5) ? r.pick(LOCATIONS) : undefined,
      category,
      severity,
      status,
      description: long
        ? `${r.pick(INCIDENT_TEXT)}\n\n**Åtgärd:** ${r.pick(FOLLOW_UP)}\n\n- ${r.pick(LOCATIONS)}\n- ${r.pick(INCIDENT_TEXT)}`
        : r.chance(0.6) ? r.pick(INCIDENT_TEXT) : undefined,
      injured: injurious && r.chance(0.6) ? r.weighted([[0, 50], [1, 40], [2, 10]]) : undefined,
      cost_sek: costly && r.chance(0.7) ? (r.chance(0.1) ? r.int(100, 5000) + 0.5 : r.int(5, 2500) * 100) : undefined,
      police_report: police ? true : costly && r.chance(0.3) ? false : undefined,
      kia: kiaType ? { type: kiaType, ref: r.chance(0.7) ? `KIA-${r.int(100000, 999999)}` : undefined } : undefined,
      reported_to: reportedTo,
      risks: r.chance(0.1) ? [r.pick(riskIds)] : undefined,
      actions: r.chance(0.08) ? [r.pick(actionIds)] : undefined,
      closed: status === 'closed' ? iso(after(day, 45)) : undefined,
      tags: r.chance(0.1) ? r.some(['nattetid', 'helg', 'upprepat', 'ungdomar', 'extern-part'], r.int(1, 2)) : undefined,
      links: r.chance(0.03) ? [r.pick(docIds)] : undefined,
      classification: category === 'information_security' || category === 'threat_violence' ? (r.chance(0.3) ? 2 : undefined) : r.chance(0.03) ? 0 : undefined,
    });
  }

  // --- exercises ----------------------------------------------------------------------------------------------
  const topics = EXERCISE_TOPICS.map((t) => /** @type {const} */ ([t, t[3]]));
  for (let i = 0; i < counts.exercise; i++) {
    const year = r.weighted(YEARS);
    const day = dayInYears(year, year);
    const id = datedId('EXR', day);
    const [topic, label, type] = r.weighted(topics);
    const schoolTopic = topic === 'pdv_lockdown' || topic === 'evacuation';
    const exUnits = schoolTopic ? r.some(activeSchools, r.weighted([[1, 80], [2, 20]]))
      : topic === 'fire_safety' ? r.some(DEPARTMENTS, r.int(1, 2))
        : r.some(unitIds, r.int(1, 3));
    const first = units.find((u) => u.id === exUnits[0]);
    write('exercise', `exercises/${iso(day).slice(0, 4)}`, {
      id,
      title: `${label}${first ? ` – ${first.title}` : ''}`,
      date: iso(day),
      type,
      topic,
      units: exUnits,
      participants: r.int(4, 120),
      hours: r.int(1, 16) / 2,
      evaluation: r.chance(0.4)
        ? r.chance(0.3) ? `Övningen gick bra.\n\nFörbättringar:\n- ${r.pick(FOLLOW_UP)}\n- Tydligare larmsignal` : 'Genomförd enligt plan, inga avvikelser.'
        : undefined,
    });
  }

  const total = Object.values(written).reduce((a, b) => a + b, 0);
  return {
    root,
    records: total,
    counts: written,
    units: unitIds,
    sampleUnit: /** @type {string} */ (activeSchools[0]),
    ms: Number(process.hrtime.bigint() - started) / 1e6,
  };
}

// ---------------------------------------------------------------------------------------------
// Command line

/** Runs `node bench/generate.js --records N --out DIR [--seed S]`. */
function main() {
  /** @type {ReturnType<typeof parseArgs>} */
  let parsed;
  try {
    parsed = parseArgs({
      options: { records: { type: 'string', default: '1000' }, out: { type: 'string' }, seed: { type: 'string', default: '1' }, help: { type: 'boolean', short: 'h' } },
      strict: true,
    });
  } catch (err) {
    process.stderr.write(`${/** @type {Error} */ (err).message}\n`);
    process.exit(2);
  }
  const { values } = parsed;
  if (values.help || !values.out) {
    process.stderr.write('usage: node bench/generate.js --records N --out DIR [--seed S]\n');
    process.exit(values.help ? 0 : 2);
  }
  const records = Number(String(values.records).replace(/[_,]/g, ''));
  if (!Number.isInteger(records) || records < 1) {
    process.stderr.write(`--records must be a positive integer, not ${values.records}\n`);
    process.exit(2);
  }
  try {
    const summary = generateRegister({ records, out: String(values.out), seed: String(values.seed) });
    const kinds = Object.entries(summary.counts).map(([k, n]) => `${k} ${n}`).join(', ');
    process.stdout.write(`${summary.records} records in ${summary.root} (${kinds}) in ${(summary.ms / 1000).toFixed(2)} s\n`);
  } catch (err) {
    process.stderr.write(`generate: ${/** @type {Error} */ (err).message}\n`);
    process.exit(1);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
