/** Routing tests (`kind: Test`): run them against a loaded scenario, rebuild a failing request's trace. */
export { runTests, runTest, traceTestRequest, type TracedTestRequest } from './runTests.ts';
export { runScenarioTests, type ScenarioTestRun } from './runScenarioTests.ts';
export { startTest, type TestStepper } from './stepTest.ts';
export type { AssertionResult, TestReport, TestResult } from './types.ts';
