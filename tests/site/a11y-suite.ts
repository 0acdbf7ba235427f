/**
 * The accessibility check shared by the two builds' test files (one file per build, so the two
 * run side by side): axe-core finds no WCAG 2.2 A/AA violation on one page of every kind, with
 * the reader's system set to light and then to dark (the site follows it until the reader picks
 * a theme).
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useBrowser, useServer } from '../support/hooks';
import { openPage } from '../support/page';
import { pageKinds, readExport } from '../support/site-data';
import type { SiteBuild } from './dist';

/** The WCAG 2.2 AA rule set (axe tags). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

function describeViolation(scheme: string, v: Result): string {
  const where = v.nodes
    .slice(0, 3)
    .map(
      (n) => `${n.target.join(' ')}${n.failureSummary ? ` — ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    );
  return `[${scheme}] ${v.id} (${v.impact ?? 'n/a'}, ${v.nodes.length} nodes): ${v.help}\n    ${where.join('\n    ')}`;
}

/** Violations on `page` as it is now. Legacy mode runs axe in the page itself: no frames here. */
async function violations(page: Page, scheme: string): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    .options({ resultTypes: ['violations'] })
    .setLegacyMode(true)
    .analyze();
  // Rules did run (an empty page or a failed injection would pass nothing).
  expect(results.passes.length + results.incomplete.length).toBeGreaterThan(10);
  return results.violations.map((v) => describeViolation(scheme, v));
}

/** Register the accessibility tests of `build` (call at the top level of a test file). */
export function describeAccessibility(build: SiteBuild): void {
  const browser = useBrowser();
  describe(`accessibility of the ${build.name}`, () => {
    const server = useServer(build);
    test.each(pageKinds(readExport(build), build.base))(
      '$kind page ($path): no WCAG 2.2 AA violation in the light or the dark scheme',
      async ({ path }) => {
        const opened = await openPage(browser(), server().url(path), { colorScheme: 'light' });
        try {
          const light = await violations(opened.page, 'light');
          await opened.page.emulateMedia({ colorScheme: 'dark' });
          const dark = await violations(opened.page, 'dark');
          expect([...light, ...dark]).toEqual([]);
        } finally {
          await opened.close();
        }
      },
    );
  });
}
