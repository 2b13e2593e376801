/** Absolute path of .tmp/node24. */
export const NODE24_DIR: string;
/**
 * Path of a Node 24 binary, installed once into .tmp/node24 from the npm
 * registry. Falls back to process.execPath (with a printed reason) only when
 * the registry can't be reached.
 */
export function ensureNode24(options?: { quiet?: boolean }): Promise<string>;
