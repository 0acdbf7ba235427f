import { describe, expect, test } from 'vitest';
import { parseListingsConfig, statedYears } from './listings-config';

describe('listings.yaml', () => {
  test('reads names, descriptions and years', () => {
    const config = parseListingsConfig(
      '002_abc:\n  name: Efficient models\n  year: 2025\n003_def:\n  description: x\n',
    );
    expect(config['002_abc']?.name).toBe('Efficient models');
    expect(statedYears(config)).toEqual({ '002_abc': 2025 });
  });
  test('an empty file is no settings', () => {
    expect(parseListingsConfig('')).toEqual({});
  });
  test('a typo is reported with its path', () => {
    expect(() => parseListingsConfig('002_abc:\n  yaer: 2025\n')).toThrow(/002_abc/);
    expect(() => parseListingsConfig('002_abc:\n  year: "soon"\n')).toThrow(/002_abc\.year/);
  });
});
