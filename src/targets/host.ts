/** Node's names for the runner's OS, in Go's words (process.platform -> GOOS). */
export const NODE_PLATFORM_TO_GOOS: Record<string, string> = {
  linux: 'linux',
  darwin: 'darwin',
  win32: 'windows',
  freebsd: 'freebsd'
};

/** Node's names for the runner's CPU, in Go's words (process.arch -> GOARCH). */
export const NODE_ARCH_TO_GOARCH: Record<string, string> = {
  x64: 'amd64',
  arm64: 'arm64',
  ia32: '386',
  arm: 'arm',
  ppc64: 'ppc64le',
  s390x: 's390x',
  riscv64: 'riscv64',
  loong64: 'loong64'
};
