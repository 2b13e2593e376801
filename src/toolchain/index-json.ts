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
  /** 'archive', 'installer' or 'source' (kept open: go.dev may add kinds). */
  kind: string;
}

export class IndexError extends Error {}

/** Validates the shape of a parsed index, keeping only well-formed entries (every GoFile field typed). */
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
  for (const entry of data as unknown[]) {
    if (!entry || typeof entry !== 'object') continue;
    const e = entry as Record<string, unknown>;
    if (typeof e.version !== 'string' || !Array.isArray(e.files)) continue;
    const files = (e.files as unknown[]).filter(isGoFile);
    releases.push({ version: e.version, stable: e.stable === true, files });
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
    typeof o.version === 'string' &&
    typeof o.sha256 === 'string' &&
    typeof o.size === 'number' &&
    typeof o.kind === 'string'
  );
}

export function indexUrl(base: string): string {
  return `${base}/?mode=json&include=all`;
}
