/**
 * Mentions: an abstract that names another paper of the corpus by its short name ("such as
 * Mamba") links to that paper, and the named paper lists "Mentioned by". Names are matched
 * case-sensitively as whole words; names that are really ordinary words or field acronyms
 * (`FPGA`, `Drama`?) and names that two papers share (`Hydra`) never link, because a wrong link
 * misleads a reader more than a missing one.
 */
import type { Link, PhrasingContent, Text } from 'mdast';
import { SpanTable, spanHash, spanTableOf } from './span-table';
import { wordDocCounts } from './word-doc-counts';
import { forEachWord } from './words';

/**
 * Common acronyms and words of this field that papers sometimes take as their name (`FPGA: Fast
 * Patch-Free Global Learning…`). Abstracts use them as nouns, never as citations. `BERT` and
 * `GPT` are NOT here: a corpus may well hold the BERT paper, and then "BERT" in an abstract does
 * cite it.
 */
export const DEFAULT_STOPLIST: ReadonlySet<string> = new Set(
  `AI ML DL NLP CV RL IR ASR TTS LLM LLMs VLM VLMs MLLM MLLMs LM LMs SLM SLMs MoE MoEs SSM SSMs
ViT ViTs CNN CNNs RNN RNNs LSTM GRU GAN GANs VAE VAEs MLP MLPs GNN GNNs DNN DNNs SNN SNNs ANN ANNs
NAS KV FPGA FPGAs GPU GPUs CPU CPUs TPU TPUs NPU NPUs ASIC ASICs SoC IoT API APIs SOTA FLOPs
MACs INT8 INT4 FP8 FP16 BF16 PTQ QAT LoRA RAG CoT MPC HE SGD Adam
Transformer Transformers Attention Diffusion`.split(/\s+/),
);

/**
 * The name a paper is cited by: the part of its title before `:` when that part is short (1–3
 * tokens, at most 30 characters) and looks like a name — `Mamba`, `Hydra`, `MoE-Lightning`,
 * `S4`, `DB-LLM`, `Vision Mamba`, `MInference 1.0`. Undefined for descriptive prefixes such as
 * `Return of the Encoder` (4 tokens) or `Attention is All You Need? Good Embeddings…`.
 */
export function shortName(title: string): string | undefined {
  const colon = title.indexOf(':');
  if (colon <= 0) return undefined;
  const name = title.slice(0, colon).trim();
  if (name.length === 0 || name.length > 30) return undefined;
  const tokens = name.split(/\s+/);
  if (tokens.length > 3) return undefined;
  // A question or a sentence fragment ("Is Attention All?") is a claim, not a name.
  if (/[?!,;"]/.test(name)) return undefined;
  const connector = /^(of|to|with|for|the|a|an|in|on|and|via|from)$/i;
  const first = tokens[0] ?? '';
  const last = tokens[tokens.length - 1] ?? '';
  if (connector.test(first) || connector.test(last)) return undefined;
  // Names are capitalised or carry a capital/digit somewhere (decoupleQ, semi-PD); every word of
  // a multi-word name is capitalised apart from connectors ("Union of Experts").
  if (tokens.length === 1) return /[\p{Lu}\p{N}]/u.test(name) ? name : undefined;
  const allCapitalised = tokens.every((t) => connector.test(t) || /^[\p{Lu}\p{N}]/u.test(t));
  return allCapitalised ? name : undefined;
}

/** What {@link buildMentionIndex} found: linkable names, and why the others are not linked. */
export interface MentionIndex {
  /** Linkable name → the one paper it names. */
  byName: Map<string, string>;
  /** Each paper's own short name, linkable or not (a paper never mentions itself). */
  nameOf: Map<string, string>;
  /** Names left out, with the reason, for diagnostics and tests. */
  excluded: Map<string, 'stoplist' | 'ambiguous' | 'common word'>;
  /**
   * Linkable names by their first word (longest name first). Scanning looks each word of a text
   * up here instead of running one alternation of every name, which grows with the corpus.
   */
  byFirstWord: Map<string, string[]>;
}

// A name starts a word: one preceded by a hyphen is part of another name ("Drama-Mamba"), and
// so is one preceded by a letter or digit. It ends where no letter/digit follows: "Mamba-based"
// names Mamba, but "Mamba-2", "Mamba+" or "MambaMixer" are other names.
const FIRST_WORD = /^[\p{L}\p{N}]+/u;
/** Tested on the two characters after a candidate name. */
const FOLLOWS = /^(?:[\p{L}\p{N}_]|-\p{N}|\+)/u;
/**
 * `byFirstWord` as a {@link SpanTable} over its keys (values index `lists`), so the scan looks
 * each word of a text up without cutting it out. Built once per index, on first scan.
 */
const firstWordTables = new WeakMap<MentionIndex, { table: SpanTable; lists: string[][] }>();
function firstWordTable(index: MentionIndex): { table: SpanTable; lists: string[][] } {
  let found = firstWordTables.get(index);
  if (found === undefined) {
    found = { table: spanTableOf([...index.byFirstWord.keys()]), lists: [...index.byFirstWord.values()] };
    firstWordTables.set(index, found);
  }
  return found;
}

/**
 * Indexes the short names of the corpus. A name is NOT linkable when
 * - it is in the stoplist (default {@link DEFAULT_STOPLIST});
 * - two or more papers carry it (`Hydra` twice): we cannot tell which one an abstract means, so
 *   neither is linked — documented choice, a wrong link being worse than none;
 * - the corpus text uses it as an ordinary word: its lower-case form occurs as a word in at least
 *   two texts (`FIT` vs "fit"), or the name is an all-caps acronym whose plural occurs in any
 *   text or title (`FPGAs`): acronyms used in the plural are nouns. This rule needs each
 *   paper's `text`; without it only titles are looked at.
 */
export function buildMentionIndex(
  papers: { id: string; title: string; text?: string }[],
  options: { stoplist?: ReadonlySet<string> } = {},
): MentionIndex {
  const stoplist = options.stoplist ?? DEFAULT_STOPLIST;
  const nameOf = new Map<string, string>();
  const holders = new Map<string, string[]>();
  for (const paper of papers) {
    const name = shortName(paper.title);
    if (name === undefined) continue;
    nameOf.set(paper.id, name);
    holders.set(name, [...(holders.get(name) ?? []), paper.id]);
  }
  const wanted = new Set<string>();
  for (const name of holders.keys()) for (const w of commonWordForms(name)) wanted.add(w);
  const words = wordDocCounts(
    // One flat string per paper (`join`, not a concatenation): faster to scan.
    papers.map((p) => [p.title, p.text ?? ''].join('\n')),
    wanted,
  );
  const byName = new Map<string, string>();
  const excluded: MentionIndex['excluded'] = new Map();
  for (const [name, ids] of [...holders].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const id = ids[0];
    if (stoplist.has(name)) excluded.set(name, 'stoplist');
    else if (ids.length > 1 || id === undefined) excluded.set(name, 'ambiguous');
    else if (isCommonWord(name, words)) excluded.set(name, 'common word');
    else byName.set(name, id);
  }
  const byFirstWord = new Map<string, string[]>();
  for (const name of [...byName.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1))) {
    const first = FIRST_WORD.exec(name)?.[0];
    // shortName() only yields names that start with a letter or digit; anything else cannot be
    // found at a word start, so it is simply not linkable.
    if (first === undefined) continue;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), name]);
  }
  return { byName, nameOf, excluded, byFirstWord };
}

/** The words whose use in the corpus would make `name` an ordinary word (see {@link isCommonWord}). */
function commonWordForms(name: string): string[] {
  const forms: string[] = [];
  const lower = name.toLowerCase();
  if (lower !== name) forms.push(lower);
  if (/^[\p{Lu}\p{N}]+$/u.test(name)) forms.push(`${name}s`);
  return forms;
}

function isCommonWord(name: string, words: Map<string, number>): boolean {
  const lower = name.toLowerCase();
  if (lower !== name && (words.get(lower) ?? 0) >= 2) return true;
  // Only acronyms: "FPGAs" makes FPGA a noun, but "FBNets" is a model family, still a name.
  return /^[\p{Lu}\p{N}]+$/u.test(name) && words.has(`${name}s`);
}

/** Each linkable name in `text` with its offset, in text order (the paper's own name skipped). */
function scan(
  index: MentionIndex,
  paperId: string,
  text: string,
): { name: string; id: string; at: number }[] {
  if (index.byFirstWord.size === 0) return [];
  const own = index.nameOf.get(paperId);
  const { table, lists } = firstWordTable(index);
  const found: { name: string; id: string; at: number }[] = [];
  let end = 0;
  forEachWord(text, (start, wordEnd) => {
    if (start < end) return; // inside the name just found
    const before = start > 0 ? text.charCodeAt(start - 1) : 0;
    if (before === 45 || before === 95) return; // after `-` or `_`: part of another name
    const slot = table.find(text, start, wordEnd, spanHash(text, start, wordEnd));
    const candidates = slot < 0 ? undefined : lists[table.value(slot)];
    if (candidates === undefined) return;
    const name = candidates.find(
      (n) => text.startsWith(n, start) && !FOLLOWS.test(text.slice(start + n.length, start + n.length + 2)),
    );
    if (name === undefined) return;
    end = start + name.length;
    const id = index.byName.get(name);
    if (id === undefined || id === paperId || name === own) return;
    found.push({ name, id, at: start });
  });
  return found;
}

/**
 * Ids of the other papers that `text` names, in order of first appearance (so the order is
 * deterministic and matches the order links appear on the page); never `paperId` itself.
 */
export function findMentions(index: MentionIndex, paperId: string, text: string): string[] {
  return [...new Set(scan(index, paperId, text).map((f) => f.id))];
}

/** An abstract with its mentions linked, and whom it mentions. */
export interface LinkedMentions {
  /** New nodes: the first naming of each mentioned paper is a link to it. */
  nodes: PhrasingContent[];
  /** Ids of the papers linked, in order of appearance (never the paper itself). */
  mentions: string[];
}

/**
 * Turns the FIRST occurrence of each mentioned name into a link to that paper, and lists the
 * papers so linked: the mentions a reader sees are exactly the links on the page. Only `text`
 * nodes are split; `link`, `linkReference`, `inlineMath`, `inlineCode` and other leaves are kept
 * as is, and containers (emphasis, strong, delete) are searched inside. The input is not modified.
 */
export function linkAndListMentions(
  nodes: PhrasingContent[],
  index: MentionIndex,
  paperId: string,
  hrefFor: (id: string) => string,
): LinkedMentions {
  const linked = new Set<string>();
  const walk = (list: PhrasingContent[]): PhrasingContent[] =>
    list.flatMap((node): PhrasingContent[] => {
      if (node.type === 'text') return splitText(node, index, paperId, hrefFor, linked);
      if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'delete') {
        return [{ ...node, children: walk(node.children) } as PhrasingContent];
      }
      return [node];
    });
  const out = walk(nodes);
  return { nodes: out, mentions: [...linked] };
}

/** {@link linkAndListMentions} without the list. */
export function linkMentions(
  nodes: PhrasingContent[],
  index: MentionIndex,
  paperId: string,
  hrefFor: (id: string) => string,
): PhrasingContent[] {
  return linkAndListMentions(nodes, index, paperId, hrefFor).nodes;
}

function splitText(
  node: Text,
  index: MentionIndex,
  paperId: string,
  hrefFor: (id: string) => string,
  linked: Set<string>,
): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const hit of scan(index, paperId, node.value)) {
    if (linked.has(hit.id)) continue;
    linked.add(hit.id);
    if (hit.at > from) out.push({ type: 'text', value: node.value.slice(from, hit.at) });
    const link: Link = { type: 'link', url: hrefFor(hit.id), children: [{ type: 'text', value: hit.name }] };
    out.push(link);
    from = hit.at + hit.name.length;
  }
  if (from === 0) return [node];
  if (from < node.value.length) out.push({ type: 'text', value: node.value.slice(from) });
  return out;
}

/**
 * "Mentioned by" lists: for each paper that is mentioned, the sorted, de-duplicated ids of the
 * papers mentioning it. Keys come out sorted too, so the map is the same for any input order.
 */
export function backlinks(mentions: Map<string, string[]>): Map<string, string[]> {
  const by = new Map<string, Set<string>>();
  for (const [from, tos] of mentions) {
    for (const to of tos) {
      if (to === from) continue;
      const set = by.get(to) ?? new Set<string>();
      set.add(from);
      by.set(to, set);
    }
  }
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return new Map([...by].sort(([a], [b]) => cmp(a, b)).map(([to, set]) => [to, [...set].sort(cmp)]));
}
