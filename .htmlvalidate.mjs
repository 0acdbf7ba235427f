/**
 * html-validate settings for the built site, used by `tests/site/checks-html.test.ts` (and by
 * `npx html-validate dist` by hand). The `recommended` preset — conformance plus good practice —
 * with two rules adjusted for what this site must publish:
 */
export default {
  root: true,
  extends: ['html-validate:recommended'],
  rules: {
    // Off: a paper's page title is its full title (most run past 70 characters); cutting it would
    // hide words readers search their history and bookmarks for. The limit is an SEO heuristic.
    'long-title': 'off',
    // Kept, with the properties whose values are data and cannot be classes: KaTeX's per-glyph box
    // metrics (height, vertical-align, top, margins, widths) and the tag cloud's size per tag.
    // CSS variables (`--w` of the year bars) are allowed by the rule's default.
    'no-inline-style': [
      'error',
      {
        allowedProperties: [
          'display',
          'height',
          'vertical-align',
          'top',
          'margin-right',
          'margin-left',
          'width',
          'min-width',
          'padding-left',
          'border-bottom-width',
          'font-size',
        ],
      },
    ],
  },
};
