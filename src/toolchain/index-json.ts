/** The go.dev download index (`<base>/?mode=json&include=all`), newest first. */
export interface GoRelease {
  version: string;
  stable: boolean;
  files: GoFile[];
}

export interface GoFile {
  filename: string;
  os: string;
  arch: string;
  version: string;
  sha256: string;
  size: number;
  kind: 'archive' | 'installer' | 'source' | string;
}

export class IndexError extends Error {}

/** Validates the shape of a parsed index, keeping only well-formed entries. */
export function parseIndex(body: string, source: string): GoRelease[] {
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch {
    throw new IndexError(`the Go download index at ${source} is not JSON`);
  }
  if (!Array.isArray(data))
    throw new IndexError(`the Go download index at ${source} is not a JSON array`);
  const releases: GoRelease[] = [];
  for (const entry of data) {
    if (!entry || typeof entry.version !== 'string' || !Array.isArray(entry.files)) continue;
    const files = (entry.files as unknown[]).filter(isGoFile);
    releases.push({ version: entry.version, stable: entry.stable === true, files });
  }
  return releases;
}

function isGoFile(f: unknown): f is GoFile {
  if (!f || typeof f !== 'object') return false;
  const o = f as Record<string, unknown>;
  return (
    typeof o.filename === 'string' &&
    typeof o.os === 'string' &&
    typeof o.arch === 'string' &&
    typeof o.sha256 === 'string' &&
    typeof o.kind === 'string'
  );
}

export function indexUrl(base: string): string {
  return `${base}/?mode=json&include=all`;
}
