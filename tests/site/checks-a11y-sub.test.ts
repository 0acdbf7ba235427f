/**
 * Site-wide accessibility of the build served under `/sub/`: see `a11y-suite.ts`.
 */
import { describeAccessibility } from './a11y-suite';
import { SUB_BUILD } from './dist';

describeAccessibility(SUB_BUILD);
