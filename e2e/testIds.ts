export { TEST_IDS } from '../src/ui/testIds.ts';
