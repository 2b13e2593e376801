import { isLoopbackHost } from '../inputs/parse.js';

export { redactUrls } from '../inputs/redact.js';

/**
 * Whether a download may go to this URL (a redirect target): the rule the
 * go-download-base-url input enforces, https anywhere or http to loopback
 * only, and no credentials. undefined if fine, else why not.
 */
export function refusedTarget(target: string): string | undefined {
  let url: URL;
  try {
    url = new URL(target);
  } catch {
    return 'it is not a URL';
  }
  if (url.username || url.password) return 'it carries credentials';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:' && isLoopbackHost(url.hostname)) return undefined;
  return 'only https, or http to a loopback host, is accepted';
}
