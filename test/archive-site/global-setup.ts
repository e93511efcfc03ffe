/**
 * Worker tests: serve the archive test site on loopback for the whole run.
 * The Worker reaches it with real fetches; tests allow-list its host:port.
 */
/// <reference path="../worker/archive-site.d.ts" />
import type { TestProject } from "vitest/node";
import { startArchiveSite } from "./server";

export default async function setup(project: TestProject) {
  const site = await startArchiveSite();
  project.provide("archiveSite", site.url);
  return () => site.close();
}
