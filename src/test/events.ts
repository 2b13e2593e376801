/**
 * One line of `go test -json` (cmd/test2json's TestEvent). Pure.
 *
 * Fields by Go version: Action start from 1.20; build-output / build-fail
 * events (ImportPath) and FailedBuild on a package's fail event from 1.24;
 * OutputType ("frame", "error", "error-continue") on output events from 1.27.
 * Before 1.24 a build failure is plain text: compiler errors on stderr and a
 * bare `FAIL\t<pkg> [build failed]` line on stdout (up to 1.21), so a line that is
 * not an event is kept as text, never an error.
 */
export interface TestEvent {
  Time?: string;
  Action: string;
  Package?: string;
  Test?: string;
  Elapsed?: number;
  Output?: string;
  /** build-output / build-fail (Go 1.24+): the package being built, e.g. `p [p.test]`. */
  ImportPath?: string;
  /** On a package's fail event (Go 1.24+): the ImportPath whose build failed. */
  FailedBuild?: string;
  /** Go 1.27+: "frame" for ===/--- lines, "error" for t.Error output, "error-continue". */
  OutputType?: string;
}

/** The event a line holds, or undefined when it is not one (plain text from go itself). */
export function parseEvent(line: string): TestEvent | undefined {
  const text = line.trim();
  if (!text.startsWith('{') || !text.endsWith('}')) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const v = value as Record<string, unknown>;
  if (typeof v['Action'] !== 'string') return undefined;
  const str = (k: string) => (typeof v[k] === 'string' ? v[k] : undefined);
  return {
    Time: str('Time'),
    Action: v['Action'],
    Package: str('Package'),
    Test: str('Test'),
    Elapsed: typeof v['Elapsed'] === 'number' ? v['Elapsed'] : undefined,
    Output: str('Output'),
    ImportPath: str('ImportPath'),
    FailedBuild: str('FailedBuild'),
    OutputType: str('OutputType')
  };
}
