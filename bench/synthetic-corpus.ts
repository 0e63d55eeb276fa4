// A deterministic generator of synthetic wire-style news articles, and of the queries to run
// against them, for benchmarking the bot. Same seed, same output, byte for byte.
//
// A "world" (countries, cities, office holders, companies, agencies, analysts, journalists) is
// built from the seed; every article then has its own PRNG stream (seed, index), picks a topic
// first, then fills that topic's templates. Recurring people are drawn through Zipf-distributed
// countries, companies and analysts, so a few appear in hundreds of articles and most in few.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MONTH_NAMES } from '../src/corpus/months.ts';

export interface SyntheticArticle {
  file: string;
  text: string;
}

export interface BenchQuery {
  kind: 'ask' | 'who' | 'timeline' | 'quotes' | 'autocomplete';
  text: string;
}

const DEFAULT_SEED = 42;

// ---------------------------------------------------------------------------------------------
// PRNG

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hashInts(...xs: number[]): number {
  let h = 0x811c9dc5;
  for (const x of xs) {
    h = Math.imul(h ^ (x >>> 0), 0x01000193);
    h ^= h >>> 13;
    h = Math.imul(h, 0x5bd1e995);
    h ^= h >>> 15;
  }
  return h >>> 0;
}

class Rng {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Integer in [lo, hi], both inclusive. */
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.next() * (hi - lo + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(xs: readonly T[]): T {
    return xs[Math.floor(this.next() * xs.length)];
  }
  shuffle<T>(xs: T[]): T[] {
    for (let i = xs.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [xs[i], xs[j]] = [xs[j], xs[i]];
    }
    return xs;
  }
  /** Floating value in [lo, hi) rounded to `dp` decimals. */
  dec(lo: number, hi: number, dp = 1): number {
    const f = 10 ** dp;
    return Math.round((lo + this.next() * (hi - lo)) * f) / f;
  }
}

/** Zipf(s) over ranks 0..n-1: rank 0 is the most likely. */
class Zipf {
  private readonly cdf: Float64Array;
  constructor(n: number, s: number) {
    this.cdf = new Float64Array(n);
    let total = 0;
    for (let k = 0; k < n; k++) total += 1 / (k + 1) ** s;
    let acc = 0;
    for (let k = 0; k < n; k++) {
      acc += 1 / (k + 1) ** s / total;
      this.cdf[k] = acc;
    }
  }
  sample(r: Rng): number {
    const x = r.float();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ---------------------------------------------------------------------------------------------
// Pools

type Sex = 'f' | 'm';

const FIRST_NAMES: ReadonlyArray<readonly [string, Sex]> = [
  ['Ana', 'f'],
  ['Tomas', 'm'],
  ['Amara', 'f'],
  ['Kwame', 'm'],
  ['Priya', 'f'],
  ['Arjun', 'm'],
  ['Sofia', 'f'],
  ['Mateus', 'm'],
  ['Leila', 'f'],
  ['Omar', 'm'],
  ['Ingrid', 'f'],
  ['Lars', 'm'],
  ['Yuki', 'f'],
  ['Kenji', 'm'],
  ['Fatima', 'f'],
  ['Yusuf', 'm'],
  ['Chiara', 'f'],
  ['Luca', 'm'],
  ['Olga', 'f'],
  ['Dmitri', 'm'],
  ['Aisha', 'f'],
  ['Ibrahim', 'm'],
  ['Elena', 'f'],
  ['Nikolai', 'm'],
  ['Grace', 'f'],
  ['Samuel', 'm'],
  ['Chloe', 'f'],
  ['Daniel', 'm'],
  ['Nadia', 'f'],
  ['Hassan', 'm'],
  ['Zainab', 'f'],
  ['Emeka', 'm'],
  ['Ngozi', 'f'],
  ['Chidi', 'm'],
  ['Wanjiru', 'f'],
  ['Otieno', 'm'],
  ['Aroha', 'f'],
  ['Tane', 'm'],
  ['Camila', 'f'],
  ['Diego', 'm'],
  ['Valentina', 'f'],
  ['Santiago', 'm'],
  ['Isabel', 'f'],
  ['Rafael', 'm'],
  ['Freya', 'f'],
  ['Magnus', 'm'],
  ['Astrid', 'f'],
  ['Bjorn', 'm'],
  ['Hana', 'f'],
  ['Jiro', 'm'],
  ['Soo-jin', 'f'],
  ['Min-ho', 'm'],
  ['Ayesha', 'f'],
  ['Imran', 'm'],
  ['Rania', 'f'],
  ['Karim', 'm'],
  ['Marta', 'f'],
  ['Pawel', 'm'],
  ['Katarzyna', 'f'],
  ['Jakub', 'm'],
  ['Eva', 'f'],
  ['Petr', 'm'],
  ['Zsofia', 'f'],
  ['Bence', 'm'],
  ['Ioana', 'f'],
  ['Andrei', 'm'],
  ['Selin', 'f'],
  ['Emre', 'm'],
  ['Dilnoza', 'f'],
  ['Timur', 'm'],
  ['Anjali', 'f'],
  ['Rohan', 'm'],
  ['Thandiwe', 'f'],
  ['Sipho', 'm'],
  ['Lerato', 'f'],
  ['Kofi', 'm'],
  ['Abena', 'f'],
  ['Mariam', 'f'],
  ['Tariq', 'm'],
  ['Noor', 'f'],
  ['Helena', 'f'],
  ['Jonas', 'm'],
  ['Clara', 'f'],
  ['Felix', 'm'],
  ['Louise', 'f'],
  ['Pierre', 'm'],
  ['Margaux', 'f'],
  ['Julien', 'm'],
  ['Siobhan', 'f'],
  ['Declan', 'm'],
  ['Maeve', 'f'],
  ['Ruth', 'f'],
  ['Aaron', 'm'],
  ['Miriam', 'f'],
  ['David', 'm'],
  ['Rosa', 'f'],
  ['Pablo', 'm'],
  ['Lucia', 'f'],
  ['Marco', 'm'],
  ['Esther', 'f'],
  ['Viktor', 'm'],
  ['Farida', 'f'],
  ['Malik', 'm'],
  ['Nia', 'f'],
  ['Tunde', 'm'],
];

const SURNAMES: readonly string[] = [
  'Duarte',
  'Okafor',
  'Mensah',
  'Haddad',
  'Nakamura',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Castillo',
  'Rahman',
  'Petrov',
  'Novak',
  'Osei',
  'Kamau',
  'Mwangi',
  'Achebe',
  'Iyer',
  'Menon',
  'Sato',
  'Tanaka',
  'Park',
  'Nguyen',
  'Tran',
  'Silva',
  'Costa',
  'Ferreira',
  'Almeida',
  'Romero',
  'Vargas',
  'Herrera',
  'Morales',
  'Schmidt',
  'Becker',
  'Keller',
  'Vogel',
  'Hansen',
  'Berg',
  'Nilsson',
  'Larsen',
  'Virtanen',
  'Korhonen',
  'Horvath',
  'Nagy',
  'Popescu',
  'Ionescu',
  'Yilmaz',
  'Demir',
  'Kaya',
  'Aziz',
  'Karimi',
  'Farouk',
  'Mansour',
  'Nasser',
  'Khalil',
  'Qureshi',
  'Chaudhry',
  'Banerjee',
  'Das',
  'Reddy',
  'Nair',
  'Fernando',
  'Perera',
  'Dlamini',
  'Nkosi',
  'Mahlangu',
  'Banda',
  'Phiri',
  'Ochieng',
  'Abubakar',
  'Bello',
  'Adeyemi',
  'Eze',
  'Murphy',
  'Gallagher',
  'Walsh',
  'Fitzgerald',
  'Hughes',
  'Bennett',
  'Clarke',
  'Fletcher',
  'Harding',
  'Whitfield',
  'Marsh',
  'Thornton',
  'Ashworth',
  'Pryce',
  'Lowell',
  'Mercer',
  'Calloway',
  'Sorensen',
  'Dahl',
  'Eriksen',
  'Strand',
  'Jovanovic',
  'Markovic',
  'Kovacs',
  'Dvorak',
  'Sokolova',
  'Ivanova',
  'Volkov',
  'Morozov',
  'Orlov',
  'Rossi',
  'Bianchi',
  'Ricci',
  'Marino',
  'Greco',
  'Conti',
  'De Luca',
  'Laurent',
  'Girard',
  'Fontaine',
  'Dubois',
  'Lefebvre',
  'Rocha',
  'Pires',
  'Mendes',
  'Tembo',
  'Sesay',
  'Kamara',
  'Diallo',
  'Traore',
  'Toure',
  'Ndiaye',
  'Ahmadi',
  'Hosseini',
  'Rezaei',
  'Cohen',
  'Levi',
  'Katz',
  'Friedman',
  'Takahashi',
  'Watanabe',
  'Yamamoto',
  'Kobayashi',
  'Choi',
  'Kang',
  'Santos',
  'Reyes',
  'Cruz',
  'Bautista',
  'Aquino',
  'Halvorsen',
  'Brandt',
  'Richter',
  'Wolff',
  'Zimmermann',
  'Van Dijk',
  'Okonkwo',
];

// Chinese-style names: family name first, and mentioned later by the family name.
const CN_FAMILY: readonly string[] = [
  'Zhang',
  'Wang',
  'Li',
  'Liu',
  'Chen',
  'Yang',
  'Huang',
  'Zhao',
  'Wu',
  'Zhou',
  'Xu',
  'Sun',
  'Zhu',
  'Hu',
  'Guo',
  'Lin',
  'Gao',
  'Luo',
  'Song',
  'Tang',
  'Feng',
  'Deng',
];
const CN_GIVEN: ReadonlyArray<readonly [string, Sex]> = [
  ['Wei', 'm'],
  ['Fang', 'f'],
  ['Jing', 'f'],
  ['Lei', 'm'],
  ['Yan', 'f'],
  ['Jun', 'm'],
  ['Hui', 'f'],
  ['Xiaoling', 'f'],
  ['Jianguo', 'm'],
  ['Haiyan', 'f'],
  ['Youxia', 'm'],
  ['Yuxin', 'f'],
  ['Zhiqiang', 'm'],
  ['Meilin', 'f'],
  ['Guoqing', 'm'],
  ['Xiulan', 'f'],
  ['Chenglong', 'm'],
  ['Lihua', 'f'],
  ['Haoran', 'm'],
  ['Shuying', 'f'],
];

// Names that never occur in any corpus: for queries about unknown people.
const UNKNOWN_FIRST: readonly string[] = [
  'Bartholomew',
  'Ottoline',
  'Peregrine',
  'Cressida',
  'Thaddeus',
  'Wilhelmina',
  'Ignatius',
  'Philippa',
  'Lysander',
  'Araminta',
  'Barnaby',
  'Clementine',
  'Cornelius',
  'Hermione',
  'Ptolemy',
  'Rosalind',
];
const UNKNOWN_LAST: readonly string[] = [
  'Quince',
  'Fennimore',
  'Blackwood',
  'Ravensworth',
  'Pettigrew',
  'Ollerenshaw',
  'Winterbottom',
  'Featherstone',
  'Cavendish',
  'Trevelyan',
  'Marchbanks',
  'Hollingsworth',
  'Abernathy',
  'Pemberton',
];
const UNKNOWN_PLACES: readonly string[] = [
  'Freedonia',
  'Lower Zembla',
  'Qarvessa',
  'the Lindholm Isles',
  'Port Ossary',
  'Brastovia',
];
const UNKNOWN_ORGS: readonly string[] = [
  'Quillfeather Dynamics',
  'the Ossary Monetary Council',
  'Blackmere Shipping',
  'the Tarvel Party',
];

const COUNTRY_POOL: ReadonlyArray<readonly [string, string]> = [
  ['Velmark', 'Velmarkian'],
  ['Soravia', 'Soravian'],
  ['Kestland', 'Kestish'],
  ['Marovia', 'Marovian'],
  ['Dunmere', 'Dunmerian'],
  ['Calvera', 'Calveran'],
  ['Tavaria', 'Tavarian'],
  ['Norhaven', 'Norhavian'],
  ['Belvaria', 'Belvarian'],
  ['Quessa', 'Quessan'],
  ['Arvonia', 'Arvonian'],
  ['Valdoria', 'Valdorian'],
  ['Rhovania', 'Rhovanian'],
  ['Ternova', 'Ternovan'],
  ['Pellucia', 'Pellucian'],
  ['Gorvenia', 'Gorvenian'],
  ['Akhara', 'Akharan'],
  ['Batoria', 'Batorian'],
  ['Mirandal', 'Mirandali'],
  ['Oskavia', 'Oskavian'],
  ['Estrova', 'Estrovan'],
  ['Lusitra', 'Lusitran'],
  ['Kasmeria', 'Kasmerian'],
  ['Sundara', 'Sundaran'],
  ['Zaveria', 'Zaverian'],
  ['Halvania', 'Halvanian'],
  ['Corvesta', 'Corvestan'],
  ['Drevnia', 'Drevnian'],
  ['Tesselia', 'Tesselian'],
  ['Varkistan', 'Varkistani'],
  ['Nambara', 'Nambaran'],
  ['Selvana', 'Selvanan'],
];

const CITY_HEAD: readonly string[] = [
  'Ras',
  'Kov',
  'Mar',
  'Dun',
  'Ash',
  'Bel',
  'Kes',
  'Tor',
  'Vel',
  'Hal',
  'Sor',
  'Lin',
  'Ard',
  'Bran',
  'Cal',
  'Dor',
  'Elm',
  'Fen',
  'Gar',
  'Hel',
  'Ist',
  'Jar',
  'Kel',
  'Lor',
  'Mon',
  'Nor',
  'Orl',
  'Pel',
  'Quin',
  'Rav',
  'Sel',
  'Tam',
  'Ul',
  'Var',
  'Wen',
  'Yar',
  'Zel',
  'Ost',
  'Bro',
  'Cren',
  'Alt',
  'Bar',
  'Cor',
  'Esk',
  'Ilm',
  'Lut',
  'Mir',
  'Tov',
];
const CITY_TAIL: readonly string[] = [
  'den',
  'gard',
  'port',
  'ova',
  'ford',
  'mouth',
  'stad',
  'burg',
  'vik',
  'ila',
  'ena',
  'ograd',
  'ton',
  'berg',
  'mir',
  'ava',
  'haven',
  'dale',
  'holm',
  'esk',
  'ania',
  'oria',
  'ebo',
  'ane',
];
const RIVER_TAIL: readonly string[] = ['el', 'a', 'ine', 'o', 'und', 'ara', 'is', 'ek'];

const REAL_CITIES: ReadonlyArray<readonly [string, string]> = [
  ['Geneva', 'Switzerland'],
  ['London', 'Britain'],
  ['New York', 'United States'],
  ['Tokyo', 'Japan'],
  ['Singapore', 'Singapore'],
  ['Brussels', 'Belgium'],
  ['Washington', 'United States'],
  ['Beijing', 'China'],
  ['Paris', 'France'],
  ['Berlin', 'Germany'],
  ['Nairobi', 'Kenya'],
  ['Dubai', 'United Arab Emirates'],
  ['Mumbai', 'India'],
  ['Sao Paulo', 'Brazil'],
  ['Johannesburg', 'South Africa'],
  ['Jakarta', 'Indonesia'],
  ['Mexico City', 'Mexico'],
  ['Istanbul', 'Turkey'],
  ['Seoul', 'South Korea'],
  ['Sydney', 'Australia'],
  ['Vienna', 'Austria'],
  ['Doha', 'Qatar'],
  ['Cairo', 'Egypt'],
  ['Lagos', 'Nigeria'],
];
const VENUES: readonly string[] = ['Geneva', 'Vienna', 'Singapore', 'Doha', 'Brussels', 'Istanbul', 'Nairobi', 'Dubai'];

const CO_ROOTS: readonly string[] = [
  'Norvik',
  'Halden',
  'Arden',
  'Castellan',
  'Brightwater',
  'Kestrel',
  'Meridian',
  'Solace',
  'Orrin',
  'Valen',
  'Corvan',
  'Tamber',
  'Greyfield',
  'Ashgrove',
  'Bluestone',
  'Redcliff',
  'Silverlake',
  'Ironbridge',
  'Northwind',
  'Eastgate',
  'Westmark',
  'Highmoor',
  'Lakemont',
  'Stonebridge',
  'Crestline',
  'Harbourview',
  'Pinecrest',
  'Oakhurst',
  'Falkner',
  'Dravik',
  'Sunmere',
  'Altamira',
  'Veridian',
  'Lumera',
  'Quorra',
  'Zentek',
  'Primara',
  'Tessera',
  'Aurelis',
  'Caldera',
  'Nexora',
  'Strata',
  'Orbis',
  'Kairos',
  'Polaris',
  'Vanta',
  'Marlow',
  'Thorne',
];

type Sector =
  'energy' | 'mining' | 'pharma' | 'tech' | 'shipping' | 'bank' | 'auto' | 'telecom' | 'airline' | 'food' | 'steel';
const SECTORS: Record<Sector, { words: readonly string[]; product: string; what: string }> = {
  energy: {
    words: ['Energy', 'Power', 'Petroleum', 'Renewables'],
    product: 'fuel and power sales',
    what: 'energy group',
  },
  mining: { words: ['Mining', 'Resources', 'Minerals', 'Metals'], product: 'copper and nickel output', what: 'miner' },
  pharma: { words: ['Pharma', 'Therapeutics', 'Biosciences'], product: 'drug sales', what: 'drugmaker' },
  tech: {
    words: ['Technologies', 'Systems', 'Software', 'Semiconductor'],
    product: 'chip and cloud sales',
    what: 'technology company',
  },
  shipping: { words: ['Shipping', 'Logistics', 'Freight'], product: 'container volumes', what: 'shipping group' },
  bank: { words: ['Bank', 'Financial'], product: 'lending income', what: 'lender' },
  auto: { words: ['Motors', 'Automotive'], product: 'vehicle deliveries', what: 'carmaker' },
  telecom: { words: ['Telecom', 'Communications'], product: 'mobile subscriptions', what: 'telecoms operator' },
  airline: { words: ['Airways', 'Aviation'], product: 'passenger numbers', what: 'airline' },
  food: { words: ['Foods', 'Agri', 'Brewing'], product: 'packaged food sales', what: 'food group' },
  steel: { words: ['Steel', 'Industries'], product: 'steel shipments', what: 'steelmaker' },
};
const CO_SUFFIX: readonly string[] = [
  'Inc',
  'Corp',
  'Ltd',
  'Plc',
  'AG',
  'SA',
  'Group',
  'Holdings',
  'NV',
  'ASA',
  'Inc.',
  'Corp.',
  'Co.',
  '',
];

const ANALYST_TITLES: ReadonlyArray<readonly [string, string]> = [
  ['an economist', 'economist'],
  ['chief economist', 'chief economist'],
  ['a senior analyst', 'senior analyst'],
  ['an analyst', 'analyst'],
  ['head of research', 'research head'],
  ['a strategist', 'strategist'],
  ['a senior economist', 'senior economist'],
  ['head of emerging markets research', 'emerging markets analyst'],
];
const CO_TAILS: readonly string[] = ['ex', 'ora', 'ium', 'tek', 'ion', 'ara', 'is', 'ano', 'ica'];
const FIRM_ROOTS: readonly string[] = [
  'Harrow',
  'Whitcombe',
  'Lindgren',
  'Ashby',
  'Carrow',
  'Fenwick',
  'Mallory',
  'Prescott',
  'Redfern',
  'Sterling',
  'Tolliver',
  'Varga',
  'Wexley',
  'Yardley',
  'Ellison',
  'Hartwell',
  'Corbett',
  'Langley',
];
const RESIDENT_JOBS: readonly string[] = [
  'shopkeeper',
  'farmer',
  'teacher',
  'taxi driver',
  'nurse',
  'mechanic',
  'fisherman',
  'student',
  'market trader',
  'retired civil servant',
  'mother of three',
  'father of two',
  'construction worker',
  'pharmacist',
  'baker',
  'bus driver',
  'hairdresser',
  'electrician',
  'accountant',
  'waiter',
  'street vendor',
  'retired teacher',
];
const FIRM_KINDS: readonly string[] = [
  'Capital',
  'Research',
  'Securities',
  'Economics',
  'Partners',
  'Advisory',
  'Asset Management',
  'Investments',
  'Analytics',
  'Markets',
];

const PARTY_POOL: readonly string[] = [
  'National Renewal Party',
  'Progressive Alliance',
  'Democratic Union',
  "People's Front",
  'Liberal Reform Party',
  'Social Democratic Party',
  'Green Future Movement',
  "Workers' Party",
  'Unity Party',
  'Freedom and Justice Party',
  'Centre Coalition',
  'New Republic Party',
  "Conservative People's Party",
  'Labour Alliance',
  'Civic Forum',
  'Movement for Change',
];

interface StrikeSector {
  impact: readonly string[];
  workers: string;
  Workers: string;
  where: string;
  site: string;
}
const STRIKE_SECTORS: readonly StrikeSector[] = [
  {
    workers: 'dockworkers',
    Workers: 'Dockworkers',
    where: "the country's ports",
    site: 'port',
    impact: [
      'dozens of ships were left waiting to unload',
      'container traffic fell by more than half',
      'queues of lorries stretched for kilometres outside the main port',
    ],
  },
  {
    workers: 'rail workers',
    Workers: 'Railway Workers',
    where: 'the national rail network',
    site: 'rail',
    impact: [
      'most trains were cancelled',
      'thousands of commuters were stranded',
      'freight trains carrying grain were halted',
    ],
  },
  {
    workers: 'teachers',
    Workers: 'Teachers',
    where: 'public schools',
    site: 'school',
    impact: [
      'most public schools were closed',
      'parents were told to keep children at home',
      'end-of-year exams were postponed',
    ],
  },
  {
    workers: 'nurses',
    Workers: 'Nurses',
    where: 'state hospitals',
    site: 'hospital',
    impact: [
      'hospitals postponed non-urgent operations',
      'only emergency wards were fully staffed',
      'outpatient clinics were closed',
    ],
  },
  {
    workers: 'miners',
    Workers: 'Mineworkers',
    where: 'the copper mines',
    site: 'mine',
    impact: [
      'copper output fell sharply',
      'several mines halted production',
      'ore trucks stood idle at the mine gates',
    ],
  },
  {
    workers: 'bus drivers',
    Workers: 'Transport Workers',
    where: 'city bus services',
    site: 'bus',
    impact: [
      'bus services in the capital were suspended',
      'commuters queued for hours for taxis',
      'schools reported half-empty classrooms as pupils could not get there',
    ],
  },
];

// ---------------------------------------------------------------------------------------------
// World

type OrgKind = 'agency' | 'bank' | 'company' | 'party' | 'union' | 'intl' | 'court' | 'firm' | 'university';

interface Org {
  name: string;
  /** Takes "the" before its name. */
  the: boolean;
  acronym?: string;
  /** A generic later reference: "the agency". */
  short?: string;
  /** A shorter later name: "Norvik Energy", "Norvik". */
  alias?: string[];
  kind: OrgKind;
}

interface Company extends Org {
  sector: Sector;
  hq: string;
  home?: Country;
  ceo: Person;
  cfo: Person;
}

type GovRole =
  | 'president'
  | 'pm'
  | 'finance'
  | 'foreign'
  | 'defence'
  | 'health'
  | 'trade'
  | 'energy'
  | 'interior'
  | 'labour'
  | 'water'
  | 'cbgov'
  | 'opposition'
  | 'elections'
  | 'disaster'
  | 'healthchief'
  | 'police'
  | 'spokes'
  | 'mayor'
  | 'justice'
  | 'stats';
const GOV_ROLES: readonly GovRole[] = [
  'president',
  'pm',
  'finance',
  'foreign',
  'defence',
  'health',
  'trade',
  'energy',
  'interior',
  'labour',
  'water',
  'cbgov',
  'opposition',
  'elections',
  'disaster',
  'healthchief',
  'police',
  'spokes',
  'mayor',
  'justice',
  'stats',
];

type RoleKey = GovRole | 'ceo' | 'cfo' | 'union' | 'analyst' | 'oneoff';

interface Person {
  first: string;
  last: string;
  full: string;
  female: boolean;
  role: RoleKey;
  country?: Country;
  company?: Company;
  org?: Org;
  /** Analysts: "an economist". One-offs: "a 43-year-old shopkeeper in Rasden". */
  desc?: string;
  /** One-offs and analysts: a lowercase descriptive title before the name ("shopkeeper"). */
  pre?: string;
  /** Analysts: where they work. */
  city?: string;
}

interface Union {
  org: Org;
  leader: Person;
  sector: StrikeSector;
}

interface Country {
  name: string;
  adj: string;
  capital: string;
  cities: string[];
  rivers: string[];
  regions: string[];
  currency: string;
  population: number;
  parliament: string;
  parties: Org[];
  centralBank: Org;
  court: Org;
  agencies: Record<'election' | 'disaster' | 'health' | 'grid' | 'water' | 'stats' | 'competition', Org>;
  university: Org;
  unions: Union[];
  gov: Record<GovRole, Person>;
}

interface World {
  seed: number;
  countries: Country[];
  countryZipf: Zipf;
  companies: Company[];
  companyZipf: Zipf;
  analysts: Person[];
  analystZipf: Zipf;
  reporters: Array<{ name: string; city: string }>;
  reporterZipf: Zipf;
  editors: string[];
  editorZipf: Zipf;
  intl: Record<'imf' | 'worldBank' | 'who' | 'un' | 'wto' | 'redCross', Org>;
  /** Every recurring newsmaker's full name, so one-off names never collide with them. */
  names: Set<string>;
}

const STOP_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in']);
function acronymOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => w && !STOP_WORDS.has(w.toLowerCase()))
    .map((w) => w[0].toUpperCase())
    .join('');
}

function makeName(r: Rng, taken: Set<string>): { first: string; last: string; full: string; female: boolean } {
  for (;;) {
    let first: string;
    let last: string;
    let full: string;
    let sex: Sex;
    if (r.chance(0.12)) {
      const given = r.pick(CN_GIVEN);
      last = r.pick(CN_FAMILY);
      first = given[0];
      sex = given[1];
      full = `${last} ${first}`;
    } else {
      const f = r.pick(FIRST_NAMES);
      first = f[0];
      sex = f[1];
      last = r.pick(SURNAMES);
      full = `${first} ${last}`;
    }
    if (taken.has(full)) continue;
    taken.add(full);
    return { first, last, full, female: sex === 'f' };
  }
}

const worlds = new Map<number, World>();

function worldFor(seed: number): World {
  let w = worlds.get(seed);
  if (!w) {
    w = buildWorld(seed);
    if (worlds.size > 8) worlds.clear();
    worlds.set(seed, w);
  }
  return w;
}

function buildWorld(seed: number): World {
  const r = new Rng(hashInts(seed, 0x57a11d));
  const names = new Set<string>();
  const placeNames = new Set<string>(COUNTRY_POOL.map((c) => c[0]));
  const newPlace = (): string => {
    for (;;) {
      const base = r.pick(CITY_HEAD) + r.pick(CITY_TAIL);
      const x = r.float();
      const plain = /(port|haven|mouth)$/.test(base);
      const name = plain
        ? base
        : x < 0.08
          ? `Port ${base}`
          : x < 0.13
            ? `San ${base}`
            : x < 0.17
              ? `New ${base}`
              : base;
      if (!placeNames.has(name)) {
        placeNames.add(name);
        return name;
      }
    }
  };
  const person = (role: RoleKey, extra: Partial<Person> = {}): Person => ({ ...makeName(r, names), role, ...extra });

  const picked = r.shuffle(COUNTRY_POOL.slice()).slice(0, 20);
  const countries: Country[] = picked.map(([name, adj]) => {
    const capital = newPlace();
    const cities = [capital, newPlace(), newPlace(), newPlace(), newPlace()];
    const rivers: string[] = [];
    while (rivers.length < 2) {
      const river = `${r.pick(CITY_HEAD)}${r.pick(RIVER_TAIL)} River`;
      if (!rivers.includes(river)) rivers.push(river);
    }
    const regions = [
      `the ${r.pick(['northern', 'southern', 'eastern', 'western', 'central'])} ${r.pick(['province', 'region', 'highlands', 'delta'])} of ${newPlace()}`,
      `${newPlace()} province`,
      `the ${r.pick(CITY_HEAD)}${r.pick(['ara', 'eno', 'ova'])} valley`,
    ];
    const parties = r
      .shuffle(PARTY_POOL.slice())
      .slice(0, 3)
      .map((p): Org => ({ name: p, the: true, acronym: r.chance(0.5) ? acronymOf(p) : undefined, kind: 'party' }));
    const agency = (n: string, short: string): Org => ({
      name: n,
      the: true,
      acronym: acronymOf(n),
      short,
      kind: 'agency',
    });
    const cbName = r.pick([
      `Bank of ${name}`,
      `Central Bank of ${name}`,
      `${adj} Reserve Bank`,
      `National Bank of ${name}`,
    ]);
    const country: Country = {
      name,
      adj,
      capital,
      cities,
      rivers,
      regions,
      currency: r.pick(['crown', 'mark', 'dinar', 'real', 'shilling', 'lira', 'peso', 'rand', 'franc', 'leu']),
      population: r.int(3, 140),
      parliament: r.pick(['parliament', 'the National Assembly', 'the lower house of parliament', 'the legislature']),
      parties,
      centralBank: { name: cbName, the: !cbName.startsWith(adj), short: 'the central bank', kind: 'bank' },
      court: {
        name: r.pick(['Supreme Court', 'Constitutional Court', 'High Court']),
        the: true,
        short: 'the court',
        kind: 'court',
      },
      agencies: {
        election: agency(
          r.pick([`${adj} Electoral Commission`, 'Independent Electoral Commission', 'National Election Board']),
          'the commission',
        ),
        disaster: agency(
          r.pick([
            'National Disaster Management Agency',
            'Civil Protection Agency',
            `${adj} Disaster Response Authority`,
          ]),
          'the agency',
        ),
        health: agency(
          r.pick([
            'National Institute of Public Health',
            'Centre for Disease Control',
            `${adj} Health Protection Agency`,
          ]),
          'the agency',
        ),
        grid: agency(
          r.pick(['Northern Grid Authority', 'National Power Authority', `${adj} Electricity Board`]),
          'the authority',
        ),
        water: agency(
          r.pick([
            'National Water and Dams Authority',
            `${adj} Hydropower Corporation`,
            'River Basin Development Authority',
          ]),
          'the authority',
        ),
        stats: agency(
          r.pick(['National Statistics Office', `${adj} Statistical Institute`, 'Central Bureau of Statistics']),
          'the statistics office',
        ),
        competition: agency(
          r.pick(['Fair Trade Commission', `${adj} Competition Authority`, 'Anti-Monopoly Board']),
          'the regulator',
        ),
      },
      university: { name: `University of ${capital}`, the: true, kind: 'university' },
      unions: [],
      gov: {} as Record<GovRole, Person>,
    };
    for (const role of GOV_ROLES) country.gov[role] = person(role, { country });
    country.unions = STRIKE_SECTORS.map((sector) => {
      const uname = r.pick([
        `National Union of ${sector.Workers}`,
        `${adj} ${sector.Workers} Union`,
        `Federation of ${sector.Workers}`,
        `General Union of ${sector.Workers}`,
      ]);
      const org: Org = { name: uname, the: true, acronym: acronymOf(uname), short: 'the union', kind: 'union' };
      return { org, sector, leader: person('union', { country, org }) };
    });
    return country;
  });

  const coNames = new Set<string>();
  const companies: Company[] = [];
  const roots = r.shuffle(CO_ROOTS.slice());
  while (roots.length < 140) roots.push(`${r.pick(CITY_HEAD)}${r.pick(CO_TAILS)}`);
  for (let k = 0; companies.length < 100 && k < roots.length; k++) {
    const sector = r.pick(Object.keys(SECTORS) as Sector[]);
    const root = roots[k];
    if (placeNames.has(root)) continue;
    const word = r.pick(SECTORS[sector].words);
    const short = `${root} ${word}`;
    if (coNames.has(root) || coNames.has(short)) continue;
    coNames.add(root);
    const suffix = r.pick(CO_SUFFIX);
    const home = r.chance(0.65) ? r.pick(countries) : undefined;
    const hq = home ? r.pick(home.cities) : r.pick(REAL_CITIES)[0];
    const company = {
      name: suffix ? `${short} ${suffix}` : short,
      the: false,
      alias: [short, short, root],
      kind: 'company',
      sector,
      hq,
      home,
    } as Company;
    company.ceo = person('ceo', { company, country: home });
    company.cfo = person('cfo', { company, country: home });
    companies.push(company);
  }

  const firms: Array<{ org: Org; city: string }> = [];
  const firmRoots = r.shuffle(FIRM_ROOTS.slice());
  for (let i = 0; i < 16; i++) {
    firms.push({
      org: { name: `${firmRoots[i]} ${r.pick(FIRM_KINDS)}`, the: false, kind: 'firm' },
      city: r.chance(0.6) ? r.pick(REAL_CITIES)[0] : r.pick(r.pick(countries).cities),
    });
  }
  const analysts: Person[] = [];
  for (let i = 0; i < 100; i++) {
    const firm = r.pick(firms);
    const [desc, pre] = r.pick(ANALYST_TITLES);
    analysts.push(person('analyst', { org: firm.org, desc, pre, city: firm.city }));
  }

  const reporters: Array<{ name: string; city: string }> = [];
  for (let i = 0; i < 100; i++) {
    const n = makeName(r, names);
    reporters.push({
      name: n.full,
      city: r.chance(0.6) ? r.pick(r.pick(countries).cities.slice(0, 2)) : r.pick(REAL_CITIES)[0],
    });
  }
  const editors: string[] = [];
  for (let i = 0; i < 30; i++) editors.push(makeName(r, names).full);

  const intlOrg = (name: string, acronym?: string, short?: string): Org => ({
    name,
    the: true,
    acronym,
    short,
    kind: 'intl',
  });
  return {
    seed,
    countries,
    countryZipf: new Zipf(countries.length, 1.0),
    companies,
    companyZipf: new Zipf(companies.length, 1.0),
    analysts,
    analystZipf: new Zipf(analysts.length, 0.8),
    reporters,
    reporterZipf: new Zipf(reporters.length, 0.8),
    editors,
    editorZipf: new Zipf(editors.length, 0.8),
    intl: {
      imf: intlOrg('International Monetary Fund', 'IMF', 'the fund'),
      worldBank: intlOrg('World Bank', undefined, 'the bank'),
      who: intlOrg('World Health Organization', 'WHO'),
      un: intlOrg('United Nations', 'U.N.'),
      wto: intlOrg('World Trade Organization', 'WTO'),
      redCross: intlOrg('International Committee of the Red Cross', 'ICRC'),
    },
    names,
  };
}

// ---------------------------------------------------------------------------------------------
// Text helpers

const MONTHS = MONTH_NAMES;
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const REUTERS_MONTHS = ['Jan', 'Feb', 'March', 'April', 'May', 'June', 'July', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const SMALL = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];
const DAY = 86_400_000;

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const commas = (n: number): string => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** AP style: spell out one to nine. */
const count = (n: number): string => (n >= 0 && n < 10 ? SMALL[n] : commas(n));
const slugify = (s: string): string =>
  s
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
/** "Velmark's", but "Norvik Systems'". */
const poss = (s: string): string => (/s$/.test(s) ? `${s}'` : `${s}'s`);
/** Can a reported clause open the sentence ("Prices will rise, she said")? */
const frontable = (clause: string): boolean =>
  !/^(it|its|they|their|he|she) /.test(clause) && !/\band that\b/.test(clause);
const addDays = (d: Date, n: number): Date => new Date(d.getTime() + n * DAY);

type Q = string | readonly [string, string];
type FactType = 'who' | 'what' | 'when' | 'where' | 'how many' | 'why' | 'yes-no';
interface Fact {
  type: FactType;
  q: string;
}

interface Style {
  agency: 'Reuters' | 'AP' | 'AFP' | 'other';
  curly: boolean;
  mixedQuotes: boolean;
  percentWord: boolean;
}

// ---------------------------------------------------------------------------------------------
// Roles: how a person is introduced and later referred to.

interface RoleDef {
  /** Title or descriptive phrase before the name: "Finance Minister", "opposition leader". */
  pre(c: Ctx, p: Person): string;
  /** Appositive: "the finance minister", "head of the National Disaster Management Agency (NDMA)". */
  appos(c: Ctx, p: Person): string;
  /** Role alone, for a later reference: "the minister". */
  short?: string;
}

function ministerRole(area: string): RoleDef {
  const low = area.toLowerCase();
  return {
    pre: (c, p) =>
      c.isHome(p)
        ? c.r.pick([`${area} Minister`, `${area} Minister`, `${p.country!.name}'s ${low} minister`])
        : c.r.pick([`${p.country!.adj} ${area} Minister`, `${p.country!.name}'s ${low} minister`]),
    appos: (c, p) =>
      c.isHome(p)
        ? c.r.pick([`the ${low} minister`, `${p.country!.name}'s ${low} minister`])
        : `${p.country!.name}'s ${low} minister`,
    short: 'the minister',
  };
}

function headOf(key: keyof Country['agencies'], shortTitle: string, short: string): RoleDef {
  return {
    pre: (c, p) => `${c.orgBare(p.country!.agencies[key])} ${shortTitle}`,
    appos: (c, p) => `${c.r.pick(['head of', 'the head of', 'who heads'])} ${c.org(p.country!.agencies[key])}`,
    short,
  };
}

const ROLES: Record<RoleKey, RoleDef> = {
  president: {
    pre: (c, p) => (c.isHome(p) ? 'President' : `${p.country!.adj} President`),
    appos: (c, p) =>
      c.isHome(p) ? c.r.pick(['the president', `${p.country!.name}'s president`]) : `${p.country!.name}'s president`,
    short: 'the president',
  },
  pm: {
    pre: (c, p) => (c.isHome(p) ? 'Prime Minister' : `${p.country!.adj} Prime Minister`),
    appos: (c, p) =>
      c.isHome(p)
        ? c.r.pick(['the prime minister', `${p.country!.name}'s prime minister`])
        : `${p.country!.name}'s prime minister`,
    short: 'the prime minister',
  },
  finance: ministerRole('Finance'),
  foreign: ministerRole('Foreign'),
  defence: ministerRole('Defence'),
  health: ministerRole('Health'),
  trade: ministerRole('Trade'),
  energy: ministerRole('Energy'),
  interior: ministerRole('Interior'),
  labour: ministerRole('Labour'),
  water: ministerRole('Water Resources'),
  cbgov: {
    pre: (c, p) =>
      c.choose(
        () => `${c.orgBare(p.country!.centralBank)} Governor`,
        () => 'central bank Governor',
        () => `${p.country!.name}'s central bank governor`,
      ),
    appos: (c, p) =>
      c.choose(
        () => `governor of ${c.org(p.country!.centralBank)}`,
        () => `the central bank's governor`,
        () => `${p.country!.name}'s central bank governor`,
      ),
    short: 'the governor',
  },
  opposition: {
    pre: () => 'opposition leader',
    appos: (c, p) => `leader of ${c.org(p.country!.parties[1])}`,
    short: 'the opposition leader',
  },
  elections: headOf('election', 'chair', 'the commission chair'),
  disaster: headOf('disaster', 'chief', 'the agency chief'),
  stats: headOf('stats', 'director', 'the director'),
  healthchief: {
    pre: () => 'Chief Medical Officer',
    appos: (c, p) => c.r.pick(['the chief medical officer', `${p.country!.name}'s chief medical officer`]),
    short: 'the chief medical officer',
  },
  police: {
    pre: () => 'national police chief',
    appos: (c, p) => `${p.country!.name}'s national police chief`,
    short: 'the police chief',
  },
  spokes: {
    pre: () => 'government spokesperson',
    appos: () => 'a government spokesperson',
    short: 'the spokesperson',
  },
  mayor: {
    pre: (_c, p) => `${p.country!.capital} Mayor`,
    appos: (_c, p) => `the mayor of ${p.country!.capital}`,
    short: 'the mayor',
  },
  justice: {
    pre: () => 'Chief Justice',
    appos: (c, p) => `the chief justice of ${c.org(p.country!.court)}`,
    short: 'the chief justice',
  },
  ceo: {
    pre: (c, p) => `${c.orgBare(p.company!)} ${c.pick(['Chief Executive', 'CEO'])}`,
    appos: (c, p) =>
      c.choose(
        () => `the chief executive of ${c.org(p.company!)}`,
        () => `${poss(c.org(p.company!))} chief executive`,
      ),
    short: 'the chief executive',
  },
  cfo: {
    pre: (c, p) => `${c.orgBare(p.company!)} Chief Financial Officer`,
    appos: (c, p) =>
      c.choose(
        () => `the chief financial officer of ${c.org(p.company!)}`,
        () => `${poss(c.org(p.company!))} finance chief`,
      ),
    short: 'the finance chief',
  },
  union: {
    pre: () => 'union leader',
    appos: (c, p) => `${c.r.pick(['general secretary of', 'who leads', 'the head of'])} ${c.org(p.org!)}`,
    short: 'the union leader',
  },
  analyst: {
    pre: (c, p) => `${c.orgBare(p.org!)} ${p.pre}`,
    appos: (c, p) => `${p.desc} at ${c.org(p.org!)}${c.r.chance(0.4) ? ` in ${p.city}` : ''}`,
  },
  oneoff: {
    pre: (_c, p) => p.pre!,
    appos: (_c, p) => p.desc!,
  },
};

// ---------------------------------------------------------------------------------------------
// Article context: mention state, quotes, dates and numbers.

interface Snapshot {
  facts: number;
  quoted: number;
  seen: number;
  orgs: number;
  last: Person | undefined;
  lastWasSubject: boolean;
}

class Ctx {
  readonly seen = new Map<Person, number>();
  readonly seenOrder: Person[] = [];
  readonly orgOrder: Org[] = [];
  private readonly orgSeen = new Set<Org>();
  private readonly acronymDefined = new Set<Org>();
  readonly facts: Fact[] = [];
  readonly quoted: Person[] = [];
  last: Person | undefined;
  /** Whether `last` was mentioned as a subject (a pronoun may then refer to it). */
  lastWasSubject = false;
  /** One-off people made for this article (to keep their surnames distinct). */
  readonly pending: Person[] = [];
  /** Days between the main event and the article date. */
  eventK = 0;

  constructor(
    readonly w: World,
    readonly r: Rng,
    /** The country the article is about; business topics move it to the company's home. */
    public country: Country,
    readonly date: Date,
    readonly style: Style,
    /** The dateline city; a topic may move it (talks in Geneva, a company's headquarters). */
    public city: string,
  ) {}

  snapshot(): Snapshot {
    return {
      facts: this.facts.length,
      quoted: this.quoted.length,
      seen: this.seenOrder.length,
      orgs: this.orgOrder.length,
      last: this.last,
      lastWasSubject: this.lastWasSubject,
    };
  }

  restore(s: Snapshot): void {
    this.facts.length = s.facts;
    this.quoted.length = s.quoted;
    for (const p of this.seenOrder.splice(s.seen)) this.seen.delete(p);
    for (const o of this.orgOrder.splice(s.orgs)) {
      this.orgSeen.delete(o);
      this.acronymDefined.delete(o);
    }
    this.last = s.last;
    this.lastWasSubject = s.lastWasSubject;
  }

  pick<T>(xs: readonly T[]): T {
    return this.r.pick(xs);
  }

  /** Picks one of several alternatives and only then builds it (building may mention people). */
  choose(...options: Array<() => string>): string {
    return this.r.pick(options)();
  }

  fact(type: FactType, q: string): void {
    this.facts.push({ type, q });
  }

  isHome(p: Person): boolean {
    return !p.country || p.country === this.country;
  }

  // --- people ---

  /** Person mentions so far: a paragraph without any ends the pronoun chain. */
  mentions = 0;

  private mark(p: Person): void {
    this.mentions++;
    if (!this.seen.has(p)) {
      this.seen.set(p, 0);
      this.seenOrder.push(p);
    }
    this.seen.set(p, this.seen.get(p)! + 1);
    this.last = p;
  }

  private shortRole(p: Person): string | undefined {
    const short = ROLES[p.role].short;
    if (!short) return undefined;
    for (const other of this.seenOrder) if (other !== p && ROLES[other.role].short === short) return undefined;
    return short;
  }

  pronoun(p: Person): string {
    return p.female ? 'she' : 'he';
  }

  /** A subject at the start of a clause: first mention with a title or appositive, then surname, role or pronoun. */
  subj(p: Person): string {
    if (!this.seen.has(p)) {
      const def = ROLES[p.role];
      const x = this.r.float();
      let s: string;
      if (x < 0.45) s = `${def.pre(this, p)} ${p.full}`;
      else {
        const appos = def.appos(this, p);
        // "Velmark's finance minister, Ana Duarte," but never "Who leads the union, ...".
        s =
          x < 0.85 || /^(who|an?) /.test(appos) || p.role === 'oneoff' || p.role === 'analyst'
            ? `${p.full}, ${appos},`
            : `${appos}, ${p.full},`;
      }
      this.mark(p);
      this.lastWasSubject = true;
      return s;
    }
    const wasLast = this.last === p && this.lastWasSubject;
    this.mark(p);
    this.lastWasSubject = true;
    const x = this.r.float();
    if (wasLast && x < 0.4) return this.pronoun(p);
    const short = this.shortRole(p);
    if (short && x < 0.6) return short;
    return this.surname(p);
  }

  /** The surname, or the full name when another person in the article has the same surname. */
  surname(p: Person): string {
    for (const other of this.seenOrder) if (other !== p && other.last === p.last) return p.full;
    return p.last;
  }

  Subj(p: Person): string {
    return cap(this.subj(p));
  }

  /** A subject that names the person: the introduction, then the surname (never a role or pronoun). */
  Named(p: Person): string {
    if (!this.seen.has(p)) return this.Subj(p);
    this.mark(p);
    this.lastWasSubject = true;
    return this.surname(p);
  }

  /** A name inside a clause (object, after a preposition): no commas around it. */
  obj(p: Person): string {
    if (!this.seen.has(p)) {
      const s = `${ROLES[p.role].pre(this, p)} ${p.full}`;
      this.mark(p);
      this.lastWasSubject = false;
      return s;
    }
    this.mark(p);
    this.lastWasSubject = false;
    const short = this.shortRole(p);
    if (short && this.r.chance(0.2)) return short;
    return this.surname(p);
  }

  // --- organisations ---

  org(o: Org): string {
    const the = o.the ? 'the ' : '';
    if (!this.orgSeen.has(o)) {
      this.orgSeen.add(o);
      this.orgOrder.push(o);
      if (o.acronym && this.r.chance(0.85)) {
        this.acronymDefined.add(o);
        return `${the}${o.name} (${o.acronym})`;
      }
      return `${the}${o.name}`;
    }
    const x = this.r.float();
    if (this.acronymDefined.has(o) && x < 0.6) return `${o.kind === 'company' ? '' : 'the '}${o.acronym}`;
    if (o.alias && x < 0.8) return this.pick(o.alias);
    if (o.short && x < 0.9) return o.short;
    return `${the}${o.name}`;
  }

  Org(o: Org): string {
    return cap(this.org(o));
  }

  /** The organisation's name used as a modifier ("National Disaster Management Agency chief"). */
  orgBare(o: Org): string {
    if (!this.orgSeen.has(o)) {
      this.orgSeen.add(o);
      this.orgOrder.push(o);
      return o.alias ? o.alias[0] : o.name;
    }
    if (this.acronymDefined.has(o)) return o.acronym!;
    return o.alias ? this.pick(o.alias) : o.name;
  }

  // --- quotes ---

  private marks(): [string, string] {
    const curly = this.style.mixedQuotes ? this.r.chance(0.5) : this.style.curly;
    return curly ? ['“', '”'] : ['"', '"'];
  }

  /** Short scare quotes: a “no limits” partnership. */
  scare(s: string): string {
    const [o, c] = this.marks();
    return `${o}${s}${c}`;
  }

  private verb(p: Person, after: boolean): string {
    const vs =
      p.role === 'oneoff'
        ? ['said', 'said', 'said', 'told reporters', 'said in an interview']
        : [
            'said',
            'said',
            'said',
            'said',
            'told reporters',
            'said in a statement',
            'told a news conference',
            'said in an interview',
          ];
    if (this.style.agency === 'Reuters') vs.push('told Reuters');
    if (this.style.agency === 'AP') vs.push('told The Associated Press');
    if (this.seen.has(p) && after) vs.push('added', 'said');
    if (p.role !== 'oneoff') vs.push('wrote on social media');
    return this.pick(vs);
  }

  /** A direct quote with attribution before or after, possibly running over two sentences. */
  quote(p: Person, q: Q): string {
    this.quoted.push(p);
    const [o, c] = this.marks();
    const [a, b] = typeof q === 'string' ? [q, undefined] : q;
    const end = (s: string) => (/[?!]$/.test(s) ? s : `${s}.`);
    const tail = (s: string) => (/[?!]$/.test(s) ? s : `${s},`);
    const x = this.r.float();
    if (b === undefined) {
      if (x < 0.5) {
        const v = this.verb(p, true);
        const asked = /\?$/.test(a) && v === 'said' ? 'asked' : v;
        return `${o}${tail(a)}${c} ${this.subj(p)} ${asked}.`;
      }
      if (x < 0.62 && !this.seen.has(p) && p.role !== 'oneoff' && p.role !== 'analyst') {
        return `${o}${tail(a)}${c} said ${this.obj(p)}.`;
      }
      if (x < 0.85) return `${this.Subj(p)} ${this.verb(p, false)}: ${o}${end(a)}${c}`;
      return `${this.Subj(p)} said ${this.recent()}: ${o}${end(a)}${c}`;
    }
    if (x < 0.4) return `${o}${end(a)} ${tail(b)}${c} ${this.subj(p)} ${this.verb(p, true)}.`;
    if (x < 0.75) return `${o}${tail(a)}${c} ${this.subj(p)} ${this.verb(p, true)}. ${o}${end(b)}${c}`;
    return `${this.Subj(p)} ${this.verb(p, false)}: ${o}${end(a)} ${end(b)}${c}`;
  }

  /** Reported speech: "Duarte said that ...", "According to Duarte, ...". */
  reported(p: Person, clause: string): string {
    const x = frontable(clause) ? this.r.float() : this.r.float() * 0.8;
    if (x < 0.3) return `${this.Subj(p)} said that ${clause}.`;
    if (x < 0.5) return `${this.Subj(p)} said ${this.recent()} that ${clause}.`;
    if (x < 0.65) return `${this.Subj(p)} told reporters that ${clause}.`;
    if (x < 0.8) return `According to ${this.obj(p)}, ${clause}.`;
    return `${cap(clause)}, ${this.subj(p)} said.`;
  }

  /** What an organisation said in a statement. */
  statement(o: Org, clause: string): string {
    const x = frontable(clause) ? this.r.float() : this.r.pick([0.1, 0.6]);
    if (x < 0.3) return `${this.Org(o)} said in a statement that ${clause}.`;
    if (x < 0.55) return `${cap(clause)}, according to a statement from ${this.org(o)}.`;
    if (x < 0.8) return `In a statement, ${this.org(o)} said ${clause}.`;
    return `${cap(clause)}, ${this.org(o)} said in a statement ${this.recent()}.`;
  }

  // --- one-off people ---

  oneOff(pre: string, desc: string): Person {
    for (;;) {
      const n = makeName(this.r, new Set());
      // Never a recurring newsmaker's name, nor a surname already used in this article.
      if (
        this.w.names.has(n.full) ||
        this.seenOrder.some((p) => p.last === n.last) ||
        this.pending.some((p) => p.last === n.last)
      )
        continue;
      const p: Person = { ...n, role: 'oneoff', pre, desc, country: this.country };
      this.pending.push(p);
      return p;
    }
  }

  resident(place: string): Person {
    const age = this.r.int(19, 78);
    for (;;) {
      const job = this.pick(RESIDENT_JOBS);
      const article = /^[aeiou]/.test(job) ? 'an' : 'a';
      const desc = this.r.chance(0.5) ? `a ${age}-year-old ${job} in ${place}` : `${article} ${job} from ${place}`;
      const p = this.oneOff(job, desc);
      if ((job === 'mother of three' && !p.female) || ((job === 'fisherman' || job === 'father of two') && p.female)) {
        this.pending.pop();
        continue;
      }
      return p;
    }
  }

  expert(field: string, title: string): Person {
    const uni = this.country.university;
    return this.oneOff(
      title,
      `${this.pick(['a professor of', 'a lecturer in', 'an expert in', 'a researcher in'])} ${field} at ${this.org(uni)}`,
    );
  }

  analyst(): Person {
    for (let tries = 0; ; tries++) {
      const a = this.w.analysts[this.w.analystZipf.sample(this.r)];
      if (tries > 20 || !this.seenOrder.some((p) => p !== a && p.last === a.last)) return a;
    }
  }

  // --- dates ---

  dayBefore(k: number): Date {
    return addDays(this.date, -k);
  }

  /** "on Tuesday": the weekday of the main event. */
  onEvent(): string {
    return `on ${WEEKDAYS[this.dayBefore(this.eventK).getUTCDay()]}`;
  }

  /** A weekday between the main event and the article date. */
  onDay(k = this.r.int(0, this.eventK)): string {
    return `on ${WEEKDAYS[this.dayBefore(k).getUTCDay()]}`;
  }

  /** A recent time reference: the days since the main event, or last week. */
  recent(): string {
    return this.onDay();
  }

  /** A past time reference, relative or absolute. */
  when(): string {
    const x = this.r.float();
    if (x < 0.35) return this.onDay();
    if (x < 0.45) return 'last week';
    if (x < 0.52) return `${this.pick(['two', 'three', 'four'])} weeks ago`;
    if (x < 0.6) return this.monthThisYear();
    if (x < 0.67) return 'earlier this month';
    if (x < 0.74) return 'last month';
    if (x < 0.8) return 'a year ago';
    if (x < 0.9) return this.absPast();
    return `on ${this.shortDate()}`;
  }

  /** A future time reference. */
  future(): string {
    const x = this.r.float();
    const d = this.date.getUTCDay();
    if (x < 0.25) {
      const k = this.r.int(1, 6);
      return `next ${WEEKDAYS[(d + k + 1) % 7]}`;
    }
    if (x < 0.4) return 'next week';
    if (x < 0.5) return 'later this month';
    if (x < 0.6) return 'in the coming weeks';
    if (x < 0.7) return 'by the end of the year';
    if (x < 0.85) {
      const f = addDays(this.date, this.r.int(10, 120));
      return `on ${this.style.agency === 'Reuters' ? `${MONTHS[f.getUTCMonth()]} ${f.getUTCDate()}` : `${AP_MONTHS[f.getUTCMonth()]} ${f.getUTCDate()}`}`;
    }
    const m = this.date.getUTCMonth();
    return m < 10 ? `in ${MONTHS[this.r.int(m + 1, 11)]}` : `in ${MONTHS[this.r.int(0, 5)]} next year`;
  }

  monthThisYear(): string {
    const m = this.date.getUTCMonth();
    return m === 0 ? 'in December last year' : `in ${MONTHS[this.r.int(0, m - 1)]} this year`;
  }

  /** "on April 12, 2021" or "in June 2021". */
  absPast(minYears = 1, maxYears = 5): string {
    const d = addDays(this.date, -this.r.int(minYears * 365, maxYears * 365));
    return this.r.chance(0.55)
      ? `on ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`
      : `in ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }

  /** "Nov. 6": earlier the same year, without the year. */
  shortDate(): string {
    const d = addDays(this.date, -this.r.int(8, 60));
    return `${AP_MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}`;
  }

  earlier(): string {
    return this.pick(['two days earlier', 'a day earlier', 'three days earlier', 'a week earlier']);
  }

  year(back: number): number {
    return this.date.getUTCFullYear() - back;
  }

  range(): string {
    const y2 = this.year(this.r.int(1, 4));
    const y1 = y2 - this.r.int(2, 6);
    return this.r.chance(0.7) ? `between ${y1} and ${y2}` : `from ${y1} to ${y2}`;
  }

  prevMonth(): string {
    return MONTHS[(this.date.getUTCMonth() + 11) % 12];
  }

  // --- numbers ---

  pct(x: number, dp = 1): string {
    const s = dp === 0 ? String(Math.round(x)) : x.toFixed(dp);
    return this.style.percentWord ? `${s} percent` : `${s}%`;
  }

  /** Money given in millions of dollars: "$450 million", "$2.3 billion". */
  money(millions: number, sym = '$'): string {
    if (millions >= 1000) {
      const b = Math.round(millions / 100) / 10;
      return `${sym}${b % 1 === 0 ? b.toFixed(0) : b.toFixed(1)} billion`;
    }
    return `${sym}${commas(Math.round(millions))} million`;
  }
}

// Quotes are written with straight apostrophes and converted for curly-style articles at the end.

// ---------------------------------------------------------------------------------------------
// Topics. Each picks its facts, then returns paragraphs as thunks, called in order, so that
// first mentions, acronyms and the facts registered for queries follow the text actually kept.

type Thunk = () => string;

interface Built {
  slug: string;
  /** What a /timeline query about this topic would name. */
  label: string;
  titles: string[];
  /** Always kept, in order. */
  paras: Thunk[];
  /** Added in order while the article is shorter than its target length. */
  extras: Thunk[];
  /** A noun phrase for generic paragraphs: "the floods". */
  issue: string;
}

type TopicFn = (c: Ctx) => Built;

const the = (o: Org): string => `${o.the ? 'the ' : ''}${o.name}`;

function rates(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const cb = X.centralBank;
  const gov = X.gov.cbgov;
  const fin = X.gov.finance;
  const move = r.pick(['raise', 'raise', 'cut', 'cut', 'hold'] as const);
  const bp = r.pick([25, 25, 50, 50, 75, 100, 150]);
  const rate = r.int(8, 56) * 0.25;
  const rateS = c.pct(rate, 2);
  const infl = r.dec(move === 'cut' ? 1.5 : 3.5, move === 'cut' ? 5 : 14, 1);
  const members = r.pick([5, 7, 9]);
  const against = r.int(0, Math.floor(members / 2));
  const vote = `${members - against}-${against}`;
  const bank = the(cb);
  const verb = move === 'raise' ? 'raise' : move === 'cut' ? 'cut' : 'keep';
  const did = move === 'raise' ? 'raised' : move === 'cut' ? 'cut' : 'kept';
  c.eventK = r.int(0, 2);
  const action =
    move === 'hold'
      ? `kept its benchmark interest rate unchanged at ${rateS}`
      : `${did} its benchmark interest rate by ${bp} basis points to ${rateS}`;
  const reason =
    move === 'raise'
      ? r.pick([
          `to curb inflation running at ${c.pct(infl)}`,
          `to defend the ${X.currency}, which has lost ${c.pct(r.dec(8, 25))} against the dollar this year`,
          `to cool rapid credit growth and inflation of ${c.pct(infl)}`,
        ])
      : move === 'cut'
        ? r.pick([
            `to support an economy that shrank ${c.pct(r.dec(0.2, 2.5))} in the last quarter`,
            `as inflation eased to ${c.pct(infl)}`,
            'to revive weak consumer demand and business investment',
          ])
        : r.pick([
            `, as it waits for clearer signs that inflation of ${c.pct(infl)} is easing`,
            ', citing uncertainty over global energy prices',
            ', saying earlier increases were still working through the economy',
          ]);
  const quotes: Record<typeof move, Q[]> = {
    raise: [
      'Inflation is still far too high, and we will do what is necessary to bring it back to target',
      ['We are not done yet', 'Further increases remain on the table if price pressures persist'],
      'Price stability is the best contribution we can make to growth',
      ['The decision was not an easy one', 'But the risks of waiting were greater'],
      'We would rather act too early than too late',
    ],
    cut: [
      'Inflation has come down faster than we expected, which gives us room to support growth',
      ['This is not the start of an easing cycle', 'We will take each decision as it comes'],
      'Households have carried a heavy burden and we can now ease it a little',
      ['The economy needs support', 'Our mandate allows us to give it, carefully'],
    ],
    hold: [
      'We need more data before we move again',
      ['Our policy is in a good place', 'We are prepared to act if the outlook changes'],
      'Patience is the right approach at this stage',
    ],
  };
  return {
    slug: 'interest-rates',
    label: r.pick(['interest rates', `${X.adj} interest rates`, cb.name]),
    issue: 'the cost of living',
    titles: [
      `${cb.name} ${move === 'raise' ? 'raises' : move === 'cut' ? 'cuts' : 'holds'} rates ${move === 'hold' ? 'at' : 'to'} ${rateS}`,
      `${X.adj} central bank ${move === 'raise' ? 'hikes rates as inflation bites' : move === 'cut' ? 'cuts rates as inflation eases' : 'holds rates, signals patience'}`,
      `${X.name} rate decision: committee votes ${vote} to ${verb} rates`,
    ],
    paras: [
      () => {
        c.fact('yes-no', `Did ${bank} ${r.pick(['raise', 'cut'])} interest rates?`);
        c.fact('what', `What is ${poss(bank)} benchmark interest rate?`);
        c.fact('when', `When did ${bank} ${verb} ${move === 'hold' ? 'rates on hold' : 'interest rates'}?`);
        c.fact('why', `Why did ${bank} ${verb} ${move === 'hold' ? 'rates on hold' : 'interest rates'}?`);
        const tag = r.pick([
          'in a move expected by most economists',
          'surprising markets',
          `its ${r.pick(['second', 'third', 'fourth'])} decision of the kind this year`,
          'as policymakers weighed a slowing economy against stubborn prices',
        ]);
        const x = r.float();
        const why = reason.startsWith(',') ? reason : ` ${reason}`;
        if (x < 0.4) return `${c.Org(cb)} ${action} ${c.onEvent()}${why}, ${tag}.`;
        if (x < 0.7)
          return `${X.name}'s central bank ${action} ${c.onEvent()}${why}, ${tag}. The decision by ${c.org(cb)} was announced after a ${r.pick(['two-day', 'one-day'])} meeting.`;
        return `${c.Subj(gov)} said ${c.onEvent()} that ${c.org(cb)} had ${action}${why}.`;
      },
      () =>
        c.quote(gov, r.pick(quotes[move])) +
        (r.chance(0.5)
          ? ` ${c.reported(gov, r.pick(['the bank would not hesitate to act again if needed', 'the committee would keep a close eye on wage growth', `the ${X.currency}'s recent moves had been taken into account`]))}`
          : ''),
      () => {
        c.fact('what', `How did ${poss(bank)} policy committee vote?`);
        return against === 0
          ? `The ${count(members)}-member monetary policy committee voted unanimously for the decision, ${r.pick(['the bank said', 'according to the minutes'])}.`
          : `The ${count(members)}-member monetary policy committee voted ${vote} for the decision, with ${count(against)} ${against === 1 ? 'member' : 'members'} preferring ${move === 'raise' ? 'a smaller increase' : move === 'cut' ? 'to keep rates on hold' : `a ${r.pick(['cut', 'rise'])} of 25 basis points`}.`;
      },
      () =>
        r.chance(0.5)
          ? c.reported(
              fin,
              r.pick([
                'the government respected the independence of the central bank',
                'the government would keep spending under control to help bring prices down',
                'the decision would help restore confidence in the currency',
              ]),
            )
          : c.quote(
              fin,
              r.pick<Q>([
                'The central bank is independent and we respect its decisions',
                ['We have done our part with a responsible budget', 'Now we need everyone to play theirs'],
                'Families will feel the difference by the end of the year',
              ]),
            ),
    ],
    extras: [
      () =>
        `Core inflation, which strips out volatile food and energy prices, ${r.chance(0.5) ? 'rose' : 'eased'} to ${c.pct(r.dec(2, 10))} in ${c.prevMonth()}. Services inflation remained ${c.scare('sticky')}, ${c.org(cb)} said in its policy statement.`,
      () =>
        c.quote(
          gov,
          r.pick<Q>([
            ['We will look at every piece of data', 'Nothing is decided in advance'],
            'The labour market is still tight, and that matters for prices',
            ['Our forecasts assume oil prices stay where they are', 'That is a big assumption'],
            'Credibility takes years to build and days to lose',
          ]),
        ),
      () =>
        `Bank lending to households grew ${c.pct(r.dec(0.5, 12))} in the year to ${c.prevMonth()}, the slowest pace since ${c.year(r.int(2, 9))}, while ${r.pick(['house prices fell for a third month', 'business investment stagnated', 'car sales dropped sharply'])}.`,
      () =>
        `${c.Subj(gov)} ${r.pick(['told a news conference after the meeting', 'said at a briefing', 'told lawmakers'])} that ${r.pick(['the bank expected inflation to return to its target by the end of next year', `wage growth of ${c.pct(r.dec(4, 12))} was still too fast`, 'the weaker currency was adding to import prices', 'the economy was slowing more sharply than expected'])}. ${cap(c.pronoun(gov))} ${r.pick(['declined to say', 'would not be drawn on'])} whether the bank would move again ${c.future()}.`,
      () =>
        `Economists polled by ${c.style.agency === 'Reuters' ? 'Reuters' : 'a news agency'} had expected ${move === 'raise' ? `an increase of ${r.pick([25, 50])} basis points` : move === 'cut' ? 'a smaller cut' : 'no change'}, and ${count(r.int(2, 9))} of the ${r.int(12, 30)} economists surveyed had forecast the outcome correctly.`,
      () =>
        `Mortgage lenders in ${X.name} said they would ${move === 'raise' ? 'raise' : move === 'cut' ? 'lower' : 'review'} their own rates ${c.future()}. About ${c.pct(r.int(20, 70), 0)} of home loans in the country carry variable rates, according to ${c.org(cb)}.`,
      () => {
        const v = c.resident(c.city);
        return c.quote(
          v,
          r.pick<Q>([
            ['My mortgage payment has gone up twice this year', 'I do not know where the next increase will come from'],
            'Every time they move rates, small businesses like mine pay the price',
            ['Savers finally get something back', 'But prices are still rising faster'],
          ]),
        );
      },
      () =>
        `${c.Org(X.parties[1])} said the central bank had been ${c.scare(r.pick(['too slow', 'asleep at the wheel', 'reckless']))} in responding to inflation, which peaked at ${c.pct(r.dec(infl, infl + 9))} ${c.absPast(1, 2)}.`,
      () => {
        const prev = r.dec(1, 15, 1);
        c.fact('what', `What was the inflation rate in ${X.name} in ${c.prevMonth()}?`);
        return `Annual inflation ${prev > infl ? 'slowed' : 'rose'} to ${c.pct(infl)} in ${c.prevMonth()} from ${c.pct(prev)} a month earlier, ${c.org(X.agencies.stats)} said ${c.recent()}. Food prices rose ${c.pct(r.dec(2, 20))} over the year.`;
      },
      () => {
        const a = c.analyst();
        return (
          c.quote(
            a,
            r.pick<Q>([
              'The central bank has signalled it is not finished',
              ['Markets had priced in a smaller move', 'This is a hawkish surprise'],
              'The real test will be whether wage growth slows in the next few months',
              ['The bank is walking a tightrope', 'Growth is weak and prices are still rising too fast'],
            ]),
          ) +
          (r.chance(0.4)
            ? ` ${cap(c.pronoun(a))} described the decision as ${c.scare(r.pick(['bold', 'overdue', 'a gamble', 'cautious']))}.`
            : '')
        );
      },
      () =>
        `The ${X.currency} ${r.chance(0.5) ? 'firmed' : 'slipped'} ${c.pct(r.dec(0.1, 1.6))} against the dollar after the announcement, while yields on two-year government bonds ${r.chance(0.5) ? 'rose' : 'fell'} ${r.int(3, 30)} basis points.`,
      () =>
        `${c.Org(cb)} raised rates ${count(r.int(3, 11))} times ${c.range()}, taking borrowing costs to their highest in ${r.int(8, 25)} years, before pausing ${c.absPast(1, 2)}.`,
      () => {
        c.fact('when', `When is ${poss(bank)} next policy meeting?`);
        return `The next policy meeting is scheduled for ${c.future().replace(/^(on|in|by) /, '')}, and economists polled ${c.recent()} expect ${r.pick(['one more move this year', 'rates to stay on hold until next year', 'a cut by the end of the year'])}.`;
      },
      () =>
        `${c.Org(c.w.intl.imf)} said ${c.monthThisYear()} that ${X.name}'s economy would grow ${c.pct(r.dec(0.3, 4.5))} this year, down from ${c.pct(r.dec(1, 6))} a year ago.`,
    ],
  };
}

function election(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const [ruling, opposition, third] = X.parties;
  const incumbent = r.chance(0.5) ? X.gov.president : X.gov.pm;
  const oppLeader = X.gov.opposition;
  const chief = X.gov.elections;
  const rulingWins = r.chance(0.55);
  const winner = rulingWins ? ruling : opposition;
  const loser = rulingWins ? opposition : ruling;
  const winnerLeader = rulingWins ? incumbent : oppLeader;
  const loserLeader = rulingWins ? oppLeader : incumbent;
  const seats = r.pick([150, 200, 250, 300, 350, 400, 450]);
  const won = r.int(Math.floor(seats * 0.42), Math.floor(seats * 0.68));
  const lost = r.int(Math.floor(seats * 0.18), seats - won - 8);
  const majority = won > seats / 2;
  const turnout = r.dec(44, 82, 1);
  const accepts = r.chance(0.5);
  const region = r.pick(X.regions);
  c.eventK = r.int(1, 3);
  const vote = r.pick(['parliamentary election', 'general election', 'snap election']);
  return {
    slug: 'election',
    label: r.pick(['election', `${X.adj} election`, `election in ${X.name}`]),
    issue: 'the election',
    titles: [
      `${winner.name} wins ${X.adj} ${vote} with ${won} of ${seats} seats`,
      `${rulingWins ? 'Ruling party holds on' : 'Opposition sweeps to victory'} in ${X.name} as turnout hits ${c.pct(turnout)}`,
      `${X.adj} election: ${winner.name} ${majority ? 'takes majority' : 'falls short of majority'}`,
    ],
    paras: [
      () => {
        c.fact('who', `Who won the election in ${X.name}?`);
        c.fact('how many', `How many seats did the ${winner.name} win?`);
        const x = r.float();
        if (x < 0.35)
          return `${c.Org(winner)} won ${won} of the ${seats} seats in ${X.name}'s ${vote} ${c.onEvent()}, official results showed, ${rulingWins ? 'handing the government a fresh mandate' : `ending ${r.int(6, 20)} years of rule by ${c.org(ruling)}`}.`;
        if (x < 0.7)
          return `Voters in ${X.name} ${rulingWins ? 'returned' : 'ousted'} ${c.org(ruling)} in ${c.onEvent().replace(/^on /, '')}'s ${vote}, giving ${rulingWins ? 'it' : c.org(winner)} ${won} of ${seats} seats in ${X.parliament}, according to results published ${c.onDay(0)}.`;
        return `${c.Org(X.agencies.election)} said ${c.onDay(0)} that ${c.org(winner)} had won ${won} seats in ${c.onEvent().replace(/^on /, '')}'s ${vote}, ${majority ? 'enough to govern alone' : `short of the ${Math.floor(seats / 2) + 1} needed for a majority`}.`;
      },
      () => {
        c.fact('what', `What was the turnout in the ${X.adj} election?`);
        return `${c.Subj(chief)} said turnout was ${c.pct(turnout)}, ${turnout > 65 ? 'the highest in two decades' : `down from ${c.pct(r.dec(turnout + 2, 85))} at the last election ${c.absPast(4, 5)}`}. ${cap(c.org(loser))} won ${lost} seats and ${c.org(third)} ${r.int(3, 30)}.`;
      },
      () =>
        c.quote(
          winnerLeader,
          r.pick<Q>([
            'The people have spoken and we will honour their trust',
            [`This is a victory for every citizen of ${X.name}`, 'We will govern for all of them'],
            'Tonight belongs to the voters, not to the parties',
            ['We promised change', 'Starting tomorrow, we will deliver it'],
            'Our first task will be to bring prices down',
          ]),
        ),
      () => {
        c.fact('yes-no', `Did the ${loser.name} accept the election result?`);
        if (accepts) {
          return r.chance(0.5)
            ? c.quote(
                loserLeader,
                r.pick<Q>([
                  'We accept the result and we will be a strong and constructive opposition',
                  ['The voters have made their choice', 'We respect it, even if we do not like it'],
                ]),
              )
            : c.reported(
                loserLeader,
                `the ${loser.name} would respect the will of voters and had called ${winnerLeader.last} to concede`,
              );
        }
        c.fact('why', `Why did the ${loser.name} reject the election result?`);
        return c.reported(
          loserLeader,
          `the ${loser.name} would challenge the results in court, citing ${r.pick(['irregularities at polling stations', 'ballot stuffing', 'missing ballot boxes', 'intimidation of observers'])} in ${region}`,
        );
      },
    ],
    extras: [
      () =>
        `Campaigning was marred by ${r.pick([`violence in ${region}`, 'allegations of vote buying', 'a row over coverage on state television', 'the arrest of several local candidates'])}, and ${count(r.int(2, 9))} candidates withdrew in the final week.`,
      () =>
        `Women won ${c.pct(r.int(12, 45), 0)} of seats, up from ${c.pct(r.int(8, 30), 0)} at the last election, while the number of parties in parliament ${r.chance(0.5) ? 'rose' : 'fell'} to ${count(r.int(4, 11))}.`,
      () =>
        c.quote(
          winnerLeader,
          r.pick<Q>([
            ['We will name a government within two weeks', 'It will be a government of competence, not of friends'],
            'I extend my hand to those who did not vote for us',
            ['The hard work starts now', 'There will be no honeymoon'],
          ]),
        ),
      () =>
        `Final results are expected ${c.future()}, ${c.org(X.agencies.election)} said, once ballots from ${commas(r.int(200, 3000))} polling stations abroad have been counted.`,
      () => {
        c.fact('what', `What did ${winnerLeader.last} promise during the campaign?`);
        return `${c.Subj(winnerLeader)} campaigned on promises to ${r.pick(['cut fuel taxes', 'raise the minimum wage', 'fight corruption', 'build 100,000 homes', 'renegotiate foreign debt'])} and to ${r.pick(['reform the police', 'cut the size of the cabinet', 'expand free school meals', 'bring back young people who emigrated'])}.`;
      },
      () =>
        `Supporters of ${c.org(winner)} celebrated in the streets of ${c.city} late into the night, waving flags and ${r.pick(['setting off fireworks', 'honking car horns', 'chanting the name of their leader'])}.`,
      () =>
        `Foreign investors will watch closely how the new government handles ${X.name}'s ${c.money(r.int(2000, 60000))} of external debt. The ${X.currency} ${r.chance(0.5) ? 'rose' : 'fell'} ${c.pct(r.dec(0.3, 4))} against the dollar ${c.onDay(0)}.`,
      () => {
        const v = c.resident(c.city);
        return c.quote(
          v,
          r.pick<Q>([
            'I voted for change because my rent has doubled in two years',
            ['Nothing changes, whoever wins', 'But I still vote, because my father could not'],
            'I want my children to find work here, not abroad',
            ['Prices are the only thing people talked about', 'Everything else came second'],
          ]),
        );
      },
      () => {
        c.fact('what', `What did observers say about the election in ${X.name}?`);
        return `Observers from ${c.org(c.w.intl.un)} said the vote had been largely ${c.scare(r.pick(['free and fair', 'orderly', 'peaceful']))}, although they noted ${r.pick(['long queues', 'delays in opening some polling stations', 'reports of vote buying'])} in ${region}.`;
      },
      () => {
        const a = c.analyst();
        return (
          c.quote(
            a,
            r.pick<Q>([
              'The result shows how much the cost of living shaped this campaign',
              ['This was a protest vote', 'The question is whether it lasts'],
              'Investors will want to see a credible budget within weeks',
            ]),
          ) +
          (r.chance(0.5)
            ? ` ${c.Subj(a)} called it ${c.scare(r.pick(['a protest vote', 'an earthquake', 'a warning shot']))} for ${X.name}'s political establishment.`
            : '')
        );
      },
      () =>
        `The ${ruling.name} has governed ${X.name} since ${c.year(r.int(6, 15))}. ${cap(c.range())}, the economy grew by an average of ${c.pct(r.dec(0.5, 5))} a year, but inflation and unemployment rose sharply after ${c.year(r.int(1, 3))}.`,
      () => {
        c.fact('when', `When will the new ${X.adj} parliament meet?`);
        return `The new parliament is due to convene ${c.future()}${majority ? '' : `, and ${c.org(winner)} has begun coalition talks with ${c.org(third)}`}.`;
      },
      () =>
        `Campaigning was dominated by ${r.pick(['rising food and fuel prices', 'corruption allegations', 'unemployment among young people', 'a row over a proposed tax on savings'])}, and ${c.org(X.agencies.election)} reported ${commas(r.int(120, 4800))} complaints during the campaign.`,
    ],
  };
}

function floods(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const river = r.pick(X.rivers);
  const region = r.pick(X.regions);
  const deaths = r.int(6, 180);
  const missing = r.int(3, 60);
  const displaced = r.int(2, 90) * 1000 + r.int(0, 999);
  const homes = r.int(800, 25000);
  const chief = X.gov.disaster;
  const leader = r.chance(0.5) ? X.gov.pm : X.gov.president;
  const aid = r.int(5, 400);
  c.eventK = r.int(0, 2);
  return {
    slug: 'floods',
    label: r.pick(['floods', `floods in ${X.name}`, `${river} floods`]),
    issue: 'its response to the floods',
    titles: [
      `${X.name} floods kill ${deaths} as ${river} bursts its banks`,
      `Death toll from ${X.adj} floods rises to ${deaths}`,
      `Thousands flee floods in ${X.name}'s ${region.replace(/^the /, '')}`,
      `Floods in ${X.name}: ${commas(displaced)} displaced, ${deaths} dead`,
    ],
    paras: [
      () => {
        c.fact('how many', `How many people died in the floods in ${X.name}?`);
        c.fact('where', `Where did the floods in ${X.name} hit?`);
        const x = r.float();
        if (x < 0.35)
          return `At least ${deaths} people have been killed and ${commas(displaced)} forced from their homes after days of torrential rain caused the ${river} to burst its banks in ${region}, officials said ${c.onEvent()}.`;
        if (x < 0.7)
          return `Floods in ${X.name}'s ${region.replace(/^the /, '')} have killed at least ${deaths} people, ${c.org(X.agencies.disaster)} said ${c.onEvent()}, as rescuers searched for ${count(missing)} people still missing.`;
        return `Rescue teams in ${X.name} used boats and helicopters ${c.onEvent()} to reach villages cut off by floodwaters that have killed at least ${deaths} people along the ${river}.`;
      },
      () =>
        c.quote(
          chief,
          r.pick<Q>([
            'The water came up faster than anyone expected',
            ['We fear the toll will rise', 'Many villages are still cut off'],
            'Our teams are working around the clock, but some areas can only be reached by air',
            ['This is the worst flooding we have seen in a generation', 'We need more boats and more helicopters'],
          ]),
        ),
      () => {
        c.fact('how many', `How many people were displaced by the floods in ${X.name}?`);
        return `${c.Org(X.agencies.disaster)} said ${commas(homes)} homes had been destroyed or damaged and ${count(r.int(3, 40))} bridges washed away. More than ${r.int(140, 420)} millimetres of rain fell on ${region} in ${count(r.int(2, 5))} days. About ${commas(displaced)} people are staying in schools and temporary camps.`;
      },
      () => {
        c.fact('how many', `How much emergency aid did ${X.name}'s government promise after the floods?`);
        return `${c.Subj(leader)} visited ${c.city} ${c.onDay(c.eventK > 0 ? c.eventK - 1 : 0)} and promised ${c.money(aid)} in emergency aid. ${c.reported(leader, r.pick(['the army would help rebuild roads and bridges', 'no family would be left without shelter', 'an inquiry would examine why warnings came so late']))}`;
      },
    ],
    extras: [
      () =>
        `Engineers were inspecting the ${river}'s embankments ${c.onDay()} after ${count(r.int(2, 9))} breaches were found near ${c.city}. ${c.quote(chief, r.pick<Q>(['We are asking people not to return home yet', ['The river is still rising in the south', 'The danger has not passed']]))}`,
      () =>
        `${c.Org(c.w.intl.un)} said about ${commas(Math.round(displaced * r.dec(0.3, 0.5, 2)))} children were among those displaced, and that ${count(r.int(3, 60))} health centres had been damaged.`,
      () =>
        `It was the ${r.pick(['second', 'third', 'worst'])} major flood to hit ${X.name} ${r.pick(['this year', 'in three years', 'in a decade'])}. Meteorologists blamed ${r.pick(['an unusually strong monsoon', 'a slow-moving storm system', 'a cyclone that stalled over the coast'])}.`,
      () =>
        `Video shared on social media showed ${r.pick(['cars swept along flooded streets', 'people stranded on rooftops', 'a bridge collapsing into the river', 'cattle swimming through submerged fields'])} in ${c.city}. Schools across ${region} were closed and ${r.int(20, 300)} roads were cut off.`,
      () =>
        `Aid agencies warned of the risk of ${r.pick(['cholera', 'waterborne diseases', 'malaria'])} as the water recedes, and said clean drinking water was the most urgent need in camps housing ${commas(displaced)} people.`,
      () =>
        `${c.Subj(X.gov.finance)} said ${c.onDay()} that the floods could cut economic growth by ${r.dec(0.1, 1.2)} percentage points this year, with damage to crops estimated at ${c.money(r.int(20, 900))}.`,
      () =>
        `Farmers said ${r.pick(['the rice harvest', 'the maize crop', 'the cotton crop', 'the wheat harvest'])} in ${region} had been all but wiped out, ${r.pick(['three weeks', 'a month', 'days'])} before it was due to be gathered.`,
      () => {
        const v = c.resident(c.city);
        return c.quote(
          v,
          r.pick<Q>([
            ['We lost everything', 'The water took the house, the animals, the harvest'],
            'We had ten minutes to leave before the water reached the roof',
            ['I have lived here for 40 years', 'I have never seen the river like this'],
            'Nobody came for two days, so we used our own boats',
          ]),
        );
      },
      () =>
        `The ${river} last flooded ${c.absPast(3, 10)}, when ${r.int(10, 90)} people died. ${cap(c.range())}, ${X.name} spent ${c.money(r.int(20, 900))} on flood defences, according to ${c.org(c.w.intl.worldBank)}.`,
      () => {
        c.fact('why', `Why did the opposition in ${X.name} criticise the government over the floods?`);
        return c.reported(
          X.gov.opposition,
          `the government had ignored repeated warnings about the state of the embankments along the ${river}`,
        );
      },
      () =>
        `Forecasters expect more heavy rain ${r.pick(['over the weekend', 'in the coming days', 'next week', `on ${WEEKDAYS[(c.date.getUTCDay() + r.int(1, 3)) % 7]}`])}, and ${c.org(X.agencies.disaster)} urged people living near the river to move to higher ground. ${c.statement(c.w.intl.redCross, `it was sending ${r.int(10, 200)} tonnes of supplies to ${region}`)}`,
      () => {
        const e = c.expert('hydrology', 'hydrologist');
        return c.quote(
          e,
          r.pick<Q>([
            'Climate change is making these events more frequent and more intense',
            ['The embankments were built for a different climate', 'They need to be rebuilt, not patched'],
            'Deforestation upstream means the water now arrives much faster',
          ]),
        );
      },
    ],
  };
}

function otherCountry(c: Ctx): Country {
  for (;;) {
    const y = c.w.countries[c.w.countryZipf.sample(c.r)];
    if (y !== c.country) return y;
  }
}

function tradeTalks(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const Y = otherCountry(c);
  const a = X.gov.trade;
  const b = r.chance(0.7) ? Y.gov.trade : Y.gov.foreign;
  const venue = r.chance(0.5) ? r.pick(VENUES) : X.capital;
  c.city = venue;
  const volume = r.int(800, 60000);
  const tariff = r.int(5, 45);
  const goods = r.pick(['steel', 'rice', 'cars', 'solar panels', 'fertiliser', 'textiles', 'wine', 'copper']);
  const rounds = r.int(2, 9);
  c.eventK = r.int(0, 2);
  return {
    slug: 'trade-talks',
    label: r.pick(['trade talks', `trade talks between ${X.name} and ${Y.name}`, `${X.adj} trade`]),
    issue: 'the trade dispute',
    titles: [
      `${X.name} and ${Y.name} resume trade talks in ${venue}`,
      `${X.adj}, ${Y.adj} ministers meet as tariff row drags on`,
      `Trade talks: ${X.name} seeks end to ${tariff}% tariff on ${goods}`,
    ],
    paras: [
      () => {
        c.fact('who', `Who did ${a.last} meet in ${venue}?`);
        c.fact('where', `Where did ${a.last} and ${b.last} meet?`);
        const x = r.float();
        if (x < 0.5)
          return `${c.Subj(a)} met ${c.obj(b)} in ${venue} ${c.onEvent()} for a ${r.pick(['seventh', 'fifth', 'new', 'fresh'])} round of talks aimed at ending a dispute over tariffs on ${goods}, officials from both countries said.`;
        return `${X.name} and ${Y.name} held ${c.scare(r.pick(['constructive', 'frank', 'productive']))} trade talks in ${venue} ${c.onEvent()}, as ${c.obj(a)} and ${c.obj(b)} tried to settle a row over ${goods} that has hit billions of dollars of trade.`;
      },
      () => {
        c.fact('what', `What is the value of trade between ${X.name} and ${Y.name}?`);
        return `Trade between the two countries was worth ${c.money(volume)} last year, according to ${c.org(X.agencies.stats)}. ${Y.name} imposed a ${c.pct(tariff, 0)} tariff on ${X.adj} ${goods} ${c.absPast(1, 3)}, and ${X.name} retaliated ${c.earlier().replace(/earlier$/, 'later')}.`;
      },
      () =>
        c.quote(
          a,
          r.pick<Q>([
            'We are closer than we have ever been, but we are not there yet',
            ['Nobody wins a tariff war', 'Our farmers and factories have paid the price for too long'],
            'We came here to solve problems, not to make speeches',
            ['The text is 90 percent agreed', 'The last 10 percent is always the hardest'],
          ]),
        ),
      () =>
        r.chance(0.5)
          ? c.reported(
              b,
              `${Y.name} wanted ${r.pick(['guaranteed access for its farmers', 'quotas rather than tariffs', 'a phased approach over five years', 'binding rules on state subsidies'])} before any deal`,
            )
          : c.quote(
              b,
              r.pick<Q>([
                'Any agreement has to be fair and balanced',
                ['We are ready to compromise', 'But not at the expense of our workers'],
              ]),
            ),
    ],
    extras: [
      () =>
        `${c.Subj(a)} said ${c.onDay()} that negotiators had agreed on ${count(r.int(8, 20))} of the ${r.int(21, 30)} chapters of the agreement, and that the rest would be discussed ${c.future()}.`,
      () =>
        `Farmers in ${Y.name} ${r.pick(['blocked roads with tractors', 'protested outside the trade ministry', 'dumped produce outside government buildings'])} ${c.recent()}, saying cheaper ${X.adj} imports would ${c.scare('destroy')} their livelihoods.`,
      () =>
        c.quote(
          b,
          r.pick<Q>([
            ['We are not in a hurry', 'A bad deal is worse than no deal'],
            'Our door remains open, but the proposals on the table are not enough',
            ['There has been progress', 'I would not call it a breakthrough'],
          ]),
        ),
      () =>
        `Business groups in both countries have urged a quick deal. ${c.statement({ name: `${X.adj} Chamber of Commerce`, the: true, short: 'the chamber', kind: 'agency' }, `the tariffs had cost its members ${c.money(r.int(50, 3000))} ${c.range()}`)}`,
      () =>
        `${c.Subj(b)} said ${c.earlier()} that ${Y.name} would not lift its tariffs ${c.scare('unilaterally')}, and that any deal would need the approval of ${Y.parliament.replace(/^the /, `${Y.name}'s `)}.`,
      () =>
        `Negotiators worked late into the night on ${r.pick(['rules of origin', 'quotas for farm goods', 'a dispute settlement mechanism', 'state aid rules'])}, ${r.pick(['one official said', 'a person familiar with the talks said'])}, speaking on condition of anonymity because the talks were private.`,
      () =>
        `${X.name} is ${Y.name}'s ${r.pick(['second-largest', 'third-largest', 'largest', 'fifth-largest'])} trading partner. ${c.Subj(X.gov.pm)} has made a deal a priority before ${r.pick(['the next election', 'the end of the year', `a regional summit in ${r.pick(VENUES)}`])}.`,
      () => {
        c.fact('when', `When will the next round of trade talks between ${X.name} and ${Y.name} take place?`);
        return `The two sides will meet again ${c.future()}, ${r.pick(['a ministry spokesperson said', 'according to a joint statement', 'officials said'])}. This was the ${['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'][rounds]} round of talks since ${c.year(r.int(1, 3))}.`;
      },
      () => {
        const an = c.analyst();
        return c.quote(
          an,
          r.pick<Q>([
            'Both sides need a deal more than they admit',
            ['The politics are harder than the economics', 'Neither government wants to look weak before an election'],
            `A deal could add ${r.dec(0.2, 1.5)} percentage points to ${X.name}'s growth next year`,
          ]),
        );
      },
      () =>
        `${c.Org(c.w.intl.wto)} ruled ${c.absPast(1, 2)} that parts of ${Y.name}'s tariffs broke global trade rules, a decision ${Y.name} has appealed.`,
      () => {
        const v = c.resident(r.pick(X.cities));
        return c.quote(
          v,
          r.pick<Q>([
            'We sold half as much last year because of the tariffs',
            ['My customers went elsewhere', 'Some of them will never come back'],
          ]),
        );
      },
      () =>
        `Exports of ${goods} from ${X.name} fell ${c.pct(r.dec(8, 60))} ${c.range()}, and ${count(r.int(2, 9))} plants have closed since ${c.year(r.int(2, 4))}, ${r.pick(['industry figures show', 'according to a trade association'])}.`,
    ],
  };
}

function earnings(c: Ctx): Built {
  const { r } = c;
  const co = c.w.companies[c.w.companyZipf.sample(r)];
  const ceo = co.ceo;
  const cfo = co.cfo;
  c.city = co.hq;
  if (co.home) c.country = co.home;
  const m = c.date.getUTCMonth();
  const quarter = [
    'fourth',
    'fourth',
    'first',
    'first',
    'first',
    'second',
    'second',
    'second',
    'third',
    'third',
    'third',
    'fourth',
  ][m];
  const profit = r.int(12, 4800);
  const revenue = profit * r.int(4, 14);
  const change = r.dec(2, 60, 1);
  const up = r.chance(0.55);
  const beat = r.chance(0.5);
  const estimate = Math.round(profit * (beat ? r.dec(0.7, 0.95, 2) : r.dec(1.05, 1.4, 2)));
  const shares = r.dec(0.5, 14, 1);
  const product = SECTORS[co.sector].product;
  const coName = co.alias![0];
  c.eventK = r.int(0, 1);
  return {
    slug: 'earnings',
    label: r.pick([coName, `${coName} earnings`, 'earnings']),
    issue: `${poss(coName)} results`,
    titles: [
      `${coName} ${up ? 'profit jumps' : 'profit falls'} ${c.pct(change, 0)}, ${beat ? 'beating' : 'missing'} forecasts`,
      `${coName} shares ${beat ? 'rise' : 'slide'} after ${quarter}-quarter results`,
      `${cap(SECTORS[co.sector].what)} ${coName} reports ${c.money(profit)} quarterly profit`,
    ],
    paras: [
      () => {
        c.fact('how many', `How much profit did ${coName} report?`);
        c.fact('yes-no', `Did ${coName} beat analysts' forecasts?`);
        const x = r.float();
        if (x < 0.5)
          return `${c.Org(co)} reported a ${c.pct(change, 0)} ${up ? 'rise' : 'fall'} in ${quarter}-quarter net profit ${c.onEvent()} to ${c.money(profit)}, ${beat ? 'beating' : 'missing'} analysts' estimates of ${c.money(estimate)}, as ${up ? 'higher' : 'weaker'} ${product} ${up ? 'lifted' : 'weighed on'} results.`;
        return `${cap(SECTORS[co.sector].what)} ${c.org(co)} said ${c.onEvent()} its ${quarter}-quarter profit ${up ? 'rose' : 'fell'} ${c.pct(change)} to ${c.money(profit)}, ${beat ? 'ahead of' : 'below'} the ${c.money(estimate)} analysts had expected.`;
      },
      () => {
        c.fact('how many', `What was ${poss(coName)} revenue last quarter?`);
        return `Revenue ${up ? 'climbed' : 'slipped'} ${c.pct(r.dec(1, 30))} to ${c.money(revenue)}. Shares in the company ${beat ? 'rose' : 'fell'} ${c.pct(shares)} in ${r.pick(['early trading', 'afternoon trading', 'morning trade'])}${r.chance(0.5) ? `, their ${beat ? 'biggest gain' : 'steepest drop'} since ${c.shortDate()}` : ''}.`;
      },
      () => {
        c.fact('who', `Who is the chief executive of ${coName}?`);
        return c.quote(
          ceo,
          r.pick<Q>(
            up
              ? [
                  'This was a strong quarter, and demand is holding up better than we feared',
                  ['Our cost programme is working', 'We are ahead of where we said we would be'],
                  'We are investing for growth while keeping a tight grip on costs',
                ]
              : [
                  'It was a difficult quarter, and we are not satisfied with these numbers',
                  ['The market turned against us', 'We are acting quickly to adjust'],
                  'We expect conditions to improve in the second half of the year',
                ],
          ),
        );
      },
      () => {
        if (!beat) c.fact('why', `Why did ${coName} shares fall?`);
        return c.reported(
          cfo,
          up
            ? r.pick([
                `the company now expected full-year profit at the top of its range`,
                `${coName} would buy back up to ${c.money(r.int(50, 2000))} of its own shares`,
              ])
            : r.pick([
                `${coName} would cut about ${commas(r.int(2, 60) * 100)} jobs to save ${c.money(r.int(40, 900))} a year`,
                `weak demand in ${c.country.name} and higher costs had hit margins`,
              ]),
        );
      },
    ],
    extras: [
      () =>
        `In ${c.country.name}, the company's biggest market, sales ${up ? 'rose' : 'fell'} ${c.pct(r.dec(1, 25))}, while ${r.pick(['exports', 'sales in Asia', 'its online business', 'sales in Europe'])} ${r.chance(0.5) ? 'grew' : 'shrank'} ${c.pct(r.dec(1, 20))}.`,
      () =>
        `${c.Named(ceo)} took over as chief executive ${c.absPast(1, 4)} after ${r.pick(['the abrupt departure of his predecessor', 'a boardroom dispute', 'years of falling profits', 'the company lost a major contract'])}.`.replace(
          /his predecessor/,
          ceo.female ? 'her predecessor' : 'his predecessor',
        ),
      () =>
        c.quote(
          ceo,
          r.pick<Q>([
            ['We are not going to chase volume at any price', 'Profitability comes first'],
            'Our customers are more cautious, and we have to earn every order',
            ['We have a strong balance sheet', 'That gives us options'],
          ]),
        ),
      () =>
        `${c.Subj(ceo)} said on a call with analysts that ${r.pick([`demand in ${c.country.name} had ${up ? 'held up' : 'weakened'}`, 'higher interest rates were weighing on customers', 'the company would keep investing in new products', 'supply chain problems had largely eased'])}. ${cap(c.pronoun(ceo))} declined to comment on ${r.pick(['reports of a possible acquisition', 'the planned sale of a unit', 'media reports about job cuts'])}.`,
      () =>
        `Operating margin ${up ? 'widened' : 'narrowed'} to ${c.pct(up ? r.dec(16, 30) : r.dec(4, 15))} from ${c.pct(up ? r.dec(4, 15) : r.dec(16, 30))} a year ago, while net debt stood at ${c.money(r.int(100, 9000))} at the end of the quarter.`,
      () => {
        c.fact('what', `What dividend will ${coName} pay?`);
        return `The board proposed a dividend of ${r.dec(0.05, 3, 2).toFixed(2)} dollars a share, ${r.pick(['unchanged from last year', 'up from a year earlier', 'its first increase in three years'])}.`;
      },
      () =>
        `${cap(SECTORS[co.sector].what)}s across the region have struggled ${c.range()} with ${r.pick(['higher energy costs', 'weak demand', 'a shortage of skilled workers', 'tougher regulation'])}, and ${c.org(co)} has ${r.pick(['closed several plants', 'cut its workforce by a tenth', 'sold businesses it no longer considers core'])} in response.`,
      () =>
        `${c.Subj(cfo)} said the company expected full-year revenue of about ${c.money(revenue * r.int(3, 5))} and would give more details at an investor day ${c.future()}.`,
      () => {
        const a = c.analyst();
        return c.quote(
          a,
          r.pick<Q>([
            beat ? 'The numbers were cleaner than expected' : 'Guidance is the real disappointment here',
            ['The quarter was fine', 'What matters is whether the outlook holds'],
            `Investors had been worried about ${product}, and these results ease some of those concerns`,
          ]),
        );
      },
      () =>
        `${c.Org(co)}, which is based in ${co.hq}, employs about ${commas(r.int(2, 180) * 500)} people. It ${r.pick(['acquired a rival', 'sold its retail unit', 'opened two plants', 'restructured its debt'])} ${c.range()}.`,
      () =>
        `The company will report full-year results ${c.future()}. It said it expected ${product} to ${up ? 'keep growing' : 'recover slowly'} ${r.pick(['this year', 'in the coming quarters'])}.`,
      () =>
        `${poss(c.Org(co))} shares have ${r.chance(0.5) ? 'risen' : 'fallen'} ${c.pct(r.dec(3, 45))} so far this year, compared with a ${c.pct(r.dec(1, 15))} ${r.chance(0.5) ? 'gain' : 'drop'} in the wider market.`,
    ],
  };
}

function strike(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const union = r.pick(X.unions);
  const sec = union.sector;
  const leader = union.leader;
  const minister = X.gov.labour;
  const workers = r.int(3, 120) * 1000;
  const demand = r.int(8, 35);
  const offer = r.int(2, demand - 3);
  const days = r.int(2, 14);
  c.eventK = r.int(0, 3);
  return {
    slug: 'strike',
    label: r.pick(['strike', `${sec.workers} strike`, union.org.name]),
    issue: 'the strike',
    titles: [
      `${X.adj} ${sec.workers} strike over pay, disrupting ${sec.where.replace(/^the country's /, '')}`,
      `${commas(workers)} ${sec.workers} walk out in ${X.name} as talks fail`,
      `Strike by ${sec.workers} enters day ${days} in ${X.name}`,
    ],
    paras: [
      () => {
        c.fact('why', `Why are ${sec.workers} on strike in ${X.name}?`);
        c.fact('how many', `How many ${sec.workers} joined the strike in ${X.name}?`);
        const x = r.float();
        if (x < 0.5)
          return `About ${commas(workers)} ${sec.workers} in ${X.name} went on strike ${c.onEvent()} to demand a ${c.pct(demand, 0)} pay rise, ${r.pick(['halting work at', 'disrupting', 'shutting down much of'])} ${sec.where}.`;
        return `${X.adj} ${sec.workers} began a ${days}-day strike ${c.onEvent()} after talks with the government over pay broke down, ${c.org(union.org)} said, demanding a ${c.pct(demand, 0)} rise to keep pace with inflation.`;
      },
      () => {
        c.fact('who', `Who leads the ${union.org.name}?`);
        return c.quote(
          leader,
          r.pick<Q>([
            'Our members cannot feed their families on these wages',
            ['We did not want this strike', 'The government left us no choice'],
            ['Prices have gone up every month', 'Our pay has not moved in three years'],
            'We will stay out until there is a serious offer on the table',
          ]),
        );
      },
      () => {
        c.fact('yes-no', `Did the ${X.adj} government agree to the ${sec.workers}' pay demands?`);
        return `${c.Subj(minister)} said the government had offered ${c.pct(offer, 0)}, ${r.pick(["calling the union's demand unaffordable", `describing the strike as ${c.scare('irresponsible')}`, 'and urged workers to return to the negotiating table'])}. ${cap(c.reported(minister, r.pick(['the offer was the best the budget allowed', 'talks could resume as soon as the strike was called off'])))}`;
      },
    ],
    extras: [
      () =>
        c.quote(
          leader,
          r.pick<Q>([
            ['The minister says there is no money', 'There is always money for other things'],
            'We are ready to talk tonight if the offer is serious',
            ['Our members voted by a huge majority', 'This is not the leadership, it is the workers'],
          ]),
        ),
      () =>
        `Talks between the union and the labour ministry ${r.pick(['broke down', 'collapsed', 'ended without agreement'])} ${c.earlier()} after the government refused to raise its offer above ${c.pct(offer, 0)}. A mediator has been appointed.`,
      () =>
        `It is the ${r.pick(['second', 'third', 'fourth'])} strike in ${X.name}'s public sector ${r.pick(['this year', 'in six months', 'since the start of the year'])}, as workers press for pay rises to match inflation of ${c.pct(r.dec(6, 20))}.`,
      () =>
        `${cap(c.pick(sec.impact))} ${c.onDay()}, ${r.pick(['officials said', 'local media reported', 'according to the union'])}.`,
      () =>
        `${c.Subj(X.gov.pm)} ${r.pick(['called on the union to', 'urged workers to'])} ${r.pick(['return to work while talks continue', 'accept independent mediation', 'think of the public'])}, ${r.pick([`warning that the strike was costing the economy ${c.money(r.int(5, 200))} a day`, 'saying the government would not be held to ransom'])}.`,
      () =>
        `The government has threatened to ${r.pick(['declare the strike illegal', 'bring in the army to keep services running', 'dock the pay of striking workers'])}, a move the union said would ${c.scare('only make things worse')}.`,
      () =>
        `${c.Org(union.org)}, which has about ${commas(r.int(10, 300) * 1000)} members, last won a pay deal ${c.absPast(2, 5)}, when the government agreed a ${c.pct(r.int(4, 15), 0)} rise after ${count(r.int(2, 9))} days of talks.`,
      () => {
        const v = c.resident(c.city);
        return c.quote(
          v,
          r.pick<Q>([
            'I support them, but it is hard when you cannot get to work',
            ['Everyone is struggling', 'The workers are just the ones who said it out loud'],
            'We have been waiting three days and nobody tells us anything',
          ]),
        );
      },
      () =>
        `The last major ${sec.site} strike, ${c.absPast(2, 6)}, lasted ${count(r.int(3, 30))} days and cost the economy an estimated ${c.money(r.int(30, 1500))}, according to ${c.org(X.agencies.stats)}.`,
      () => {
        c.fact('when', `When will the ${sec.workers}' strike in ${X.name} end?`);
        return `The union said the strike would last until ${c.future().replace(/^(on|in|by) /, '')} unless the government improved its offer. ${c.statement(union.org, `${count(r.int(2, 6))} more unions had pledged to join the action`)}`;
      },
      () =>
        `Inflation in ${X.name} has averaged ${c.pct(r.dec(5, 18))} a year ${c.range()}, while public sector pay rose ${c.pct(r.dec(1, 6))} over the same period.`,
      () => {
        const a = c.analyst();
        return c.quote(
          a,
          r.pick<Q>([
            'The government is trying to hold the line on spending, but the pressure is building',
            ['A long strike would hit exports', "That is the government's real worry"],
          ]),
        );
      },
    ],
  };
}

function outbreak(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const disease = r.pick([
    'cholera',
    'measles',
    'dengue fever',
    'mpox',
    'typhoid',
    'diphtheria',
    'a new strain of bird flu',
  ]);
  const dname = disease.replace(/^a new strain of /, '');
  const cases = r.int(120, 18000);
  const deaths = r.int(3, Math.max(5, Math.floor(cases / 40)));
  const region = r.pick(X.regions);
  const minister = X.gov.health;
  const cmo = X.gov.healthchief;
  const doses = r.int(50, 3000) * 1000;
  c.eventK = r.int(0, 3);
  return {
    slug: 'outbreak',
    label: r.pick([`${dname} outbreak`, dname, `${dname} in ${X.name}`]),
    issue: 'the outbreak',
    titles: [
      `${cap(dname)} outbreak in ${X.name} kills ${deaths}, infects ${commas(cases)}`,
      `${X.name} declares health emergency as ${dname} spreads`,
      `${cap(dname)} cases top ${commas(Math.floor(cases / 100) * 100)} in ${X.adj} ${region.replace(/^the /, '').split(' ').slice(-1)[0]}`,
    ],
    paras: [
      () => {
        c.fact('how many', `How many ${dname} cases have been reported in ${X.name}?`);
        c.fact('how many', `How many people have died of ${dname} in ${X.name}?`);
        const x = r.float();
        if (x < 0.5)
          return `${X.name} has recorded ${commas(cases)} cases of ${disease} and ${deaths} deaths since the start of the outbreak in ${region}, ${c.org(X.agencies.health)} said ${c.onEvent()}.`;
        return `An outbreak of ${disease} has killed ${deaths} people in ${X.name}'s ${region.replace(/^the /, '')} and infected ${commas(cases)}, health officials said ${c.onEvent()}, as the government rushed vaccines and medical teams to the area.`;
      },
      () =>
        c.quote(
          r.chance(0.5) ? minister : cmo,
          r.pick<Q>([
            'The situation is serious but it is under control',
            ['We are seeing new cases every day', 'Most of them are children'],
            'Clean water is the most urgent need in the affected districts',
            ['We have the vaccines', 'The challenge is getting them to remote villages'],
          ]),
        ),
      () => {
        c.fact('what', `What did the WHO say about the ${dname} outbreak in ${X.name}?`);
        return c.statement(
          c.w.intl.who,
          `the risk of the outbreak spreading to neighbouring countries was ${r.pick(['high', 'moderate', 'low'])}, and that it was sending ${r.pick(['experts', 'supplies', 'a team of epidemiologists'])} to ${X.name}`,
        );
      },
      () => {
        c.fact('how many', `How many vaccine doses has ${X.name} received?`);
        return `The government said it had received ${commas(doses)} vaccine doses and planned to start a vaccination campaign ${c.future()}. ${cap(count(r.int(2, 9)))} hospitals in ${c.city} have set up isolation wards.`;
      },
    ],
    extras: [
      () =>
        `Health workers have vaccinated ${commas(r.int(20, 900) * 1000)} people since the campaign began ${r.pick(['last week', 'two weeks ago', 'earlier this month', c.onDay(c.eventK)])}, ${c.org(X.agencies.health)} said. ${c.quote(cmo, r.pick<Q>(['Vaccination is working where we can reach people', ['Rumours on social media are a real problem', 'Some families refuse the vaccine']]))}`,
      () =>
        `Several countries ${r.pick(['issued travel advisories for', 'increased checks on travellers from'])} ${X.name}, and ${c.org(c.w.intl.who)} said ${r.pick(['it did not recommend travel restrictions', 'the outbreak was not yet a global emergency'])}.`,
      () =>
        `Cases have been reported in ${count(r.int(3, 14))} of ${X.name}'s ${r.int(15, 30)} provinces. ${cap(c.range())}, the country recorded fewer than ${r.int(50, 500)} cases a year.`,
      () =>
        `${c.Subj(minister)} said ${c.onDay()} that ${r.pick(['the number of new cases had begun to fall', 'the outbreak had not yet peaked', 'the government had declared a health emergency in the affected districts'])}. ${cap(c.pronoun(minister))} urged people to ${r.pick(['wash their hands and boil drinking water', 'get vaccinated', 'seek treatment early'])}.`,
      () =>
        `Most of the deaths have been among ${r.pick(['children under five', 'elderly people', 'people living in informal settlements'])}, ${c.org(X.agencies.health)} said. The first cases were detected ${r.pick(['three weeks ago', 'last month', 'two weeks ago', c.monthThisYear()])} in ${r.pick(X.cities)}.`,
      () =>
        `Neighbouring countries have stepped up screening at border crossings, and ${c.org(c.w.intl.un)} said it had released ${c.money(r.int(1, 40))} from an emergency fund.`,
      () =>
        `Doctors in ${c.city} said hospitals were running short of ${r.pick(['beds', 'oral rehydration salts', 'intravenous fluids', 'test kits'])}. ${c.quote(c.oneOff('doctor', `a doctor at a hospital in ${c.city}`), r.pick<Q>(['We are treating patients in the corridors', ['We have enough staff for half the patients', 'Everyone is exhausted']]))}`,
      () => {
        const e = c.expert('epidemiology', 'epidemiologist');
        return c.quote(
          e,
          r.pick<Q>([
            'The numbers are almost certainly higher, because many cases are never tested',
            ['This outbreak was predictable', 'The water and sanitation systems have been failing for years'],
            'The next two weeks will decide whether this is contained',
          ]),
        );
      },
      () =>
        `${X.name} last faced a major outbreak of ${dname} ${c.absPast(3, 8)}, when ${commas(r.int(200, 9000))} people fell ill. Between ${c.year(r.int(5, 9))} and ${c.year(r.int(1, 4))}, vaccination rates in ${region} fell to ${c.pct(r.dec(40, 75), 0)}, according to figures from ${c.org(c.w.intl.un)}.`,
      () => {
        const v = c.resident(c.city);
        return c.quote(
          v,
          r.pick<Q>([
            ['My son was sick for a week', 'The clinic had no medicine'],
            'We boil all our water now, but not everyone can afford the fuel',
          ]),
        );
      },
      () =>
        `Officials said ${count(r.int(2, 12))} schools in the worst-hit districts would close ${c.future()}, and public gatherings were banned ${r.pick(['until further notice', 'for two weeks'])}.`,
    ],
  };
}

function dam(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const Y = otherCountry(c);
  const river = r.pick(X.rivers);
  const name = `${r.pick(['Grand', 'Upper', 'Great', 'New'])} ${river.replace(/ River$/, '')} Dam`;
  const cost = r.int(900, 9000);
  const mw = r.int(4, 60) * 100;
  const height = r.int(90, 240);
  const started = c.year(r.int(3, 9));
  const finish = c.year(-r.int(1, 4));
  const pct = r.int(20, 85);
  const a = X.gov.water;
  const b = r.chance(0.6) ? Y.gov.water : Y.gov.foreign;
  c.eventK = r.int(0, 3);
  return {
    slug: 'dam',
    label: r.pick([name, 'dam', `${river} dam`]),
    issue: 'the dam project',
    titles: [
      `${X.name}'s ${name} fuels water row with ${Y.name}`,
      `${Y.name} objects as ${X.name} begins filling ${name}`,
      `${cap(c.money(cost))} ${name} ${pct}% complete, ${X.name} says`,
    ],
    paras: [
      () => {
        c.fact('why', `Why does ${Y.name} oppose the ${name}?`);
        const x = r.float();
        if (x < 0.5)
          return `${X.name} said ${c.onEvent()} it would begin filling the reservoir behind the ${name} on the ${river}, defying objections from downstream ${Y.name}, which fears the project will cut its water supply.`;
        return `${Y.name} ${c.onEvent()} demanded that ${X.name} halt work on the ${name}, saying the dam on the ${river} would ${r.pick(['threaten the water supply of millions of people', 'devastate farming downstream', 'leave its own reservoirs half empty in dry years'])}.`;
      },
      () => {
        c.fact('how many', `How much will the ${name} cost?`);
        c.fact('how many', `How much electricity will the ${name} generate?`);
        return `The ${height}-metre dam, which will cost ${c.money(cost)}, is designed to generate ${commas(mw)} megawatts of electricity. Construction began in ${started} and is ${c.pct(pct, 0)} complete, according to ${c.org(X.agencies.water)}.`;
      },
      () =>
        c.quote(
          a,
          r.pick<Q>([
            'This dam will bring light to millions of homes that have never had it',
            ['We have every right to use our own river', 'We have also offered guarantees to our neighbours'],
            'Nobody will be harmed by this project, and everyone will benefit from it',
          ]),
        ),
      () => {
        c.fact('who', `Who did ${a.last} meet to discuss the ${name}?`);
        return `${c.Subj(a)} met ${c.obj(b)} in ${r.pick(VENUES)} ${c.when()}, but the talks ended without agreement. ${cap(c.reported(b, `${Y.name} would ${r.pick(['take the dispute to the United Nations Security Council', 'not accept any filling schedule imposed without its consent', 'seek international arbitration'])}`))}`;
      },
    ],
    extras: [
      () =>
        c.quote(
          b,
          r.pick<Q>([
            ['Water is life for our people', 'We cannot accept a decision taken without us'],
            'We are not against development, we are against unilateral action',
            ['We have shown patience for years', 'Patience has limits'],
          ]),
        ),
      () =>
        `${X.name} raised ${c.money(r.int(200, 3000))} through bonds and ${r.pick(['loans from Chinese banks', 'a levy on electricity bills', 'contributions from public sector workers'])} to pay for the dam, after ${c.org(c.w.intl.worldBank)} declined to finance it.`,
      () =>
        `Satellite images taken ${c.when()} showed water ${r.pick(['beginning to pool behind the dam wall', 'rising in the reservoir', 'flowing through the spillway'])}, ${r.pick(['analysts said', 'according to a research group that monitors the project'])}.`,
      () =>
        `${c.Subj(X.gov.pm)} ${r.pick(['inaugurated the first turbine', 'visited the site', 'laid a wreath for workers killed during construction'])} ${c.when()}, calling the dam ${c.scare(r.pick(['a gift to future generations', 'the pride of the nation']))}.`,
      () =>
        `${Y.name} has proposed that the reservoir be filled over ${r.int(5, 12)} years rather than the ${count(r.int(2, 4))} years ${X.name} has planned. Talks mediated by ${c.org(c.w.intl.un)} ${r.pick(['collapsed', 'stalled', 'were suspended'])} ${c.absPast(1, 2)}.`,
      () =>
        `About ${commas(r.int(5, 60) * 1000)} people were moved from villages in the ${river} valley to make way for the reservoir, according to rights groups, who say many have still not been compensated.`,
      () =>
        `When complete, the dam would ${r.pick(['double', 'nearly triple', 'increase by half'])} ${X.name}'s generating capacity and allow it to export power to ${count(r.int(2, 5))} neighbouring countries.`,
      () => {
        c.fact('when', `When will the ${name} be finished?`);
        return `Officials expect the dam to be finished by ${finish}, ${r.pick(['two years later than first planned', 'on schedule', 'despite delays caused by funding problems'])}. ${cap(c.range())}, work stalled several times over disputes with contractors.`;
      },
      () => {
        const e = c.expert('water engineering', 'engineer');
        return c.quote(
          e,
          r.pick<Q>([
            'Everything depends on how quickly the reservoir is filled',
            [
              'A slow filling over seven years would cause little harm',
              'A fast one, in a drought, could be a disaster',
            ],
          ]),
        );
      },
      () =>
        `Farmers downstream in ${Y.name} depend on the ${river} for ${c.pct(r.int(40, 95), 0)} of their irrigation water. ${c.statement(c.w.intl.worldBank, `it was ready to help both countries agree on rules for sharing the river`)}`,
      () =>
        `${X.name} has described the project as ${c.scare(r.pick(['a national dream', 'a matter of survival', 'the project of the century']))} and financed much of it through bonds sold to citizens.`,
      () => {
        const v = c.resident(r.pick(Y.cities));
        return c.quote(
          v,
          r.pick<Q>([
            'If the river drops, our fields die',
            ['My grandfather farmed this land', 'I do not know if my son will be able to'],
          ]),
        );
      },
    ],
  };
}

function court(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const ct = X.court;
  const law = r.pick([
    { what: `a ${c.year(r.int(1, 4))} law restricting public protests`, short: 'the protest law' },
    { what: 'a government plan to extend presidential term limits', short: 'the term limits plan' },
    { what: 'a windfall tax on bank profits', short: 'the bank tax' },
    { what: 'a ban on foreign funding for charities', short: 'the funding ban' },
    { what: 'the sale of the state telecoms company', short: 'the telecoms sale' },
    { what: 'emergency powers granted to the police', short: 'the emergency powers' },
  ]);
  const judges = r.pick([7, 9, 9, 11]);
  const minority = r.int(1, Math.floor(judges / 2));
  const vote = `${judges - minority}-${minority}`;
  const upheld = r.chance(0.5);
  const cj = X.gov.justice;
  const dissent = c.oneOff('Justice', `one of ${count(minority)} dissenting judges`);
  const reactor = upheld ? X.gov.opposition : r.pick([X.gov.spokes, X.gov.interior]);
  c.eventK = r.int(0, 2);
  return {
    slug: 'court-ruling',
    label: r.pick([`${ct.name} ruling`, law.short.replace(/^the /, ''), `${X.adj} ${ct.name}`]),
    issue: law.short,
    titles: [
      `${X.adj} court ${upheld ? 'upholds' : 'strikes down'} ${law.short.replace(/^the /, '')} in ${vote} ruling`,
      `${ct.name} ${upheld ? 'backs' : 'blocks'} ${law.what}`,
    ],
    paras: [
      () => {
        c.fact('what', `How did the ${X.adj} ${ct.name} vote on ${law.short}?`);
        c.fact('yes-no', `Did the ${X.adj} ${ct.name} uphold ${law.short}?`);
        return `${X.name}'s ${ct.name.toLowerCase()} ${upheld ? 'upheld' : 'struck down'} ${law.what} ${c.onEvent()}, ruling ${vote} that the measure ${upheld ? 'did not violate' : 'violated'} the constitution${upheld ? '' : ` and must be scrapped within ${r.int(30, 180)} days`}.`;
      },
      () =>
        `${c.Subj(cj)} wrote for the majority that ${upheld ? r.pick(['the law struck a reasonable balance between rights and public order', 'parliament had acted within its powers']) : r.pick(['the state had gone further than the constitution allowed', 'the government had failed to show the measure was necessary'])}. ${c.quote(cj, r.pick<Q>(['The constitution is not a suggestion', ['The court does not make policy', 'It decides whether policy is lawful']]))}`,
      () =>
        `${c.Subj(dissent)} said in a dissenting opinion that the majority had ${upheld ? `${c.scare('ignored')} the rights of ordinary citizens` : 'overreached and taken a decision that belonged to parliament'}.`,
      () =>
        c.quote(
          reactor,
          r.pick<Q>(
            upheld
              ? [
                  'This is a dark day for freedom in our country',
                  ['We respect the court', 'But we will keep fighting this law in parliament and on the streets'],
                ]
              : [
                  'We disagree with the ruling but we will comply with it',
                  ['The government will study the judgment carefully', 'We will present a new text to parliament'],
                ],
          ),
        ),
    ],
    extras: [
      () =>
        `Outside the court in ${X.capital}, ${r.pick(['hundreds of', 'dozens of', 'several thousand'])} ${upheld ? 'opponents' : 'supporters'} of the law ${r.pick(['gathered', 'waited for the verdict', 'held a vigil'])}, some holding banners reading ${c.scare(r.pick(['Justice for all', 'Hands off the constitution', 'The law is the law']))}.`,
      () =>
        `Reading a summary of the judgment, ${c.subj(cj)} said the court had ${r.pick(['considered more than 40 submissions', 'heard from the government and the petitioners over six days', 'taken account of rulings from other countries'])}.`,
      () =>
        `Legal experts said the ruling could affect ${count(r.int(3, 60))} similar cases pending before lower courts, and would ${upheld ? 'embolden the government' : 'force the government to rewrite several other laws'}.`,
      () =>
        `The case ${r.pick(['drew protests outside the court', 'was followed closely by investors', 'divided the governing coalition'])}. ${cap(count(r.int(2, Math.min(6, judges - 1))))} of the ${count(judges)} judges were appointed by the current government.`,
      () =>
        `Lawyers for the petitioners had argued that ${law.short} ${r.pick(['breached the right to free assembly', 'was rushed through parliament without debate', 'discriminated against foreign-owned companies', 'gave the executive unchecked power'])}. The government said it was ${c.scare(r.pick(['necessary', 'proportionate', 'long overdue']))}.`,
      () =>
        `${c.Subj(X.gov.opposition)} said the ruling ${upheld ? 'showed the need for deep reform of the judiciary' : 'was a victory for the rule of law'} and called on the government to ${r.pick(['apologise', 'withdraw similar bills', 'respect the independence of the courts'])}.`,
      () =>
        `The ruling cannot be appealed. Parliament passed ${law.short} ${c.absPast(1, 3)} by ${r.int(120, 250)} votes to ${r.int(40, 119)}.`,
      () =>
        `${c.Org(ct)} agreed to hear the case ${c.absPast(1, 2)} after a petition by ${count(r.int(2, 12))} civil society groups and ${r.int(20, 90)} members of ${X.parliament}.`,
      () => {
        const v = c.oneOff('lawyer', `a constitutional lawyer in ${X.capital}`);
        return c.quote(
          v,
          r.pick<Q>([
            'This ruling will be studied for years',
            ['The vote was closer than it looks', 'The next case could go the other way'],
          ]),
        );
      },
      () =>
        `Rights groups say ${r.int(40, 900)} people were ${r.pick(['detained', 'charged', 'fined'])} under ${law.short} ${c.range()}. ${X.name} ranked ${r.int(40, 160)} of 180 countries in a press freedom index published ${c.when()}.`,
      () =>
        `${c.Org(X.parties[0])} ${upheld ? 'welcomed' : 'criticised'} the decision. ${c.reported(X.gov.spokes, `the cabinet would discuss the ruling ${c.future()}`)}`,
    ],
  };
}

function merger(c: Ctx): Built {
  const { r } = c;
  const buyer = c.w.companies[c.w.companyZipf.sample(r)];
  const sameSector = c.w.companies.filter((x) => x !== buyer && x.sector === buyer.sector);
  const target =
    sameSector.length && r.chance(0.8) ? r.pick(sameSector) : r.pick(c.w.companies.filter((x) => x !== buyer));
  c.city = buyer.hq;
  if (buyer.home) c.country = buyer.home;
  const price = r.int(300, 40000);
  const perShare = r.dec(4, 180, 2).toFixed(2);
  const premium = r.int(12, 55);
  const regulator = (buyer.home ?? c.country).agencies.competition;
  const bn = buyer.alias![0];
  const tn = target.alias![0];
  const jobs = r.int(3, 60) * 100;
  c.eventK = r.int(0, 1);
  return {
    slug: 'merger',
    label: r.pick([`${bn} takeover of ${tn}`, bn, tn, 'mergers']),
    issue: 'the deal',
    titles: [
      `${bn} to buy ${tn} for ${c.money(price)}`,
      `${bn} agrees ${c.money(price)} takeover of rival ${tn}`,
      `${tn} shares soar on ${bn} bid`,
    ],
    paras: [
      () => {
        c.fact('how many', `How much is ${bn} paying for ${tn}?`);
        const x = r.float();
        if (x < 0.5)
          return `${c.Org(buyer)} agreed ${c.onEvent()} to buy ${c.org(target)} for ${c.money(price)} in cash and shares, creating one of the largest ${SECTORS[buyer.sector].what}s in the region.`;
        return `${c.Org(buyer)} said ${c.onEvent()} it would acquire rival ${c.org(target)} in a deal valuing the company at ${c.money(price)}, or $${perShare} a share, a premium of ${c.pct(premium, 0)} to its last closing price.`;
      },
      () => {
        c.fact('who', `Who will lead the company formed by ${bn} and ${tn}?`);
        return `${c.Subj(buyer.ceo)} will run the combined company, while ${c.obj(target.ceo)} will ${r.pick(['become chair', 'step down once the deal closes', 'lead the integration'])}. ${c.quote(buyer.ceo, r.pick<Q>(['Together we will be stronger, faster and better placed to compete', ['This is a deal about growth', 'It is not about cutting our way to profits'], 'We have admired this business for a long time']))}`;
      },
      () => {
        c.fact('yes-no', `Does the ${bn} deal for ${tn} need regulatory approval?`);
        return `The deal needs approval from ${c.org(regulator)} and shareholders of both companies, and is expected to close ${r.pick(['by the end of the year', 'in the first half of next year', `in ${MONTHS[r.int(0, 11)]} next year`, 'within 12 months'])}. ${c.reported(buyer.cfo, `the merger would save about ${c.money(r.int(40, 900))} a year within three years`)}`;
      },
    ],
    extras: [
      () =>
        `${r.pick(FIRM_ROOTS)} Partners advised ${bn}, while ${r.pick(FIRM_ROOTS)} Capital advised ${tn}${r.chance(0.5) ? ', according to the announcement' : ''}.`,
      () =>
        c.quote(
          buyer.ceo,
          r.pick<Q>([
            ['We have looked at this for two years', 'The timing is finally right'],
            'The combined company will invest more, not less',
            ['Both teams have a lot to learn from each other', 'We will keep the best of both'],
          ]),
        ),
      () =>
        `${c.Org(target)}, founded in ${c.year(r.int(20, 90))}, has ${r.pick(['struggled to compete with larger rivals', 'grown quickly through acquisitions', 'been loss-making for two years'])}. Its founder's family holds about ${c.pct(r.int(5, 30), 0)} of the shares and has backed the deal.`,
      () =>
        `${c.Subj(target.ceo)} said in a letter to staff that ${r.pick(["the deal was the best way to secure the company's future", 'no decisions on jobs had been made', 'the brand would be kept'])}.`,
      () =>
        `${c.Org(buyer)} will fund the cash part of the deal with ${r.pick(['new debt', 'cash on its balance sheet', 'a bridge loan from a group of banks'])}, and ${tn} shareholders will own about ${c.pct(r.int(15, 45), 0)} of the combined company.`,
      () =>
        `The combined group would have annual revenue of about ${c.money(r.int(2000, 60000))} and ${commas(r.int(5, 200) * 1000)} employees. ${r.pick(['Both companies', 'The two groups'])} have operations in more than ${r.int(10, 60)} countries.`,
      () =>
        `It is the ${r.pick(['largest', 'second-largest', 'biggest'])} deal in the sector since ${c.year(r.int(2, 8))}, when ${r.pick(['two Asian rivals merged', 'a US group bought a European rival', 'a state-owned firm was privatised'])}.`,
      () =>
        `Shares in ${c.org(target)} jumped ${c.pct(r.dec(8, 40))} after the announcement, while ${c.org(buyer)} fell ${c.pct(r.dec(0.5, 6))}.`,
      () => {
        const a = c.analyst();
        return c.quote(
          a,
          r.pick<Q>([
            'The price looks full, but the strategic logic is clear',
            ['Regulators will look hard at this', 'The two companies overlap in several markets'],
          ]),
        );
      },
      () => {
        c.fact('how many', `How many jobs could be cut after the ${bn} and ${tn} deal?`);
        return `Unions said as many as ${commas(jobs)} jobs could be at risk. ${c.statement(target, `the ${tn} board had unanimously recommended the offer`)}`;
      },
      () =>
        `${c.Org(target)} had been the subject of takeover speculation since ${c.monthThisYear().replace(/^in /, '')}, when it ${r.pick(['rejected an approach from a private equity group', 'cut its profit forecast', 'replaced its chairman'])}. ${cap(c.range())}, its market value fell by almost half.`,
    ],
  };
}

function budget(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const fin = X.gov.finance;
  const spending = r.int(8, 400) * 1000;
  const deficit = r.dec(1.5, 7.5, 1);
  const prevDeficit = r.dec(deficit + 0.3, 10, 1);
  const growth = r.dec(0.5, 5.5, 1);
  const vatFrom = r.int(10, 20);
  const vatTo = vatFrom + r.int(1, 4);
  const total = r.pick([151, 200, 250, 300, 350, 400]);
  const ayes = r.int(Math.floor(total / 2) + 1, Math.floor(total * 0.7));
  const noes = r.int(Math.floor(total * 0.2), total - ayes - 2);
  const passed = r.chance(0.6);
  const imfLoan = r.int(500, 7000);
  c.eventK = r.int(0, 2);
  return {
    slug: 'budget',
    label: r.pick(['budget', `${X.adj} budget`, `budget in ${X.name}`]),
    issue: 'the budget',
    titles: [
      `${X.name} budget targets deficit of ${c.pct(deficit)} of GDP`,
      `${X.adj} finance minister raises VAT to ${vatTo}% in austerity budget`,
      `${X.name} unveils ${c.money(spending)} budget ahead of IMF talks`,
    ],
    paras: [
      () => {
        c.fact('who', `Who presented the budget in ${X.name}?`);
        c.fact('what', `What deficit does ${X.name}'s budget target?`);
        return r.chance(0.5)
          ? `${c.Subj(fin)} presented a ${c.money(spending)} budget to ${X.parliament} ${c.onEvent()}, aiming to cut the deficit to ${c.pct(deficit)} of gross domestic product from ${c.pct(prevDeficit)} last year.`
          : `${X.name}'s finance minister unveiled a budget ${c.onEvent()} that raises taxes and trims subsidies to bring the deficit down to ${c.pct(deficit)} of GDP. ${c.Subj(fin)} told ${X.parliament} the plan was needed to restore confidence.`;
      },
      () => {
        c.fact('what', `What will happen to VAT in ${X.name}?`);
        return `Value-added tax will rise to ${c.pct(vatTo, 0)} from ${c.pct(vatFrom, 0)} ${c.future()}, and fuel subsidies will be cut by ${r.pick(['a third', 'half', 'a quarter'])}. ${c.quote(fin, r.pick<Q>([['These are hard choices', 'The alternative is a crisis that would hurt the poorest most'], 'We cannot keep borrowing to pay for today', 'This budget protects pensions and schools while fixing the public finances']))}`;
      },
      () => {
        c.fact('yes-no', `Did parliament approve ${X.name}'s budget?`);
        return passed
          ? `Lawmakers approved the budget by ${ayes}-${noes} ${c.onDay(0)}${r.chance(0.5) ? `, two days after ${c.obj(fin)} presented it` : ''}.`
          : `Lawmakers are due to vote on the budget ${c.future()}, and the government is expected to win with the support of ${c.org(X.parties[2])}.`;
      },
      () =>
        c.reported(
          X.gov.opposition,
          r.pick([
            `the budget placed ${c.scare('the whole burden')} on working families`,
            'the VAT increase would push up prices just as inflation was starting to ease',
            'the government had broken its promise not to raise taxes',
          ]),
        ),
    ],
    extras: [
      () =>
        c.quote(
          fin,
          r.pick<Q>([
            ['Nobody likes paying more tax', 'But nobody likes a currency crisis either'],
            'We have listened to business and to families, and this budget reflects that',
            ['The deficit did not appear overnight', 'It will not disappear overnight either'],
          ]),
        ),
      () =>
        `The budget assumes inflation of ${c.pct(r.dec(2, 12))} next year and an oil price of $${r.int(55, 110)} a barrel. Pensions will rise by ${c.pct(r.dec(2, 10))} ${c.future()}.`,
      () =>
        `${c.Subj(X.gov.opposition)} said ${c.org(X.parties[1])} would vote against the budget and present ${r.pick(['an alternative plan', 'amendments to scrap the VAT rise', 'a motion of no confidence'])} ${c.future()}.`,
      () =>
        `Spending on ${r.pick(['defence', 'health', 'education', 'public sector wages', 'interest payments'])} will rise by ${c.pct(r.dec(2, 25))}, while ${r.pick(['capital investment', 'transfers to the regions', 'farm subsidies'])} will be cut by ${c.money(r.int(50, 3000))}.`,
      () =>
        `${c.Subj(fin)} ${r.pick(['told reporters', 'said'])} after the speech that ${r.pick(['there would be no further tax rises this year', `the government would sell stakes in ${count(r.int(2, 6))} state companies`, 'the VAT increase would be reviewed in two years'])}.`,
      () =>
        `Credit rating agencies ${r.pick(['downgraded', 'warned about the outlook for', 'cut their outlook on'])} ${X.name}'s debt ${c.absPast(1, 2)}, citing ${r.pick(['a widening deficit', 'political instability', 'falling reserves'])}. Bond yields ${r.chance(0.5) ? 'fell' : 'rose'} after the budget was published.`,
      () =>
        `Unions called a rally for ${c.future().replace(/^(on|in|by) /, '')} to protest against the VAT increase, saying it would hit ${r.pick(['pensioners', 'the poorest households', 'small shops'])} hardest.`,
      () => {
        c.fact('how many', `How big is the IMF loan ${X.name} is seeking?`);
        return `${X.name} is seeking a ${c.money(imfLoan)} loan from ${c.org(c.w.intl.imf)}, and the budget is seen as a test of its commitment to reform. ${c.statement(c.w.intl.imf, `a mission would visit ${X.capital} ${c.future()}`)}`;
      },
      () =>
        `The government forecasts economic growth of ${c.pct(growth)} next year. Public debt rose to ${c.pct(r.dec(45, 120), 0)} of GDP ${c.range()}, ${r.pick(['driven by pandemic spending and higher interest costs', 'as the state bailed out energy companies'])}.`,
      () => {
        const a = c.analyst();
        return c.quote(
          a,
          r.pick<Q>([
            'The numbers are credible, which has not always been the case',
            ['The revenue targets look optimistic', 'Growth would need to be much stronger to meet them'],
          ]),
        );
      },
      () => {
        const v = c.resident(X.capital);
        return c.quote(
          v,
          r.pick<Q>([
            'Everything is already more expensive, and now they want more',
            ['I understand they need money', 'But why always from us?'],
          ]),
        );
      },
    ],
  };
}

function defenceTalks(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const Y = otherCountry(c);
  const a = X.gov.defence;
  const b = Y.gov.defence;
  c.city = r.chance(0.6) ? Y.capital : X.capital;
  const deal = r.int(200, 8000);
  const troops = r.int(2, 40) * 500;
  const label = r.pick(['no limits', 'strategic', 'new era', 'ironclad', 'all-weather']);
  c.eventK = r.int(0, 2);
  return {
    slug: 'defence-talks',
    label: r.pick(['defence talks', `${X.adj} defence`, `${X.name} and ${Y.name}`]),
    issue: 'the military build-up',
    titles: [
      `${X.name} and ${Y.name} hold defence talks, plan joint drills`,
      `${X.adj} defence minister in ${Y.name} as ties deepen`,
      `${X.name}, ${Y.name} sign ${c.money(deal)} arms deal`,
    ],
    paras: [
      () => {
        c.fact('who', `Who did ${a.last} meet in ${c.city}?`);
        c.fact('where', `Where did the defence ministers of ${X.name} and ${Y.name} meet?`);
        return r.chance(0.5)
          ? `${X.name} and ${Y.name} held ${c.scare('substantive')} defence talks in ${c.city} ${c.onEvent()}, ${X.name}'s defence minister said, as the two countries cement a ${c.scare(label)} partnership.`
          : `${c.Subj(a)} met ${c.obj(b)} in ${c.city} ${c.onEvent()} to discuss joint military exercises and arms sales, in the latest sign of closer ties between ${X.name} and ${Y.name}.`;
      },
      () =>
        c.quote(
          a,
          r.pick<Q>([
            ['Our armed forces share the same assessment of the threats we face', 'We agreed on what needs to be done'],
            'This relationship is not directed against any third country',
            'These were very substantive talks, and important decisions lie ahead',
          ]),
        ),
      () => {
        c.fact('how many', `How much is the arms deal between ${X.name} and ${Y.name} worth?`);
        return `The ministers signed an agreement worth ${c.money(deal)} covering ${r.pick(['air defence systems', 'patrol boats', 'armoured vehicles', 'drones and spare parts'])}, and said about ${commas(troops)} troops would take part in joint exercises ${c.future()}.`;
      },
      () =>
        c.reported(
          b,
          `${Y.name} and ${X.name} would ${r.pick(['deepen their strategic partnership', 'expand military training programmes', 'hold regular high-level exchanges'])}, without giving details`,
        ),
    ],
    extras: [
      () =>
        `The ministers also discussed ${r.pick(['cyber security', 'the situation on the border', 'arms production', 'counter-terrorism'])} and ${r.pick(['training for officers', 'intelligence sharing', 'maritime security'])}, the statement said.`,
      () =>
        c.quote(
          b,
          r.pick<Q>([
            ['Our cooperation is growing every year', 'It serves peace and stability'],
            'We will not let others dictate who our friends are',
            ['These exercises are defensive', 'Nobody should feel threatened by them'],
          ]),
        ),
      () =>
        `Joint exercises held ${c.absPast(1, 2)} involved ${count(r.int(4, 30))} warships and ${r.int(20, 120)} aircraft, and were criticised by ${r.pick(['neighbouring governments', 'several Western capitals', 'the United Nations'])}.`,
      () =>
        `The talks came ${r.pick(['days', 'a week', 'two weeks', 'a month'])} after ${r.pick(['a naval standoff', 'a border incident', 'large-scale air force drills', 'a missile test'])} ${r.pick(['raised tension in the region', 'drew international condemnation'])}.`,
      () =>
        `${c.Subj(a)} also met ${c.obj(Y.gov.president)} during the visit, ${r.pick(['a ministry statement said', 'according to state media'])}. ${c.reported(Y.gov.foreign, `the partnership was ${c.scare('not an alliance')} and posed no threat to others`)}`,
      () =>
        `${X.name} spends about ${c.pct(r.dec(1, 5))} of its gross domestic product on defence and has ${commas(r.int(20, 400) * 1000)} active troops, according to ${r.pick(['a London-based think tank', 'an annual survey of military balances'])}.`,
      () =>
        `The two countries declared their ${c.scare(label)} partnership ${c.absPast(1, 3)}, ${count(r.int(2, 4))} weeks before ${X.name} ${r.pick(['launched large-scale naval drills', 'expelled a group of foreign diplomats', 'announced a sharp rise in military spending'])}.`,
      () =>
        `In ${MONTHS[r.int(0, 11)]} ${c.year(1)}, the leaders of both countries pledged to raise trade and defence cooperation to what they called a ${c.scare('new level')}. Military spending in ${X.name} doubled ${c.range()}.`,
      () => {
        const an = c.analyst();
        return c.quote(
          an,
          r.pick<Q>([
            'The symbolism matters as much as the hardware',
            ['This is a message to their neighbours', 'And it will be heard'],
          ]),
        );
      },
      () =>
        c.statement(
          { name: `${otherCountry(c).adj} foreign ministry`, the: true, short: 'the ministry', kind: 'agency' },
          `the talks were ${c.scare('a threat to regional stability')}`,
        ),
    ],
  };
}

function protests(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const causes = [
    { what: 'fuel prices', why: 'the government ended fuel subsidies', offer: 'a temporary freeze on fuel prices' },
    { what: 'a new tax on mobile payments', why: 'parliament approved the tax', offer: 'to halve the new tax' },
    {
      what: 'the cost of living',
      why: 'the government ended a subsidy programme',
      offer: 'a one-off payment to poor families',
    },
    {
      what: 'the arrest of an opposition figure',
      why: `police detained a leader of ${the(X.parties[1])}`,
      offer: 'talks with protest leaders',
      political: true,
    },
    { what: 'cuts to pensions', why: 'the government announced the cuts', offer: 'to delay the pension cuts' },
    {
      what: 'a rise in bread prices',
      why: 'the government raised bread prices by a third',
      offer: 'to review the price rise',
    },
  ];
  const protest = r.pick(causes);
  const cause = protest.what;
  const crowd = r.pick(['thousands', 'tens of thousands', 'hundreds']);
  const arrests = r.int(12, 900);
  const injured = r.int(5, 250);
  const police = X.gov.police;
  const interior = X.gov.interior;
  const organiser = c.oneOff('activist', `one of the organisers of the protests`);
  c.city = X.capital;
  c.eventK = r.int(0, 2);
  return {
    slug: 'protests',
    label: r.pick(['protests', `protests in ${X.name}`, cause]),
    issue: 'the protests',
    titles: [
      `${cap(crowd)} protest in ${X.capital} over ${cause}`,
      `Police arrest ${arrests} as ${X.adj} protests over ${cause} spread`,
    ],
    paras: [
      () => {
        c.fact('why', `Why are people protesting in ${X.name}?`);
        return `${cap(crowd)} of people marched through ${X.capital} ${c.onEvent()} to protest against ${cause}, and police fired tear gas to disperse crowds near ${r.pick(['parliament', 'the presidential palace', 'the finance ministry', 'the central square'])}.`;
      },
      () => {
        c.fact('how many', `How many people were arrested in the protests in ${X.name}?`);
        return `${c.Subj(police)} said ${arrests} people had been arrested and ${injured} injured, including ${count(r.int(2, 40))} police officers. ${cap(c.reported(police, `officers had acted ${c.scare('with restraint')}`))}`;
      },
      () =>
        c.quote(
          organiser,
          r.pick<Q>(
            protest.political
              ? [
                  'We will be back every day until he is released',
                  ['This arrest was political', 'Everyone in this country knows it'],
                  'They can arrest one of us, but they cannot arrest all of us',
                ]
              : [
                  'We will be back every day until the government listens',
                  ['People cannot afford to eat', 'That is why they are in the street'],
                  'They can arrest us, but they cannot arrest the prices',
                ],
          ),
        ),
      () =>
        c.reported(
          interior,
          r.pick([
            'the protests had been hijacked by criminals',
            'the right to protest did not include the right to destroy property',
            'the government was ready to talk to peaceful protesters',
          ]),
        ),
    ],
    extras: [
      () =>
        `${c.Subj(organiser)} said the next protest would be held ${c.future()} and called on ${r.pick(['unions', 'students', 'shopkeepers'])} to join. ${c.quote(organiser, r.pick<Q>(['We are peaceful, and we will stay peaceful', ['They call us criminals', 'We are teachers, nurses and drivers']]))}`,
      () =>
        `Among those detained were ${count(r.int(2, 12))} journalists and a member of parliament from ${c.org(X.parties[1])}, according to lawyers, who said many had been held without charge.`,
      () =>
        `Anger over ${cause} has been building since ${c.monthThisYear().replace(/^in /, '')}, when ${protest.why}${protest.political ? '' : ` as part of ${r.pick(['an agreement with the IMF', 'a plan to cut the deficit', 'a reform of public finances'])}`}.`,
      () =>
        `Witnesses said ${r.pick(['police used water cannon', 'protesters threw stones and set tyres on fire', 'shops were looted', 'several cars were set alight'])} near ${r.pick(['the main bus station', 'the university', 'the parliament building'])}. Hospitals in ${X.capital} said they had treated ${r.int(10, 200)} people, most for the effects of tear gas.`,
      () =>
        `The government ${r.pick(['announced', 'offered'])} ${protest.offer} ${c.onDay()}, but organisers said it was ${c.scare('too little, too late')}.`,
      () =>
        `Internet monitoring groups reported ${r.pick(['disruptions to mobile internet', 'restrictions on social media'])} in ${X.capital} ${c.onEvent()}, a tactic the authorities also used during protests ${c.absPast(1, 4)}.`,
      () =>
        `${c.Subj(X.gov.pm)} said in a televised address that ${r.pick(['the government had heard the anger of citizens', 'violence would not be tolerated', protest.political ? 'the courts were independent' : 'prices would be brought under control within months'])}.`,
      () =>
        `The protests began ${r.pick(['last week', 'two weeks ago', 'five days ago', 'earlier this month'])} in ${r.pick(X.cities.slice(1))} and have since spread to at least ${count(r.int(3, 12))} cities. ${cap(c.org(X.parties[1]))} has backed the demonstrators.`,
      () => {
        const v = c.resident(X.capital);
        return c.quote(
          v,
          r.pick<Q>(
            protest.political
              ? [
                  'I came because I am afraid of what happens next',
                  ['I never protested before', 'This time I could not stay at home'],
                ]
              : ['My salary buys half of what it bought a year ago', ['I am not political', 'I am just tired']],
          ),
        );
      },
      () =>
        c.statement(
          c.w.intl.un,
          `it was concerned by reports of excessive force and urged ${X.name}'s authorities to respect the right to peaceful assembly`,
        ),
      () =>
        `${X.name} saw similar unrest ${c.range()}, when ${r.int(5, 60)} people were killed in clashes with security forces.`,
    ],
  };
}

function wildfire(c: Ctx): Built {
  const { r } = c;
  const X = c.country;
  const region = r.pick(X.regions);
  const hectares = r.int(2, 180) * 1000;
  const evacuated = r.int(5, 120) * 100;
  const firefighters = r.int(2, 30) * 100;
  const deaths = r.int(0, 24);
  const temp = r.int(39, 47);
  const chief = X.gov.disaster;
  c.city = r.pick(X.cities);
  c.eventK = r.int(0, 2);
  return {
    slug: 'wildfires',
    label: r.pick(['wildfires', `wildfires in ${X.name}`, 'heatwave']),
    issue: 'its handling of the fires',
    titles: [
      `Wildfires scorch ${commas(hectares)} hectares in ${X.name}`,
      `${X.name} evacuates ${commas(evacuated)} as fires near ${c.city}`,
    ],
    paras: [
      () => {
        c.fact('how many', `How many hectares have the wildfires in ${X.name} burned?`);
        return `Wildfires fanned by strong winds and temperatures of up to ${temp} degrees Celsius have burned ${commas(hectares)} hectares in ${X.name}'s ${region.replace(/^the /, '')}, forcing ${commas(evacuated)} people to leave their homes, officials said ${c.onEvent()}.`;
      },
      () => {
        c.fact('how many', `How many people have died in the wildfires in ${X.name}?`);
        return `${deaths === 0 ? 'No deaths have been reported' : `${cap(count(deaths))} ${deaths === 1 ? 'person has' : 'people have'} died`}, and about ${commas(firefighters)} firefighters backed by water-bombing aircraft were battling ${count(r.int(3, 40))} separate blazes. ${c.quote(chief, r.pick<Q>(['The next 48 hours will be critical', ['The wind keeps changing direction', 'That makes this fire very dangerous']]))}`;
      },
      () => {
        const v = c.resident(c.city);
        return c.quote(
          v,
          r.pick<Q>([
            ['The sky turned orange at noon', 'We took the children and the dog and left everything else'],
            'We watched the fire come down the hill in minutes',
          ]),
        );
      },
    ],
    extras: [
      () =>
        `Firefighters from ${count(r.int(3, 12))} regions and ${count(r.int(2, 30))} water-bombing aircraft were sent to ${region}. ${c.quote(chief, r.pick<Q>(['We are asking everyone in the area to follow evacuation orders immediately', ['We have never had so many fires at once', 'Our crews have been working for 20 hours straight']]))}`,
      () =>
        `Forecasters said the heatwave would last until ${c.future().replace(/^(on|in|by) /, '')}, with temperatures expected to stay above ${temp - r.int(2, 6)} degrees Celsius in much of the country.`,
      () =>
        `Insurers estimated the damage at ${c.money(r.int(20, 1500))}. About ${commas(r.int(20, 800))} homes and ${r.pick(['a school', 'two factories', 'several farms', 'a hotel'])} were destroyed.`,
      () => {
        c.fact('how many', `How many people were evacuated because of the wildfires in ${X.name}?`);
        return `Authorities ordered the evacuation of ${count(r.int(3, 40))} villages and ${r.pick(['a holiday resort', 'two campsites', 'a monastery'])}, and ${commas(evacuated)} residents spent the night in ${r.pick(['schools', 'sports halls', 'hotels'])}.`;
      },
      () =>
        `${c.Subj(X.gov.pm)} ${r.pick(['cut short a foreign trip', 'visited the coordination centre', 'declared a state of emergency'])} ${c.onDay()}. ${c.reported(X.gov.interior, `${r.pick(['arson', 'a downed power line', 'a farmer burning stubble'])} may have started ${r.pick(['one of the fires', 'the largest blaze'])}`)}`,
      () =>
        `Air quality in ${c.city} reached ${r.pick(['hazardous', 'very unhealthy'])} levels, and the health ministry advised people with breathing problems to stay indoors. Smoke could be seen ${r.int(50, 300)} kilometres away.`,
      () =>
        `Power was cut to ${commas(r.int(2, 90) * 1000)} homes, ${c.org(X.agencies.grid)} said, and the main highway to ${r.pick(X.cities.filter((x) => x !== c.city))} was closed.`,
      () =>
        `The fires follow the hottest ${MONTHS[c.date.getUTCMonth()]} on record in ${X.name}. ${cap(c.range())}, an average of ${commas(r.int(5, 90) * 1000)} hectares burned each year.`,
      () => {
        const e = c.expert('climate science', 'climate scientist');
        return c.quote(
          e,
          r.pick<Q>([
            'The fire season is starting earlier and ending later',
            ['This is what a warmer climate looks like', 'It will get worse before it gets better'],
          ]),
        );
      },
      () =>
        c.reported(X.gov.opposition, 'the government had cut the firefighting budget two years ago despite warnings'),
      () =>
        `${cap(count(r.int(2, 6)))} neighbouring countries have sent aircraft to help, and ${c.org(X.agencies.disaster)} said it would review its evacuation plans ${c.future()}.`,
    ],
  };
}

const TOPICS: readonly TopicFn[] = [
  rates,
  election,
  floods,
  tradeTalks,
  earnings,
  strike,
  outbreak,
  dam,
  court,
  merger,
  budget,
  defenceTalks,
  protests,
  wildfire,
];

/** Paragraphs any article can use to reach its length (at most three are used). */
function genericExtras(c: Ctx, b: Built): Thunk[] {
  const { r } = c;
  const X = c.country;
  const business = b.slug === 'earnings' || b.slug === 'merger';
  const common: Thunk[] = [
    () =>
      `${X.name}, ${r.pick(['a country of about', 'home to some', 'which has a population of roughly'])} ${X.population} million people, ${r.pick(
        [
          'has been hit hard by rising food and fuel prices',
          'relies heavily on exports of copper, coffee and natural gas',
          `emerged from a debt crisis ${c.absPast(2, 6)}`,
          `has had ${count(r.int(3, 6))} governments ${c.range()}`,
          'is one of the fastest-growing economies in its region',
        ],
      )}.`,
    () =>
      `${X.name}'s economy grew ${c.pct(r.dec(0.2, 5))} last year, according to ${c.org(c.w.intl.worldBank)}, ${r.pick(['slower than its neighbours', 'its weakest pace in a decade', 'helped by strong exports', 'despite a drought that hit farm output'])}.`,
    () =>
      `Officials said more details would be released ${c.future()}. ${r.pick(['The figures could not be independently verified.', 'It was not immediately clear how the measures would be paid for.', 'Several questions remained unanswered.'])}`,
  ];
  const political: Thunk[] = [
    () =>
      `${c.Subj(X.gov.spokes)} ${r.pick(['did not respond to a request for comment', 'declined to comment', 'said the government would make a statement later'])} ${c.onDay()}.`,
    () =>
      `Opposition lawmakers have accused the government of mishandling ${b.issue}, a charge it denies. ${c.Org(X.parties[1])} has called for a debate in ${X.parliament.replace(/^the /, 'the ')}.`,
    () =>
      `A poll published ${c.when()} showed ${c.pct(r.int(28, 71), 0)} of ${X.adj}s ${r.pick(['disapprove of the government', 'think the country is heading in the wrong direction', 'are worried about their finances'])}, ${r.pick(['up from', 'compared with'])} ${c.pct(r.int(20, 60), 0)} ${r.pick(['a year ago', 'in January'])}.`,
    () => {
      const v = c.resident(c.city);
      return c.quote(
        v,
        r.pick<Q>([
          'People here are worried, and nobody explains anything to us',
          ['We hear a lot of promises', 'We will believe it when we see it'],
          'Life was already hard before this',
          ['My children ask me what will happen', 'I do not know what to tell them'],
        ]),
      );
    },
  ];
  const markets: Thunk[] = [
    () =>
      `${r.pick(['Analysts had been divided before the announcement.', 'Investors had been waiting for the news for weeks.'])} The company ${r.pick(['did not respond to a request for comment', 'declined to comment further'])} ${c.onDay()}. ${r.pick(['Its shares have been volatile this year.', 'Trading volume was more than twice the daily average.'])}`,
    () =>
      `The benchmark stock index in ${c.city} ${r.chance(0.5) ? 'rose' : 'fell'} ${c.pct(r.dec(0.1, 2.5))} ${c.onEvent()}, ${r.pick(['led by banks', 'dragged down by technology shares', 'as investors awaited inflation data'])}.`,
  ];
  return r.shuffle([...common, ...(business ? markets : political)]).slice(0, 3);
}

interface ArticleMeta {
  slug: string;
  label: string;
  country: string;
  city: string;
  people: Person[];
  quoted: Person[];
  orgs: string[];
  facts: Fact[];
}

function countryOfCity(w: World, city: string): string {
  for (const x of w.countries) if (x.cities.includes(city)) return x.name;
  for (const [name, country] of REAL_CITIES) if (name === city) return country;
  return '';
}

function yamlValue(s: string): string {
  return /^[A-Za-z0-9][\p{L}\p{N} ,.’$%-]*$/u.test(s) && !/: | #/.test(s) ? s : JSON.stringify(s);
}

function creditsLine(c: Ctx): string {
  const { r, w } = c;
  const rep = w.reporters[w.reporterZipf.sample(r)];
  const others = () => {
    const n = r.int(1, 2);
    const names: string[] = [];
    while (names.length < n) {
      const x = w.reporters[w.reporterZipf.sample(r)].name;
      if (x !== rep.name && !names.includes(x)) names.push(x);
    }
    return names;
  };
  const parts = [`Reporting by ${rep.name}${r.chance(0.75) ? ` in ${r.chance(0.7) ? c.city : rep.city}` : ''}`];
  if (r.chance(0.45)) {
    const names = others();
    if (r.chance(0.25)) names.push(`the ${r.pick([c.city, 'Geneva', 'London', 'Singapore'])} newsroom`);
    parts.push(`Additional reporting by ${names.join(' and ')}`);
  }
  if (r.chance(0.2)) {
    const writer = w.reporters[w.reporterZipf.sample(r)].name;
    if (writer !== rep.name) parts.push(`Writing by ${writer}`);
  }
  const e1 = w.editors[w.editorZipf.sample(r)];
  let e2 = w.editors[w.editorZipf.sample(r)];
  if (e2 === e1) e2 = w.editors[(w.editors.indexOf(e1) + 1) % w.editors.length];
  parts.push(`Editing by ${e1}${r.chance(0.5) ? ` and ${e2}` : ''}`);
  return `(${parts.join('; ')}${r.chance(0.3) ? '.' : ''})`;
}

function buildArticle(w: World, index: number): { article: SyntheticArticle; meta: ArticleMeta } {
  const r = new Rng(hashInts(w.seed, index, 0xa271c1e));
  const topic = r.pick(TOPICS);
  const country = w.countries[w.countryZipf.sample(r)];
  const date = new Date(Date.UTC(2019, 0, 1) + r.int(0, 6 * 365 - 1) * DAY);

  // The shape of the file.
  const sx = r.float();
  const shape: 'dateline' | 'front' | 'heading' = sx < 0.5 ? 'dateline' : sx < 0.85 ? 'front' : 'heading';
  const dx = r.float();
  const datelineKind: 'reuters' | 'ap' | 'bare' | 'afp' | 'none' =
    shape === 'dateline'
      ? dx < 0.42
        ? 'reuters'
        : dx < 0.77
          ? 'ap'
          : dx < 0.92
            ? 'bare'
            : 'afp'
      : r.chance(shape === 'front' ? 0.25 : 0.3)
        ? dx < 0.5
          ? 'reuters'
          : 'ap'
        : 'none';
  const source =
    datelineKind === 'reuters' || datelineKind === 'bare'
      ? 'Reuters'
      : datelineKind === 'ap'
        ? 'Associated Press'
        : datelineKind === 'afp'
          ? 'AFP'
          : r.pick([
              'Reuters',
              'Associated Press',
              'AFP',
              `The ${country.capital} Herald`,
              'Meridian Wire',
              'Global Newsdesk',
            ]);
  const agency: Style['agency'] =
    source === 'Reuters' ? 'Reuters' : source === 'Associated Press' ? 'AP' : source === 'AFP' ? 'AFP' : 'other';
  const style: Style = {
    agency,
    curly: r.chance(0.65),
    mixedQuotes: r.chance(0.15),
    percentWord: agency === 'AP' ? true : agency === 'Reuters' ? false : r.chance(0.3),
  };
  const ext = shape === 'dateline' ? 'txt' : shape === 'heading' ? 'md' : r.chance(0.5) ? 'md' : 'txt';
  const sep = ext === 'md' ? '\n\n' : r.chance(shape === 'dateline' ? 0.55 : 0.5) ? '\n' : '\n\n';

  const c = new Ctx(w, r, country, date, style, r.chance(0.6) ? country.capital : r.pick(country.cities));
  const built = topic(c);
  const title = r.pick(built.titles);

  // Header: front matter, a Markdown heading, or nothing.
  const iso = date.toISOString().slice(0, 10);
  let header = '';
  if (shape === 'front') {
    const lines = [
      '---',
      `title: ${yamlValue(title)}`,
      `date: ${iso}`,
      `source: ${yamlValue(source)}`,
      `url: https://example.com/${iso.slice(0, 4)}/${iso.slice(5, 7)}/${slugify(title).slice(0, 60)}-${index}`,
    ];
    if (r.chance(0.3)) lines.push(`byline: ${w.reporters[w.reporterZipf.sample(r)].name}`);
    if (r.chance(0.2)) lines.push(`tags: [${built.slug}, ${slugify(country.name)}]`);
    lines.push('---', '');
    header = lines.join('\n') + (r.chance(0.5) ? '\n' : '');
  } else if (shape === 'heading') {
    header = `# ${title}\n\n${r.chance(0.4) ? `By ${w.reporters[w.reporterZipf.sample(r)].name}\n\n` : ''}`;
  }

  // Dateline, decided after the topic chose its city.
  const place = c.city.toUpperCase();
  const placeCountry = countryOfCity(w, c.city);
  const famous = REAL_CITIES.some(([n]) => n === c.city) && r.chance(0.5);
  const dateline =
    datelineKind === 'reuters'
      ? `${place}, ${REUTERS_MONTHS[date.getUTCMonth()]} ${date.getUTCDate()} (Reuters) - `
      : datelineKind === 'ap'
        ? `${place}${famous || !placeCountry || placeCountry === c.city ? '' : `, ${placeCountry}`} (AP) — `
        : datelineKind === 'bare'
          ? '(Reuters) – '
          : datelineKind === 'afp'
            ? `${place} (AFP) - `
            : '';

  const credits =
    agency === 'AP' && r.chance(0.5)
      ? r.chance(0.5)
        ? `Associated Press writer ${w.reporters[w.reporterZipf.sample(r)].name} in ${r.pick([...country.cities.slice(0, 2), 'London'])} contributed to this report.`
        : ''
      : r.chance(0.85)
        ? creditsLine(c)
        : '';

  // Body: the topic's essential paragraphs, then extras until the target length.
  const target = 1840 + Math.round(1400 * ((r.float() + r.float()) / 2));
  const fixed = header.length + dateline.length + (credits ? credits.length + sep.length : 0) + 1;
  const paras: string[] = [];
  let length = fixed;
  const add = (p: string) => {
    paras.push(p);
    length += p.length + sep.length;
  };
  const run = (t: Thunk): string => {
    const before = c.mentions;
    const p = t();
    if (c.mentions === before) c.last = undefined;
    return p;
  };
  for (const t of built.paras) add(run(t));
  const tryAdd = (t: Thunk, ceiling: number): boolean => {
    const snap = c.snapshot();
    const p = run(t);
    if (length + p.length + sep.length > ceiling) {
      c.restore(snap);
      return false;
    }
    add(p);
    return true;
  };
  const pool = [...r.shuffle(built.extras.slice()), ...genericExtras(c, built)];
  // A paragraph that would overshoot is dropped (its mentions and facts rolled back) and the next tried.
  for (const t of pool) {
    if (length >= target - 60) break;
    tryAdd(t, Math.min(target + 180, 3250));
  }
  let headingAt = -1;
  if (ext === 'md' && paras.length > 4 && r.chance(0.15)) headingAt = r.int(3, paras.length - 1);

  let body = '';
  paras.forEach((p, i) => {
    if (i === headingAt)
      body += `## ${r.pick(['Background', 'Reaction', 'What happens next', 'Context'])}${sep === '\n' ? '\n\n' : sep}`;
    body += (i === 0 ? dateline : '') + p + sep;
  });
  let text = header + body + (credits ? credits + '\n' : '');
  text = text
    .replace(/\n+$/, '\n')
    .replace(/(?<!\.)\.\.(?!\.)/g, '.')
    .replace(/ {2,}/g, ' ')
    // "an 18% rise", "an 8.5% rise", "an 80-metre wall", "an 11-member board"
    .replace(/\b([Aa]) (?=(?:8|11|18)(?:[.,]\d+)?(?![\d,])|8\d)/g, '$1n ');
  if (style.curly) text = text.replace(/'/g, '’');

  // What the queries may refer to: only what the kept text contains (apostrophes as typed).
  const plainText = text.replace(/’/g, "'");
  const people = c.seenOrder.filter((p) => plainText.includes(p.full));
  const quoted = [...new Set(c.quoted)].filter((p) => people.includes(p));
  const orgs = [...new Set(c.orgOrder.map((o) => (o.alias ? o.alias[0] : o.name)))].filter((n) =>
    plainText.includes(n),
  );
  const file = `a${String(index).padStart(5, '0')}_${built.slug}.${ext}`;
  return {
    article: { file, text },
    meta: {
      slug: built.slug,
      label: built.label,
      country: c.country.name,
      city: c.city,
      people,
      quoted,
      orgs,
      facts: c.facts.slice(),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Public API

/** Yields `count` articles one at a time; the same seed always gives the same files. */
export function* generateArticles(count: number, seed = DEFAULT_SEED): Generator<SyntheticArticle> {
  const w = worldFor(seed);
  for (let i = 0; i < count; i++) yield buildArticle(w, i).article;
}

/** Writes `count` articles into `dir` (created if needed). */
export function writeCorpus(dir: string, count: number, seed = DEFAULT_SEED): { files: number; bytes: number } {
  mkdirSync(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  for (const a of generateArticles(count, seed)) {
    const data = Buffer.from(a.text, 'utf8');
    writeFileSync(join(dir, a.file), data);
    files++;
    bytes += data.length;
  }
  return { files, bytes };
}

class Tally<K> {
  readonly counts = new Map<K, number>();
  add(k: K): void {
    this.counts.set(k, (this.counts.get(k) ?? 0) + 1);
  }
  get size(): number {
    return this.counts.size;
  }
  /** A key drawn in proportion to its count. */
  weighted(r: Rng): K {
    let total = 0;
    for (const n of this.counts.values()) total += n;
    let x = r.float() * total;
    for (const [k, n] of this.counts) {
      x -= n;
      if (x < 0) return k;
    }
    return [...this.counts.keys()][this.counts.size - 1];
  }
  uniform(r: Rng): K {
    return r.pick([...this.counts.keys()]);
  }
}

const QUERY_KINDS: readonly BenchQuery['kind'][] = ['ask', 'who', 'timeline', 'quotes', 'autocomplete'];
const FACT_TYPES: readonly FactType[] = ['who', 'what', 'when', 'where', 'how many', 'why', 'yes-no'];

/**
 * A mix of queries, in roughly equal shares of the five kinds, about the people, organisations,
 * places and topics of the corpus of `articleCount` articles made with the same seed, plus a few
 * about things that corpus does not contain.
 */
export function generateQueries(count: number, articleCount: number, seed = DEFAULT_SEED): BenchQuery[] {
  const w = worldFor(seed);
  const people = new Tally<Person>();
  const quoted = new Tally<Person>();
  const orgs = new Tally<string>();
  const places = new Tally<string>();
  const labels = new Tally<string>();
  const facts = new Map<FactType, Fact[]>(FACT_TYPES.map((t) => [t, []]));
  for (let i = 0; i < articleCount; i++) {
    const { meta } = buildArticle(w, i);
    for (const p of meta.people) people.add(p);
    for (const p of meta.quoted) quoted.add(p);
    for (const o of meta.orgs) orgs.add(o);
    places.add(meta.country);
    places.add(meta.city);
    labels.add(meta.label);
    for (const f of meta.facts) facts.get(f.type)!.push(f);
  }

  const r = new Rng(hashInts(seed, count, articleCount, 0x9e3779b9));
  const unknownPerson = () => `${r.pick(UNKNOWN_FIRST)} ${r.pick(UNKNOWN_LAST)}`;
  const personName = (p: Person) => (r.chance(0.65) ? p.full : p.last);
  const kinds: BenchQuery['kind'][] = [];
  for (const k of QUERY_KINDS) for (let i = 0; i < Math.floor(count / QUERY_KINDS.length); i++) kinds.push(k);
  while (kinds.length < count) kinds.push(r.pick(QUERY_KINDS));
  r.shuffle(kinds);
  const haveFacts = FACT_TYPES.filter((t) => facts.get(t)!.length > 0);

  const ask = (): string => {
    const x = r.float();
    if (x < 0.12 || people.size === 0) {
      return r.pick([
        `How many people died in the floods in ${r.pick(UNKNOWN_PLACES)}?`,
        `Who is the finance minister of ${r.pick(UNKNOWN_PLACES)}?`,
        `What did ${unknownPerson()} say about the budget?`,
        `Did ${r.pick(UNKNOWN_ORGS)} report a profit last quarter?`,
        `When did ${r.pick(UNKNOWN_PLACES)} last hold an election?`,
        `Why did ${unknownPerson()} resign?`,
        `Where is ${r.pick(UNKNOWN_ORGS)} based?`,
        `Was there an earthquake in ${r.pick(UNKNOWN_PLACES)}?`,
      ]);
    }
    if (x < 0.24 && quoted.size > 0) {
      const p = quoted.weighted(r);
      return r.pick([
        `What did ${p.last} say?`,
        `What did ${p.full} say about ${r.pick(['the decision', 'the talks', 'the results', 'prices', 'the plan'])}?`,
        `Who is ${p.full}?`,
        `Is ${p.full} a minister?`,
      ]);
    }
    const list = facts.get(r.pick(haveFacts))!;
    return r.pick(list).q;
  };

  const who = (): string => {
    const x = r.float();
    if (x < 0.12 || people.size === 0) return unknownPerson();
    if (x < 0.52) return people.weighted(r).full;
    if (x < 0.62) return people.uniform(r).full;
    if (x < 0.8) return people.weighted(r).last;
    return orgs.size ? orgs.weighted(r) : people.weighted(r).full;
  };

  const timeline = (): string => {
    const x = r.float();
    if (x < 0.1 || people.size === 0) return '';
    if (x < 0.45) return personName(people.weighted(r));
    if (x < 0.65) return orgs.size ? orgs.weighted(r) : '';
    if (x < 0.85) return labels.weighted(r);
    return places.weighted(r);
  };

  const quotes = (): string => {
    if (r.chance(0.1) || quoted.size === 0) return unknownPerson();
    return personName(quoted.weighted(r));
  };

  const autocomplete = (): string => {
    const x = r.float();
    const name =
      people.size === 0
        ? r.pick(UNKNOWN_LAST)
        : x < 0.5
          ? people.weighted(r).full
          : x < 0.65
            ? people.weighted(r).last
            : x < 0.85 && orgs.size
              ? orgs.weighted(r)
              : places.weighted(r);
    const prefix = name.slice(0, r.int(1, Math.min(6, name.length))).trimEnd();
    return r.chance(0.25) ? prefix.toLowerCase() : prefix;
  };

  const make: Record<BenchQuery['kind'], () => string> = { ask, who, timeline, quotes, autocomplete };
  return kinds.map((kind) => ({ kind, text: make[kind]() }));
}
