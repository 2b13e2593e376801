/**
 * The image inputs (image, image-base, image-entrypoint, image-user,
 * image-labels, image-layout, registry-username, registry-password), parsed
 * and checked before anything runs. Pure: each bad value is one InputError
 * line naming the input, the value and what is accepted.
 */
import { formatTarget, type Target } from '../targets/parse.js';
import { InputError } from './errors.js';

/** A parsed image reference: where it lives and which tag or digest. */
export interface ImageReference {
  /** The registry as written (docker.io when none was), e.g. ghcr.io, 127.0.0.1:5000. */
  registry: string;
  /** Repository path, e.g. owner/app (library/alpine on Docker Hub). */
  repository: string;
  tag?: string;
  /** sha256:<64 hex>. */
  digest?: string;
}

export interface ImageInputs {
  /** Where to push: one or more references (tags) of one repository or several. */
  refs: ImageReference[];
  /** image-base, pinned by digest; undefined for scratch. */
  base?: ImageReference;
  /** Absolute path of the binary in the image (image-entrypoint); default /<name>. */
  entrypoint?: string;
  /** image-user; default the base's user, or 65532 on scratch. */
  user?: string;
  labels: Record<string, string>;
  /** image-layout: a directory to write an OCI image layout into. */
  layout?: string;
  username?: string;
  password?: string;
}

const DOMAIN_PART = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `(?:${DOMAIN_PART}(?:\\.${DOMAIN_PART})*|\\[[0-9A-Fa-f:.]+\\])(?::[0-9]{1,5})?`;
const PATH_PART = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const TAG = '[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}';
const DIGEST = 'sha256:[a-f0-9]{64}';
/** distribution/reference's grammar (sha256 digests only). */
const REFERENCE = new RegExp(
  `^(?:(${DOMAIN})/)?(${PATH_PART}(?:/${PATH_PART})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`
);

const ACCEPTED_REF =
  'accepted: [registry/]repository[:tag][@sha256:<64 hex>], e.g. ghcr.io/owner/app:1.2.3';

/**
 * Parses one reference as docker does: a first component with a dot, a colon
 * or `localhost` is the registry, else Docker Hub (library/ for one component).
 */
export function parseImageReference(raw: string, inputName = 'image'): ImageReference {
  const value = raw.trim();
  const m = REFERENCE.exec(value);
  const bad = (why: string) =>
    new InputError(`${inputName} "${raw}" is not an image reference (${why}); ${ACCEPTED_REF}`);
  if (!m) {
    if (/[A-Z]/.test(value.split(/[:@]/)[0].split('/').slice(1).join('/')))
      throw bad('repository names are lower case');
    throw bad('invalid characters or shape');
  }
  let domain: string | undefined = m[1];
  let path = m[2];
  const [, , , tag, digest] = m;
  if (domain && !/[.:]/.test(domain) && domain !== 'localhost' && !domain.startsWith('[')) {
    // docker's rule: "owner/app" is a repository on Docker Hub, not a host named owner.
    path = `${domain}/${path}`;
    domain = undefined;
  }
  const registry = domain ?? 'docker.io';
  if (registry === 'docker.io' && !path.includes('/')) path = `library/${path}`;
  if (path.length + registry.length + 1 > 255) throw bad('the name is longer than 255 characters');
  if (!tag && !digest) return { registry, repository: path, tag: 'latest' };
  return { registry, repository: path, ...(tag ? { tag } : {}), ...(digest ? { digest } : {}) };
}

/** The reference as one line: registry/repository[:tag][@digest]. */
export function formatReference(ref: ImageReference): string {
  return `${ref.registry}/${ref.repository}${ref.tag ? `:${ref.tag}` : ''}${ref.digest ? `@${ref.digest}` : ''}`;
}

const USER = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,63})?$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,254}$/;

/**
 * The image inputs from raw values (already trimmed; lists one item a line).
 * `targets` and `building` are the step's: an image holds linux binaries the
 * step builds, so anything else is refused here, before any work.
 */
export function parseImageInputs(
  raw: Record<string, string>,
  targets: Target[],
  building: boolean
): ImageInputs | undefined {
  const refs = listItems(raw['image'] ?? '').map(r => parseImageReference(r, 'image'));
  const layout = raw['image-layout'] || undefined;
  const related = [
    'image-base',
    'image-entrypoint',
    'image-user',
    'image-labels',
    'registry-username',
    'registry-password'
  ].filter(n => raw[n]);
  if (!refs.length && !layout) {
    if (related.length)
      throw new InputError(
        `${related[0]} is set but image is empty; set image (and/or image-layout) to build an image`
      );
    return undefined;
  }
  const what = refs.length ? 'image' : 'image-layout';
  if (!building)
    throw new InputError(
      `${what} is set but build is empty; the image holds the binaries the step builds, so set build`
    );
  for (const ref of refs)
    if (ref.digest)
      throw new InputError(
        `image "${formatReference(ref)}" names a digest; give tags to push to (the digest is an output)`
      );
  for (const t of targets)
    if (t.goos !== 'linux')
      throw new InputError(
        `${what}: target ${formatTarget(t)} is not linux; container images here hold linux binaries only (remove it from target, or build it in another step)`
      );

  let base: ImageReference | undefined;
  const baseRaw = raw['image-base'] ?? '';
  if (baseRaw && baseRaw !== 'scratch') {
    base = parseImageReference(baseRaw, 'image-base');
    if (!base.digest)
      throw new InputError(
        `image-base "${baseRaw}" is not pinned by digest; accepted: scratch, or <ref>@sha256:<64 hex> (e.g. gcr.io/distroless/static-debian12@sha256:…)`
      );
  }

  const entrypoint = raw['image-entrypoint'] || undefined;
  if (
    entrypoint !== undefined &&
    (!entrypoint.startsWith('/') ||
      entrypoint.endsWith('/') ||
      entrypoint.split('/').some(p => p === '.' || p === '..') ||
      /\/\/|[\\\u0000-\u001f]/.test(entrypoint) ||
      entrypoint.length > 255)
  )
    throw new InputError(
      `image-entrypoint "${entrypoint}" is not an absolute file path; accepted: /name or /dir/name (no .., no trailing /), e.g. /usr/local/bin/app`
    );

  const user = raw['image-user'] || undefined;
  if (user !== undefined && !USER.test(user))
    throw new InputError(
      `image-user "${user}" is not a user; accepted: uid, name, uid:gid or name:group (e.g. 65532, nonroot:nonroot)`
    );

  const labels: Record<string, string> = {};
  for (const item of listItems(raw['image-labels'] ?? '')) {
    const eq = item.indexOf('=');
    const key = eq > 0 ? item.slice(0, eq).trim() : '';
    if (!LABEL_KEY.test(key))
      throw new InputError(
        `image-labels "${item}" is not key=value; accepted: one label a line, e.g. org.opencontainers.image.licenses=MIT`
      );
    labels[key] = item.slice(eq + 1).trim();
  }

  const username = raw['registry-username'] || undefined;
  const password = raw['registry-password'] || undefined;
  if (!!username !== !!password)
    throw new InputError(
      `${username ? 'registry-password' : 'registry-username'} is empty but ${username ? 'registry-username' : 'registry-password'} is set; set both (GHCR: github.actor and github.token) or neither`
    );
  return { refs, base, entrypoint, user, labels, layout, username, password };
}

function listItems(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map(s => s.trim())
    .filter(Boolean);
}
