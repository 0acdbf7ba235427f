import { describe, expect, test } from 'vitest';
import { remarkLinks } from './remark-links';
import { runPlugin, show } from './run-plugin.test-helper';

const cases: [string, string][] = [
  [
    'Code: https://github.com/inEXASCALE/pychop.',
    'Code: <https://github.com/inEXASCALE/pychop|https://github.com/inEXASCALE/pychop>.',
  ],
  // Debris of a lost \href: `{here}` / `{FasterDiffusion}` is dropped, the `.` stays text.
  [
    'available https://github.com/vbdi/divprune{here}.',
    'available <https://github.com/vbdi/divprune|https://github.com/vbdi/divprune>.',
  ],
  [
    'https://github.com/hutaiHang/Faster-Diffusion{FasterDiffusion}.',
    '<https://github.com/hutaiHang/Faster-Diffusion|https://github.com/hutaiHang/Faster-Diffusion>.',
  ],
  // A brace group that is not `{word}` debris is kept as text.
  ['https://a.org/x{a b}', '<https://a.org/x|https://a.org/x>{a b}'],
  // Host with its root dot: kept whole.
  [
    'at https://hf.xwall.us.kg./NexaAIDev/Dolphin. Next',
    'at <https://hf.xwall.us.kg./NexaAIDev/Dolphin|https://hf.xwall.us.kg./NexaAIDev/Dolphin>. Next',
  ],
  ['(https://a.org/x), and', '(<https://a.org/x|https://a.org/x>), and'],
  ['see http://a.org/a_b~c%20d', 'see <http://a.org/a_b~c%20d|http://a.org/a_b~c%20d>'],
  // Never other schemes, never fuzzy links.
  ['javascript:alert(1) [x](javascript:alert(1))', 'javascript:alert(1) [x](javascript:alert(1))'],
  [
    'mailto:a@b.org ftp://a.org //a.org www.a.org a@b.org',
    'mailto:a@b.org ftp://a.org //a.org www.a.org a@b.org',
  ],
];

describe('remark-links', () => {
  test.each(cases)('%s', (input, output) => {
    expect(show(runPlugin(remarkLinks, input))).toBe(output);
  });

  test('a link node has the URL as its only text and no title', () => {
    expect(runPlugin(remarkLinks, 'https://a.org')).toEqual([
      {
        type: 'link',
        url: 'https://a.org',
        title: null,
        children: [{ type: 'text', value: 'https://a.org' }],
      },
    ]);
  });

  test('text already inside a link is not linked again', () => {
    const link = {
      type: 'link' as const,
      url: 'https://a.org',
      children: [{ type: 'text' as const, value: 'https://b.org' }],
    };
    expect(runPlugin(remarkLinks, [link])).toEqual([link]);
  });
});
