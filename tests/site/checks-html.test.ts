/**
 * Site-wide: every HTML file of each build is valid HTML with zero html-validate errors under the
 * project's `.htmlvalidate.mjs` (the `recommended` preset; the file says which rules are adjusted
 * and why).
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { HtmlValidate, StaticConfigLoader, type ConfigData } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { filesUnder, SITE_BUILDS } from './dist';

let validator: HtmlValidate;
beforeAll(async () => {
  const file = pathToFileURL(resolve('.htmlvalidate.mjs')).href;
  const config = ((await import(file)) as { default: ConfigData }).default;
  validator = new HtmlValidate(new StaticConfigLoader(config));
});

describe.each(SITE_BUILDS)('HTML of the $name', (build) => {
  test('every page validates with no error', async () => {
    const files = filesUnder(build.dir, '.html');
    expect(files.length).toBeGreaterThan(262);
    const problems: string[] = [];
    for (const file of files) {
      const report = await validator.validateString(readFileSync(join(build.dir, file), 'utf8'), file);
      for (const result of report.results)
        for (const m of result.messages)
          problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(problems.slice(0, 40)).toEqual([]);
    expect(problems.length).toBe(0);
  }, 120_000);

  test('the validator reports broken markup (so a clean run means something)', async () => {
    const report = await validator.validateString(
      '<!DOCTYPE html><html lang="en"><head><title>t</title></head><body><div><p>x</div><img src="a.png"></body></html>',
      'broken.html',
    );
    expect(report.valid).toBe(false);
  });
});
