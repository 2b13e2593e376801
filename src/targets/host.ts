/** Node's names for the runner's OS, in Go's words (process.platform -> GOOS). */
export const NODE_PLATFORM_TO_GOOS: Record<string, string> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd'
};
