/** `scheme://user:pass@host` -> `scheme://***@host`, anywhere in a message: credentials never reach a log. */
export function redactUrls(text: string): string {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/\s@]*@/gi, '$1***@');
}
