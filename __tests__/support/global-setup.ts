/** Runs once per jest run: shared fixtures are built here (see fixtures.ts). */
export default async function globalSetup(): Promise<void> {}
