/**
 * A synthetic corpus of any size for benchmarks, in the real listing format: sentences of the
 * real abstracts recombined (mostly from one seed paper each, so topics cluster as in real
 * listings), unique titles (often `Name: …`, so mentions and short names occur), metadata blocks
 * with organisation, authors, date and upvotes, a page-date line, and a few papers repeated in a
 * later listing without metadata (as real listings overlap). Deterministic for a given seed.
 * Pure: the caller reads the seed files and writes the result.
 *
 * Every file is built so that the real pipeline parses it with zero diagnostics: each listing
 * with yearless dates also writes a date with the year before its page year (so the page year
 * infers), yearless dates never fall after the page date, and repeated papers carry no metadata
 * (so nothing conflicts when they merge).
 */
import { normaliseTitleKey } from '../pipeline/paper-key';
import { createRandom, type Random } from './prng';
import { synthMaterial, type SeedTopic, type SynthMaterial } from './synth-material';
import { listingText, type SynthEntry, type SynthListing } from './synth-listing';

/** Options of {@link synthCorpus}. */
export interface SynthOptions {
  /** Distinct papers to generate. */
  papers: number;
  /** Seed of the random sequence (default 1). */
  seed?: number;
  /** Most entries in one listing file, repeats included (default 1,000). */
  maxPerFile?: number;
  /** Fewest entries in one listing file, except the last (default 150). */
  minPerFile?: number;
  /** Share of papers that a later listing repeats (default 0.03). */
  repeatShare?: number;
}

/** One generated listing file. */
export interface SynthFile {
  /** File name, `NNN_<16 hex>.txt` like the real listings. */
  name: string;
  text: string;
}

/** A generated corpus. */
export interface SynthCorpus {
  files: SynthFile[];
  /** Distinct papers (= `options.papers`). */
  papers: number;
  /** Entries over all files, repeats included. */
  entries: number;
}

interface Paper {
  title: string;
  abstract: string;
}

const CONSONANTS = 'bdfgklmnprstvz';
const VOWELS = 'aeiou';
const SYLLABLES = [...CONSONANTS].flatMap((c) => [...VOWELS].map((v) => c + v));
const NAME_SUFFIXES = ['LM', 'Net', 'MoE', 'ViT', 'Q', '2', 'X'];
const MENTION_TEMPLATES = [
  (n: string) => `Compared with ${n}, the method needs no retraining.`,
  (n: string) => `We build on ${n} and extend it to new settings.`,
  (n: string) => `Our results improve on ${n} at the same cost.`,
];

/**
 * A distinct, pronounceable name per paper index: three syllables (four past 70³ papers) picked
 * by an affine bijection of the index, so names look unrelated to their order yet never repeat.
 */
function nameOf(index: number, offset: number): string {
  const base = SYLLABLES.length;
  const digits = index < base ** 3 ? 3 : 4;
  const space = base ** digits;
  // 7_919 is prime and does not divide 70^k, so the map is a bijection of [0, space).
  let code = (index * 7_919 + offset) % space;
  let name = '';
  for (let d = 0; d < digits; d++) {
    name += SYLLABLES[code % base];
    code = Math.floor(code / base);
  }
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** A title tail with some capitalised words swapped, so titles differ from their seed. */
function varyTail(tail: string, material: SynthMaterial, rand: Random): string {
  return tail
    .split(' ')
    .map((w) => (/^[A-Z][a-z]{3,}$/u.test(w) && rand.chance(0.3) ? rand.pick(material.titleWords) : w))
    .join(' ');
}

function makeAbstract(
  topic: SeedTopic,
  material: SynthMaterial,
  name: string | undefined,
  mention: string | undefined,
  rand: Random,
): string {
  const target = rand.int(1_350, 1_900);
  const parts: string[] = [];
  let length = 0;
  while (length < target) {
    const sentence = rand.chance(0.65) ? rand.pick(topic.sentences) : rand.pick(material.sentences);
    if (length > 1_000 && length + sentence.length > 1_950) break;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  if (name !== undefined && rand.chance(0.7)) parts.splice(1, 0, `We call the resulting method ${name}.`);
  if (mention !== undefined) parts.splice(parts.length - 1, 0, rand.pick(MENTION_TEMPLATES)(mention));
  const text = parts.join(' ');
  // A listing's last abstract must end like a sentence, or the parser rightly suspects a cut file.
  return /(?:[.!?][)\]}"'”’]*|https?:\/\/\S+)$/u.test(text) ? text : `${text}.`;
}

function makePapers(count: number, material: SynthMaterial, rand: Random): Paper[] {
  const offset = rand.int(0, 1_000_000);
  const seen = new Set<string>();
  const names: string[] = [];
  const papers: Paper[] = [];
  for (let i = 0; i < count; i++) {
    const topic = rand.pick(material.topics);
    let name = rand.chance(0.55) ? nameOf(i, offset) : undefined;
    if (name !== undefined && rand.chance(0.2)) name += `-${rand.pick(NAME_SUFFIXES)}`;
    let title = '';
    for (let attempt = 0; ; attempt++) {
      const tail = varyTail(topic.titleTail, material, rand);
      // After a few clashes a plain title takes a name, and a named one its index: always unique.
      if (name === undefined && attempt >= 3) name = nameOf(i, offset);
      title = name === undefined ? tail : `${name}${attempt >= 6 ? `-${i}` : ''}: ${tail}`;
      if (!seen.has(normaliseTitleKey(title))) break;
    }
    seen.add(normaliseTitleKey(title));
    const mention = names.length > 0 && rand.chance(0.05) ? rand.pick(names) : undefined;
    papers.push({ title, abstract: makeAbstract(topic, material, name, mention, rand) });
    if (name !== undefined) names.push(name);
  }
  return papers;
}

function hex16(rand: Random): string {
  let out = '';
  for (let i = 0; i < 16; i++) out += rand.int(0, 15).toString(16);
  return out;
}

/** Cuts `count` papers into listings and fills in each listing's dates and metadata. */
function makeListings(
  papers: Paper[],
  options: Required<SynthOptions>,
  material: SynthMaterial,
  rand: Random,
): SynthListing[] {
  const listings: SynthListing[] = [];
  // Room for the repeats, so no file exceeds maxPerFile.
  const cap = Math.max(1, Math.floor(options.maxPerFile / (1 + options.repeatShare)));
  const organisations = [...material.organisations, ...syntheticOrganisations(rand)];
  let next = 0;
  while (next < papers.length) {
    const size = Math.min(papers.length - next, rand.int(Math.min(options.minPerFile, cap), cap));
    const own = papers.slice(next, next + size);
    const pageYear = rand.int(2023, 2026);
    const page = { month: rand.int(1, 12), day: rand.int(1, 28) };
    const withMeta = rand.chance(0.6);
    const entries: SynthEntry[] = own.map((paper, i) => ({
      ...paper,
      ...(withMeta && rand.chance(0.95)
        ? { meta: metadata(rand, organisations, pageYear, page, i === 0) }
        : {}),
    }));
    // The first entry always carries a date with an explicit year, so the page year infers.
    const first = entries[0];
    if (withMeta && first && !first.meta) first.meta = metadata(rand, organisations, pageYear, page, true);
    if (next > 0) {
      const repeats = Math.round(size * options.repeatShare);
      for (let r = 0; r < repeats; r++) {
        const earlier = papers[rand.int(0, next - 1)] as Paper;
        entries.splice(rand.int(1, entries.length), 0, { ...earlier });
      }
    }
    listings.push({
      name: `${String(listings.length).padStart(3, '0')}_${hex16(rand)}.txt`,
      pageDate: rand.chance(0.85) || withMeta ? page : undefined,
      dailyPapersLine: rand.chance(0.9),
      byLine: rand.chance(0.5) ? 'by AK and the research community' : 'byAK and the research community',
      entries,
    });
    next += size;
  }
  return listings;
}

function syntheticOrganisations(rand: Random): { id: string; name: string }[] {
  return Array.from({ length: 40 }, () => {
    const word = nameOf(rand.int(0, 300), 0).slice(0, 6);
    const name = `${word} ${rand.pick(['AI', 'Labs', 'Research', 'Group'])}`;
    return { id: name.replace(/\s+/gu, ''), name };
  });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

function metadata(
  rand: Random,
  organisations: { id: string; name: string }[],
  pageYear: number,
  page: { month: number; day: number },
  explicitYear: boolean,
): NonNullable<SynthEntry['meta']> {
  const org = rand.chance(0.25) ? rand.pick(organisations) : undefined;
  const authors = rand.chance(0.9) ? rand.pick([...[1, 2, 3, 4, 5, 6, 8, 13], rand.int(1, 40)]) : undefined;
  let date: string;
  if (explicitYear || rand.chance(0.5)) {
    date = `${rand.pick(MONTHS)} ${rand.int(1, 28)}, ${pageYear - rand.int(1, 3)}`;
  } else {
    // A yearless date lies in the page's year, on or before the day the page was saved.
    const month = rand.int(1, page.month);
    const day = month < page.month ? rand.int(1, 28) : rand.int(1, page.day);
    date = `${MONTHS[month - 1]} ${day}`;
  }
  const upvotes = rand.chance(0.85) ? Math.floor(300 * rand.next() ** 3) : undefined;
  return {
    ...(org ? { organisation: `${org.id} ${org.name}` } : {}),
    ...(authors !== undefined ? { authors } : {}),
    date: upvotes === undefined ? date : `${date} ${upvotes}`,
  };
}

/** Generates a corpus of `options.papers` distinct papers from the texts of real listing files. */
export function synthCorpus(seedTexts: readonly string[], options: SynthOptions): SynthCorpus {
  if (!Number.isInteger(options.papers) || options.papers < 1)
    throw new Error(`synthetic corpus: papers must be a positive integer, got ${options.papers}`);
  const full: Required<SynthOptions> = {
    seed: 1,
    maxPerFile: 1_000,
    minPerFile: 150,
    repeatShare: 0.03,
    ...options,
  };
  const material = synthMaterial(seedTexts);
  const rand = createRandom(full.seed);
  const papers = makePapers(full.papers, material, rand);
  const listings = makeListings(papers, full, material, rand);
  return {
    files: listings.map((l) => ({ name: l.name, text: listingText(l) })),
    papers: papers.length,
    entries: listings.reduce((n, l) => n + l.entries.length, 0),
  };
}
