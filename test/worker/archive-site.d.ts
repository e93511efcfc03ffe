// What test/archive-site/global-setup.ts provides to the worker tests.
export {};

declare module "vitest" {
  export interface ProvidedContext {
    /** The loopback test site, e.g. http://127.0.0.1:41234. */
    archiveSite: string;
  }
}
