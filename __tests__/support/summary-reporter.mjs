/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, that any CI
 * log reader understands (Jest's own summary is formatted for people). It is
 * written at exit so it comes after Jest's summary, as the last line.
 */
export default class SummaryReporter {
  /**
   * @param {unknown} _contexts
   * @param {{ numPassedTests: number; numFailedTests: number; numPendingTests: number; numTodoTests: number }} results
   *   the parts of Jest's AggregatedResult used here
   */
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    const line = `${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped`;
    process.once('exit', () => process.stderr.write(`\n${line}\n`));
  }
}
