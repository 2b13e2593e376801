/**
 * Prints one plain closing line, `N passed, N failed, N skipped`, that any CI
 * log reader understands (Jest's own summary is formatted for people).
 */
export default class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results;
    process.stderr.write(
      `\n${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    );
  }
}
