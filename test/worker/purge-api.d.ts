// What test/purge-api/global-setup.ts provides to the worker tests.
export {};

declare module "vitest" {
  export interface ProvidedContext {
    /** The purge API stand-in, e.g. http://127.0.0.1:41235 (its API base is `${purgeApi}/client/v4`). */
    purgeApi: string;
  }
}
