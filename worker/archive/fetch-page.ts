import { refusedAddress } from "../domain/archive-address";

/** A capture that cannot go ahead; the route answers `status` with `code`. */
export class CaptureRefusal extends Error {
  constructor(
    readonly status: 409 | 413 | 415 | 422 | 502 | 504,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** A page exactly as the publisher's server sent it. */
export interface FetchedPage {
  /** Where the last redirect led. */
  finalUrl: string;
  status: number;
  /** The media type without parameters (`text/html`). */
  mediaType: "text/html" | "text/plain" | "application/pdf";
  /** The Content-Type header as sent, charset included. */
  contentType: string;
  bytes: ArrayBuffer;
  fetchedAt: string;
}

export interface FetchLimits {
  maxBytes: number;
  maxRedirects: number;
  timeoutMs: number;
  allowHosts: ReadonlySet<string>;
  userAgent: string;
}

const MEDIA_TYPES: Record<string, FetchedPage["mediaType"]> = {
  "text/html": "text/html",
  "application/xhtml+xml": "text/html",
  "text/plain": "text/plain",
  "application/pdf": "application/pdf",
};

function mib(bytes: number): string {
  return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;
}

/** Reads the body, stopping (and refusing) as soon as it passes `maxBytes`. */
async function readCapped(
  body: ReadableStream<Uint8Array> | null,
  maxBytes: number,
  aborted: Promise<never>,
): Promise<ArrayBuffer> {
  if (!body) return new ArrayBuffer(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await Promise.race([reader.read(), aborted]);
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new CaptureRefusal(
        413,
        "capture_too_large",
        `The page is larger than ${mib(maxBytes)}; paste its text instead`,
      );
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  return bytes.buffer;
}

/**
 * Fetches `address` for archiving. Redirects are followed by hand so each
 * hop's address is checked before it is requested; the whole capture
 * (every hop and the body) shares one deadline.
 */
export async function fetchPage(address: string, limits: FetchLimits): Promise<FetchedPage> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  const timedOut = () =>
    new CaptureRefusal(504, "upstream_timeout", `The page did not arrive within ${limits.timeoutMs / 1000} s`);
  const aborted = new Promise<never>((_, reject) =>
    controller.signal.addEventListener("abort", () => reject(timedOut())),
  );
  aborted.catch(() => {}); // only observed while a read is pending
  try {
    let url = new URL(address);
    for (let hop = 0; ; hop++) {
      const refused = refusedAddress(url, limits.allowHosts);
      if (refused) {
        const after = hop ? ` (after ${hop} redirect${hop > 1 ? "s" : ""})` : "";
        throw new CaptureRefusal(422, "address_refused", `${refused}${after}`);
      }
      let response: Response;
      try {
        response = await fetch(url, {
          redirect: "manual",
          signal: controller.signal,
          headers: {
            "user-agent": limits.userAgent,
            accept: "text/html, application/xhtml+xml, text/plain, application/pdf;q=0.9, */*;q=0.1",
          },
        });
      } catch (error) {
        if (controller.signal.aborted) throw timedOut();
        throw new CaptureRefusal(
          502,
          "upstream_unreachable",
          `Could not connect to ${url.host}: ${(error as Error).message}`,
        );
      }
      if (response.status >= 300 && response.status < 400) {
        const location = response.headers.get("location");
        await response.body?.cancel().catch(() => {});
        if (!location)
          throw new CaptureRefusal(502, "upstream_error", `${url.host} answered ${response.status} without a Location`);
        if (hop >= limits.maxRedirects) {
          throw new CaptureRefusal(
            502,
            "too_many_redirects",
            `More than ${limits.maxRedirects} redirects; archive the final address instead`,
          );
        }
        try {
          url = new URL(location, url);
        } catch {
          throw new CaptureRefusal(502, "upstream_error", `${url.host} redirected to an invalid address`);
        }
        continue;
      }
      if (response.status < 200 || response.status >= 300 || response.status === 204) {
        await response.body?.cancel().catch(() => {});
        throw new CaptureRefusal(
          502,
          "upstream_error",
          `${url.host} answered ${response.status} ${response.statusText}`.trim(),
        );
      }
      const contentType = response.headers.get("content-type") ?? "";
      const mediaType = MEDIA_TYPES[contentType.split(";")[0]!.trim().toLowerCase()];
      if (!mediaType) {
        await response.body?.cancel().catch(() => {});
        throw new CaptureRefusal(
          415,
          "unsupported_content_type",
          `Only HTML, plain text and PDF can be archived; the page is ${contentType || "of no stated type"}`,
        );
      }
      const declared = Number(response.headers.get("content-length") ?? "0");
      if (declared > limits.maxBytes) {
        await response.body?.cancel().catch(() => {});
        throw new CaptureRefusal(
          413,
          "capture_too_large",
          `The page is ${mib(declared)}, more than ${mib(limits.maxBytes)}; paste its text instead`,
        );
      }
      const bytes = await readCapped(response.body, limits.maxBytes, aborted);
      return {
        finalUrl: url.href,
        status: response.status,
        mediaType,
        contentType,
        bytes,
        fetchedAt: new Date().toISOString(),
      };
    }
  } finally {
    clearTimeout(timer);
  }
}
