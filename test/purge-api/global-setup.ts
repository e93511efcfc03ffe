/**
 * Worker tests: the purge API stand-in on loopback for the whole run.
 */
/// <reference path="../worker/purge-api.d.ts" />
import type { TestProject } from "vitest/node";
import { startPurgeApi } from "./server";

export default async function setup(project: TestProject) {
  const api = await startPurgeApi();
  project.provide("purgeApi", api.url);
  return () => api.close();
}
