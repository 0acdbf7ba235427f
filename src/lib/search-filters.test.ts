import { describe, expect, it } from 'vitest';
import { filterTotals, paperFilterValues } from './search-filters';

const mamba = paperFilterValues({
  paper: { year: 2023, organisation: { name: 'CMU' } },
  tags: [{ name: 'State-space models' }, { name: 'Efficient attention' }],
  collections: [{ name: 'Week 1' }, { name: 'Week 1' }],
});
const undated = paperFilterValues({ paper: {}, tags: [{ name: 'State-space models' }], collections: [] });

describe('search filters', () => {
  it('gives each paper its tag names, year, collection names and organisation', () => {
    expect(mamba).toEqual({
      tag: ['State-space models', 'Efficient attention'],
      year: ['2023'],
      collection: ['Week 1', 'Week 1'],
      organisation: ['CMU'],
    });
    expect(undated).toEqual({ tag: ['State-space models'], year: [], collection: [], organisation: [] });
  });

  it('counts papers per value, each paper once', () => {
    expect(filterTotals([mamba, undated])).toEqual({
      tag: { 'State-space models': 2, 'Efficient attention': 1 },
      year: { '2023': 1 },
      collection: { 'Week 1': 1 },
      organisation: { CMU: 1 },
    });
  });
});
