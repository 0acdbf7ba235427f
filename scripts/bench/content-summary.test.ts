import { describe, expect, it } from 'vitest';
import { parseContentSummary, parsePagefindLog } from './content-summary';

const OUTPUT = `content: parse done in 0.1 s
content: 45 files, 26761 entries → 26000 papers (761 merged duplicates), 0 diagnostics; pages: 26000 written, 0 unchanged, 0 removed; 81.73 s (parse 377 ms, infer-year 1024 ms, merge 3578 ms, slug 6320 ms, normalise 9652 ms, frontmatter 2112 ms, cross-link 28105 ms, write 19477 ms)
tags: 25114 of 26000 papers tagged; 886 untagged`;

describe('parseContentSummary', () => {
  it('reads counts, the run time and every stage timing in order', () => {
    const s = parseContentSummary(OUTPUT);
    expect(s).toMatchObject({
      files: 45,
      entries: 26761,
      papers: 26000,
      diagnostics: 0,
      written: 26000,
      unchanged: 0,
      removed: 0,
      totalMs: 81730,
    });
    expect(Object.keys(s?.stages ?? {})).toEqual([
      'parse',
      'infer-year',
      'merge',
      'slug',
      'normalise',
      'frontmatter',
      'cross-link',
      'write',
    ]);
    expect(s?.stages['cross-link']).toBe(28105);
  });

  it('reads a warm run and singular counts', () => {
    const s = parseContentSummary(
      'content: 1 file, 1 entries → 1 papers (0 merged duplicates), 1 diagnostic; pages: 0 written, 1 unchanged, 2 removed; 0.05 s (parse 0 ms)',
    );
    expect(s).toMatchObject({
      files: 1,
      diagnostics: 1,
      written: 0,
      unchanged: 1,
      removed: 2,
      stages: { parse: 0 },
    });
  });

  it('is undefined when the summary line is missing (a crashed run)', () => {
    expect(parseContentSummary('Error: boom')).toBeUndefined();
  });
});

describe('parsePagefindLog', () => {
  it("reads the site integration's timing line", () => {
    const log =
      '12:00:01 [paper-atlas:pagefind] indexed 26000 pages into pagefind/ (26712 files) in 35210 ms';
    expect(parsePagefindLog(log)).toEqual({ pages: 26000, files: 26712, ms: 35210 });
    const newer =
      '[paper-atlas:pagefind] indexed 26000 of 26883 HTML pages into pagefind/ (26510 files, 45296 KiB) in 68297 ms';
    expect(parsePagefindLog(newer)).toEqual({ pages: 26000, files: 26510, ms: 68297 });
    expect(parsePagefindLog('[build] Complete!')).toBeUndefined();
  });
});
