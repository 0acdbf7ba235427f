/**
 * The raw material of a synthetic corpus, taken from the real listing files: sentences of the
 * abstracts grouped by paper (so a synthetic paper can stay on one topic, which keeps tags and
 * related papers realistic), title words, organisations and author counts. The real parser
 * reads the seeds, so the material is exactly what the pipeline would see.
 */
import { VFile } from 'vfile';
import { parseListing } from '../pipeline/parse-listing';
import type { Organisation } from '../pipeline/types';

/** One real paper reduced to what a synthetic paper borrows from it. */
export interface SeedTopic {
  /** The title without a leading short name (`Mamba: Linear-Time …` → `Linear-Time …`). */
  titleTail: string;
  /** The abstract's sentences, in order. */
  sentences: string[];
}

/** Everything the generator draws from. */
export interface SynthMaterial {
  topics: SeedTopic[];
  /** Every sentence of every abstract. */
  sentences: string[];
  /** Capitalised title words, to vary title tails. */
  titleWords: string[];
  organisations: Organisation[];
  authorCounts: number[];
}

// A sentence ends at `.`, `!` or `?` followed by a space and a capital, a digit or an opening
// bracket; this leaves `e.g. the` and `Fig. 3`-style abbreviations mostly inside one sentence.
const SENTENCE_BREAK = /(?<=[.!?])\s+(?=[A-Z0-9([“"$])/u;
const MIN_SENTENCE = 30;

function titleTail(title: string): string {
  const colon = title.indexOf(':');
  const head = colon > 0 ? title.slice(0, colon) : '';
  // Only a short prefix is a name; a long one is part of a descriptive title.
  return head !== '' && head.split(/\s+/u).length <= 3 ? title.slice(colon + 1).trim() : title.trim();
}

/** Reads the material from the texts of real listing files (pure: the caller reads the files). */
export function synthMaterial(seedTexts: readonly string[]): SynthMaterial {
  const topics: SeedTopic[] = [];
  const organisations = new Map<string, Organisation>();
  const authorCounts: number[] = [];
  const seen = new Set<string>();
  seedTexts.forEach((text, i) => {
    const listing = parseListing(new VFile({ path: `seed-${i}.txt`, value: text }));
    for (const entry of listing.entries) {
      if (entry.organisation) organisations.set(entry.organisation.id, entry.organisation);
      if (entry.authors !== undefined) authorCounts.push(entry.authors);
      if (seen.has(entry.title)) continue;
      seen.add(entry.title);
      const sentences = entry.abstract.split(SENTENCE_BREAK).filter((s) => s.length >= MIN_SENTENCE);
      const tail = titleTail(entry.title);
      if (sentences.length >= 3 && tail.length > 0) topics.push({ titleTail: tail, sentences });
    }
  });
  if (topics.length === 0) throw new Error('synthetic corpus: the seed texts hold no usable papers');
  const titleWords = [
    ...new Set(topics.flatMap((t) => t.titleTail.split(/\s+/u)).filter((w) => /^[A-Z][a-z]{3,}$/u.test(w))),
  ];
  return {
    topics,
    sentences: topics.flatMap((t) => t.sentences),
    titleWords,
    organisations: [...organisations.values()],
    authorCounts: authorCounts.length > 0 ? authorCounts : [3, 5, 8],
  };
}
