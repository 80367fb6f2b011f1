/** Moved to `../testkit/` (shared by every engine module's tests); kept while other tests still import this path. */
export { alsfrsOriginalFixture, alsfrsrFixture, alsfrsrFromItems, caseFixture } from '../testkit/alsfrs.js';
