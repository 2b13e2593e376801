/**
 * A small client for the OCI distribution API (distribution-spec spec.md):
 * blobs (HEAD, monolithic POST+PUT upload, cross-repository mount, GET) and
 * manifests (PUT, GET), with the registries' auth (a 401's WWW-Authenticate:
 * Bearer -> a token from the realm, or Basic), retries on 5xx, 429 and
 * resets within a deadline, a byte cap on every body read, and secrets
 * masked and never logged. https, except to a loopback registry.
 */
import * as core from '@actions/core';
import { isLoopbackHost } from '../inputs/parse.js';
import { parseChallenge, tokenUrl, type Challenge } from './auth.js';
import type { CredentialResult } from './credentials.js';
import { MANIFEST_ACCEPT } from './media.js';
import { sha256 } from './layer.js';

export class RegistryError extends Error {
  constructor(
    message: string,
    readonly retryable = false,
    readonly status?: number
  ) {
    super(message);
  }
}

export interface ClientOptions {
  /** Looks up the credential for this registry (once, when a challenge asks). */
  credentials: () => Promise<CredentialResult>;
  /** performance.now() after which nothing more is tried. */
  deadline: number;
  /** Attempts per request on a retryable failure (default 4). */
  attempts?: number;
  /** First backoff in ms (doubles). */
  backoffMs?: number;
  log?: (line: string) => void;
}

export interface Stats {
  requests: number;
  /** Request body bytes sent (blobs and manifests). */
  bytesUp: number;
  bytesDown: number;
  /** Blobs already present (HEAD 200), mounted, uploaded. */
  present: number;
  mounted: number;
  uploaded: number;
}

interface Req {
  method: 'GET' | 'HEAD' | 'POST' | 'PUT';
  /** Path under the registry (/v2/...) or an absolute URL (an upload Location). */
  url: string;
  /** The scopes this request needs, e.g. repository:owner/app:pull,push. */
  scopes: string[];
  headers?: Record<string, string>;
  body?: Buffer;
  /** Cap on the response body. */
  maxBytes: number;
  /** Statuses that are answers, not failures. */
  ok: number[];
  what: string;
  /** false: the caller retries a larger unit (an upload's POST + PUT). */
  retry?: boolean;
}

interface Res {
  status: number;
  headers: Headers;
  body: Buffer;
  url: string;
}

const MAX_REDIRECTS = 5;
/** distribution's own limit on a manifest is 4 MiB. */
export const MANIFEST_CAP = 4 << 20;

/** The API host of a registry name (Docker Hub's is registry-1.docker.io). */
export function apiHost(registry: string): string {
  return registry === 'docker.io' ? 'registry-1.docker.io' : registry;
}

export function registryOrigin(registry: string): string {
  const host = apiHost(registry);
  const bare = host.replace(/:[0-9]+$/, '').replace(/^\[|\]$/g, '');
  return `${isLoopbackHost(bare) ? 'http' : 'https'}://${host}`;
}

export class RegistryClient {
  readonly origin: string;
  readonly stats: Stats = {
    requests: 0,
    bytesUp: 0,
    bytesDown: 0,
    present: 0,
    mounted: 0,
    uploaded: 0
  };
  private authHeader = new Map<string, string>();
  private challenge?: Challenge;
  private cred?: Promise<CredentialResult>;

  constructor(
    readonly registry: string,
    private readonly opts: ClientOptions
  ) {
    this.origin = registryOrigin(registry);
  }

  /** HEAD a blob: true when the repository has it. */
  async hasBlob(repo: string, digest: string): Promise<boolean> {
    const res = await this.send({
      method: 'HEAD',
      url: `/v2/${repo}/blobs/${digest}`,
      scopes: [scope(repo, 'pull,push')],
      maxBytes: 0,
      ok: [200, 404],
      what: `HEAD blob ${digest} in ${repo}`
    });
    return res.status === 200;
  }

  /**
   * Makes sure `repo` has the blob: HEAD (skip when present), else a mount
   * from `mountFrom` on the same registry, else POST + PUT of the bytes.
   */
  async ensureBlob(
    repo: string,
    digest: string,
    bytes: () => Promise<Buffer>,
    mountFrom?: string
  ): Promise<'present' | 'mounted' | 'uploaded'> {
    if (await this.hasBlob(repo, digest)) {
      this.stats.present++;
      return 'present';
    }
    return this.retrying(`upload of ${digest} to ${repo}`, async () => {
      let location: string | undefined;
      if (mountFrom && mountFrom !== repo) {
        const res = await this.send({
          method: 'POST',
          url: `/v2/${repo}/blobs/uploads/?mount=${encodeURIComponent(digest)}&from=${encodeURIComponent(mountFrom)}`,
          scopes: [scope(repo, 'pull,push'), scope(mountFrom, 'pull')],
          maxBytes: 1 << 16,
          ok: [201, 202],
          what: `mount of ${digest} from ${mountFrom} into ${repo}`,
          retry: false
        });
        if (res.status === 201) {
          this.stats.mounted++;
          return 'mounted';
        }
        location = res.headers.get('location') ?? undefined;
      }
      if (!location) {
        const res = await this.send({
          method: 'POST',
          url: `/v2/${repo}/blobs/uploads/`,
          scopes: [scope(repo, 'pull,push')],
          maxBytes: 1 << 16,
          ok: [202],
          what: `upload start for ${digest} in ${repo}`,
          retry: false
        });
        location = res.headers.get('location') ?? undefined;
        if (!location)
          throw new RegistryError(
            `${this.registry}: upload start for ${repo} answered no Location`
          );
      }
      const body = await bytes();
      const put = new URL(location, this.origin);
      put.searchParams.set('digest', digest);
      const res = await this.send({
        method: 'PUT',
        url: put.toString(),
        scopes: [scope(repo, 'pull,push')],
        headers: { 'content-type': 'application/octet-stream' },
        body,
        maxBytes: 1 << 16,
        ok: [201],
        what: `upload of ${digest} to ${repo}`,
        retry: false
      });
      const answered = res.headers.get('docker-content-digest');
      if (answered && answered !== digest)
        throw new RegistryError(
          `${this.registry} answered digest ${answered} for the blob pushed as ${digest} to ${repo}`
        );
      this.stats.uploaded++;
      return 'uploaded';
    });
  }

  /** PUT a manifest or index under a tag or its digest; checks the digest the registry answers. */
  async putManifest(
    repo: string,
    reference: string,
    mediaType: string,
    bytes: Buffer
  ): Promise<void> {
    const digest = sha256(bytes);
    const res = await this.send({
      method: 'PUT',
      url: `/v2/${repo}/manifests/${reference}`,
      scopes: [scope(repo, 'pull,push')],
      headers: { 'content-type': mediaType },
      body: bytes,
      maxBytes: 1 << 16,
      ok: [201],
      what: `PUT manifest ${reference} in ${repo}`
    });
    const answered = res.headers.get('docker-content-digest');
    if (answered && answered !== digest)
      throw new RegistryError(
        `${this.registry} answered digest ${answered} for the manifest pushed as ${digest} to ${repo}:${reference}; nothing more is tagged`
      );
  }

  /** GET a manifest; when `reference` is a digest, the bytes must hash to it. */
  async getManifest(
    repo: string,
    reference: string
  ): Promise<{ bytes: Buffer; mediaType: string; digest: string }> {
    const res = await this.send({
      method: 'GET',
      url: `/v2/${repo}/manifests/${reference}`,
      scopes: [scope(repo, 'pull')],
      headers: { accept: MANIFEST_ACCEPT },
      maxBytes: MANIFEST_CAP,
      ok: [200],
      what: `GET manifest ${reference} from ${repo}`
    });
    const digest = sha256(res.body);
    if (reference.startsWith('sha256:') && digest !== reference)
      throw new RegistryError(
        `${this.registry} answered a manifest with digest ${digest} for ${repo}@${reference}`
      );
    let mediaType = (res.headers.get('content-type') ?? '').split(';')[0].trim();
    try {
      mediaType =
        (JSON.parse(res.body.toString('utf8')) as { mediaType?: string }).mediaType || mediaType;
    } catch {
      throw new RegistryError(`${this.registry}: manifest ${repo}@${reference} is not JSON`);
    }
    return { bytes: res.body, mediaType, digest };
  }

  /** GET a blob of a known size and digest (the bytes are checked against both). */
  async getBlob(repo: string, digest: string, size: number): Promise<Buffer> {
    const res = await this.send({
      method: 'GET',
      url: `/v2/${repo}/blobs/${digest}`,
      scopes: [scope(repo, 'pull')],
      maxBytes: size,
      ok: [200],
      what: `GET blob ${digest} from ${repo}`
    });
    if (res.body.length !== size || sha256(res.body) !== digest)
      throw new RegistryError(
        `${this.registry} answered a blob with digest ${sha256(res.body)} (${res.body.length} bytes) for ${repo}@${digest} (${size} bytes)`
      );
    return res.body;
  }

  /** One request with auth and retries (the unit a retry repeats). */
  private send(req: Req): Promise<Res> {
    return req.retry === false ? this.once(req) : this.retrying(req.what, () => this.once(req));
  }

  private async retrying<T>(what: string, fn: () => Promise<T>): Promise<T> {
    const attempts = this.opts.attempts ?? 4;
    let wait = this.opts.backoffMs ?? 250;
    for (let i = 1; ; i++) {
      try {
        return await fn();
      } catch (e) {
        const err = e instanceof RegistryError ? e : new RegistryError(String(e), true);
        if (!err.retryable || i >= attempts || performance.now() + wait >= this.opts.deadline)
          throw err;
        this.opts.log?.(`${what}: ${err.message}; trying again in ${wait} ms (${i}/${attempts})`);
        await new Promise(r => setTimeout(r, wait));
        wait *= 2;
      }
    }
  }

  /** One request: with the auth this scope has, once more after a challenge is answered. */
  private async once(req: Req): Promise<Res> {
    const key = req.scopes.join(' ');
    let res = await this.fetchFollowing(req, this.authHeader.get(key));
    if (res.status === 401) {
      await this.authorize(req, res.headers.get('www-authenticate'));
      res = await this.fetchFollowing(req, this.authHeader.get(key));
      if (res.status === 401) throw await this.authError(req, 401);
    }
    if (res.status === 403) throw await this.authError(req, 403);
    if (!req.ok.includes(res.status)) {
      const retryable = res.status >= 500 || res.status === 429 || res.status === 408;
      throw new RegistryError(
        `${this.registry}: ${req.what} answered HTTP ${res.status}${errorCode(res.body)}`,
        retryable,
        res.status
      );
    }
    return res;
  }

  private async authError(req: Req, status: number): Promise<RegistryError> {
    const cred = await this.credential();
    const tried = cred.credential
      ? `credentials from ${cred.source}`
      : `no credentials (${cred.source})`;
    const verb = status === 401 ? 'refused' : 'denied';
    return new RegistryError(
      `${this.registry} ${verb} ${req.what} (HTTP ${status}) with ${tried}`,
      false,
      status
    );
  }

  private credential(): Promise<CredentialResult> {
    this.cred ??= this.opts.credentials();
    return this.cred;
  }

  /** Answers a 401's challenge: a Bearer token for the request's scopes, or Basic. */
  private async authorize(req: Req, header: string | null): Promise<void> {
    const challenge = parseChallenge(header) ?? this.challenge;
    if (!challenge) throw await this.authError(req, 401);
    this.challenge = challenge;
    const key = req.scopes.join(' ');
    const cred = (await this.credential()).credential;
    const basic = cred
      ? `Basic ${Buffer.from(`${cred.username}:${cred.password}`).toString('base64')}`
      : undefined;
    if (challenge.scheme === 'basic') {
      if (!basic) throw await this.authError(req, 401);
      this.authHeader.set(key, basic);
      return;
    }
    if (challenge.scheme !== 'bearer' || !challenge.params['realm'])
      throw new RegistryError(`${this.registry}: unsupported auth challenge ${challenge.scheme}`);
    const url = tokenUrl(challenge, req.scopes);
    checkUrl(url, this.registry, 'token realm');
    const res = await this.fetchOnce(
      'GET',
      url,
      basic ? { authorization: basic } : {},
      undefined,
      1 << 20
    );
    if (res.status === 401 || res.status === 403) throw await this.authError(req, res.status);
    if (res.status !== 200)
      throw new RegistryError(
        `${this.registry}: token service ${new URL(url).host} answered HTTP ${res.status}`,
        res.status >= 500 || res.status === 429
      );
    let token: string | undefined;
    try {
      const body = JSON.parse(res.body.toString('utf8')) as {
        token?: string;
        access_token?: string;
      };
      token = body.token || body.access_token;
    } catch {
      // handled below
    }
    if (!token) throw new RegistryError(`${this.registry}: token service answered no token`);
    core.setSecret(token);
    this.authHeader.set(key, `Bearer ${token}`);
  }

  /** A request, following redirects for GET/HEAD (Authorization kept on the same origin only). */
  private async fetchFollowing(req: Req, auth: string | undefined): Promise<Res> {
    let url = new URL(req.url, this.origin).toString();
    for (let hop = 0; ; hop++) {
      checkUrl(url, this.registry, req.what);
      const sameOrigin = new URL(url).origin === this.origin;
      const headers: Record<string, string> = { ...req.headers };
      if (auth && sameOrigin) headers['authorization'] = auth;
      const res = await this.fetchOnce(req.method, url, headers, req.body, req.maxBytes);
      const location = res.headers.get('location');
      if (
        (req.method === 'GET' || req.method === 'HEAD') &&
        [301, 302, 303, 307, 308].includes(res.status) &&
        location
      ) {
        if (hop >= MAX_REDIRECTS)
          throw new RegistryError(
            `${this.registry}: ${req.what} redirects more than ${MAX_REDIRECTS} times`
          );
        url = new URL(location, url).toString();
        continue;
      }
      return res;
    }
  }

  private async fetchOnce(
    method: string,
    url: string,
    headers: Record<string, string>,
    body: Buffer | undefined,
    maxBytes: number
  ): Promise<Res> {
    const left = this.opts.deadline - performance.now();
    if (left <= 0)
      throw new RegistryError(
        `${this.registry}: the image push did not finish before its deadline`
      );
    this.stats.requests++;
    const host = new URL(url).host;
    let res: Response;
    try {
      res = await fetch(url, {
        method,
        headers: {
          'user-agent': 'setup-go-cross',
          ...headers,
          ...(body ? { 'content-length': String(body.length) } : {})
        },
        body,
        redirect: 'manual',
        signal: AbortSignal.timeout(Math.max(1, Math.floor(left)))
      });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      const why = cause?.code ?? cause?.message ?? (e as Error).message;
      if ((e as Error).name === 'TimeoutError')
        throw new RegistryError(
          `${this.registry}: ${method} to ${host} did not finish before the deadline`
        );
      throw new RegistryError(`${host} unreachable: ${method} failed (${why})`, true);
    }
    if (body) this.stats.bytesUp += body.length;
    const data = await readCapped(res, maxBytes, `${method} ${host}`).catch((e: unknown) => {
      if (e instanceof RegistryError) throw e;
      throw new RegistryError(`${host}: ${method} broke off (${(e as Error).message})`, true);
    });
    this.stats.bytesDown += data.length;
    return { status: res.status, headers: res.headers, body: data, url };
  }
}

/** A response body, refused past `max` bytes (error answers are read up to 64 KiB). */
async function readCapped(res: Response, max: number, what: string): Promise<Buffer> {
  if (!res.body) return Buffer.alloc(0);
  const cap = res.status >= 300 ? Math.max(max, 1 << 16) : max;
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > cap && res.status < 300) {
    await res.body.cancel();
    throw new RegistryError(
      `${what}: announces ${declared} bytes, more than the ${cap} expected; refused`
    );
  }
  if (Number.isFinite(declared) && declared <= cap && res.status < 300) {
    // A declared length within the cap: read whole (fast); a longer body is still refused.
    const body = Buffer.from(await res.arrayBuffer());
    if (body.length > cap)
      throw new RegistryError(`${what}: sent more than the ${cap} bytes expected; stopped`);
    return body;
  }
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    n += chunk.length;
    if (n > cap) {
      if (res.status >= 300) break;
      throw new RegistryError(`${what}: sent more than the ${cap} bytes expected; stopped`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}

/** ` (MANIFEST_INVALID: …)` from a distribution error body, if it has one. */
function errorCode(body: Buffer): string {
  try {
    const e = (
      JSON.parse(body.toString('utf8')) as { errors?: { code?: string; message?: string }[] }
    ).errors?.[0];
    if (e?.code) return ` (${e.code}${e.message ? `: ${e.message.slice(0, 200)}` : ''})`;
  } catch {
    // not a distribution error body
  }
  return '';
}

export function scope(repo: string, actions: string): string {
  return `repository:${repo}:${actions}`;
}

/** https anywhere, http only to loopback, never credentials in the URL. */
function checkUrl(url: string, registry: string, what: string): void {
  const u = new URL(url);
  if (u.username || u.password)
    throw new RegistryError(`${registry}: ${what} goes to a URL with credentials; refused`);
  if (u.protocol === 'https:') return;
  if (u.protocol === 'http:' && isLoopbackHost(u.hostname.replace(/^\[|\]$/g, ''))) return;
  throw new RegistryError(
    `${registry}: ${what} goes to ${u.protocol}//${u.host}; only https, or http to a loopback host, is accepted`
  );
}
