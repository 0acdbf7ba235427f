/**
 * Site-wide accessibility of the main build (`dist/`): see `a11y-suite.ts`.
 */
import { describeAccessibility } from './a11y-suite';
import { MAIN_BUILD } from './dist';

describeAccessibility(MAIN_BUILD);
