/**
 * Where registry credentials come from, in order: the registry-username /
 * registry-password inputs (for the registries the step pushes to only), then
 * the docker config ($DOCKER_CONFIG/config.json, else ~/.docker/config.json):
 * credHelpers[registry], else `auths` (what docker/login-action writes),
 * else credsStore. A helper is `docker-credential-<name> get` with the
 * registry on stdin, spawned with an argument array.
 */
import * as core from '@actions/core';
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export interface Credential {
  username: string;
  password: string;
}

/** What was found for one registry, and where it was looked for (named in auth errors). */
export interface CredentialResult {
  credential?: Credential;
  /** e.g. "the registry-username/registry-password inputs", "auths in ~/.docker/config.json". */
  source: string;
}

export interface CredentialOptions {
  /** The inputs' credential and the registries it is for (never sent elsewhere). */
  inputs?: { credential: Credential; registries: string[] };
  env: NodeJS.ProcessEnv;
  /** Seconds a credential helper may run. */
  helperTimeoutMs?: number;
}

/** The docker config's keys for Docker Hub, as docker login writes them. */
const HUB_KEYS = [
  'https://index.docker.io/v1/',
  'index.docker.io',
  'docker.io',
  'registry-1.docker.io'
];

interface DockerConfig {
  auths?: Record<
    string,
    { auth?: string; username?: string; password?: string; identitytoken?: string }
  >;
  credHelpers?: Record<string, string>;
  credsStore?: string;
}

export function dockerConfigPath(env: NodeJS.ProcessEnv): string {
  const dir = env['DOCKER_CONFIG'] || path.join(env['HOME'] || os.homedir(), '.docker');
  return path.join(dir, 'config.json');
}

/** "https://ghcr.io/v1/" -> "ghcr.io": how auths keys are matched to a registry. */
export function normaliseAuthKey(key: string): string {
  return key
    .replace(/^[a-z]+:\/\//i, '')
    .replace(/\/.*$/, '')
    .toLowerCase();
}

/** Looks up the credential for one registry host; never throws for a missing config. */
export async function findCredential(
  registry: string,
  opts: CredentialOptions
): Promise<CredentialResult> {
  const host = registry.toLowerCase();
  if (opts.inputs && opts.inputs.registries.map(r => r.toLowerCase()).includes(host)) {
    mask(opts.inputs.credential);
    return {
      credential: opts.inputs.credential,
      source: 'the registry-username/registry-password inputs'
    };
  }
  const file = dockerConfigPath(opts.env);
  let config: DockerConfig;
  try {
    const text = await readFile(file, 'utf8');
    if (text.length > 1 << 20) return { source: `${file} (over 1 MiB, not read)` };
    config = JSON.parse(text) as DockerConfig;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      source: code === 'ENOENT' ? `no credentials (${file} does not exist)` : `${file} (unreadable)`
    };
  }
  const keys = host === 'docker.io' ? HUB_KEYS : [host];
  const helper = Object.entries(config.credHelpers ?? {}).find(
    ([k]) => keys.includes(normaliseAuthKey(k)) || keys.includes(k)
  )?.[1];
  if (helper) return fromHelper(helper, host === 'docker.io' ? HUB_KEYS[0] : host, opts, file);
  const entry = Object.entries(config.auths ?? {}).find(
    ([k]) => keys.includes(k) || keys.includes(normaliseAuthKey(k))
  )?.[1];
  if (entry) {
    const source = `auths in ${file}`;
    let credential: Credential | undefined;
    if (entry.auth) {
      const decoded = Buffer.from(entry.auth, 'base64').toString('utf8');
      const colon = decoded.indexOf(':');
      if (colon > 0)
        credential = { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
      core.setSecret(entry.auth);
    } else if (entry.username && entry.password)
      credential = { username: entry.username, password: entry.password };
    if (credential) {
      mask(credential);
      return { credential, source };
    }
  }
  if (config.credsStore)
    return fromHelper(config.credsStore, host === 'docker.io' ? HUB_KEYS[0] : host, opts, file);
  return { source: `no entry for ${host} in ${file}` };
}

const HELPER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

async function fromHelper(
  name: string,
  server: string,
  opts: CredentialOptions,
  file: string
): Promise<CredentialResult> {
  const program = `docker-credential-${name}`;
  const source = `${program} (from ${file})`;
  if (!HELPER_NAME.test(name)) return { source: `${file}: credential helper name refused` };
  const out = await runHelper(program, server, opts.helperTimeoutMs ?? 30_000, opts.env).catch(
    () => undefined
  );
  if (!out) return { source: `${source}, which gave no credential` };
  try {
    const parsed = JSON.parse(out) as { Username?: string; Secret?: string };
    if (parsed.Secret && parsed.Username) {
      const credential = { username: parsed.Username, password: parsed.Secret };
      mask(credential);
      return { credential, source };
    }
  } catch {
    // Not JSON: the helper has no credential for this server.
  }
  return { source: `${source}, which gave no credential` };
}

/** `<program> get`, the server on stdin; its stdout (capped), or undefined on failure. */
function runHelper(
  program: string,
  server: string,
  timeoutMs: number,
  env: NodeJS.ProcessEnv
): Promise<string | undefined> {
  return new Promise(resolve => {
    const child = spawn(program, ['get'], {
      stdio: ['pipe', 'pipe', 'ignore'],
      env,
      timeout: timeoutMs
    });
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (d: string) => {
      out += d;
      if (out.length > 1 << 16) child.kill();
    });
    child.on('error', () => resolve(undefined));
    child.on('close', code => resolve(code === 0 && out.length <= 1 << 16 ? out : undefined));
    child.stdin.on('error', () => undefined);
    child.stdin.end(server);
  });
}

function mask(c: Credential): void {
  core.setSecret(c.password);
  core.setSecret(Buffer.from(`${c.username}:${c.password}`).toString('base64'));
}
