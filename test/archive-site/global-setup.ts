/**
 * Worker tests: serve the archive test site on loopback for the whole run.
 * The Worker reaches it with real fetches; tests allow-list its host:port.
 */
import type { TestProject } from "vitest/node";
import { startArchiveSite } from "./server";

declare module "vitest" {
  export interface ProvidedContext {
    /** The loopback test site, e.g. http://127.0.0.1:41234. */
    archiveSite: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await startArchiveSite();
  project.provide("archiveSite", site.url);
  return () => site.close();
}
