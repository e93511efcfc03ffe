/**
 * Captured pages in R2 (the SNAPSHOTS bucket): the exact bytes the
 * publisher's server sent, stored under their SHA-256 so the same capture is
 * one object however often it is taken, and anyone holding a copy can check
 * it is the same.
 */

export interface SnapshotMeta {
  /** The address the editor gave. */
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  fetchedAt: string;
}

export function snapshotKey(bytesSha256: string): string {
  return `sha256/${bytesSha256}`;
}

/** Stores the bytes (R2 checks them against the hash) and returns their key. */
export async function putSnapshot(
  bucket: R2Bucket,
  bytes: ArrayBuffer,
  bytesSha256: string,
  meta: SnapshotMeta,
): Promise<string> {
  const key = snapshotKey(bytesSha256);
  await bucket.put(key, bytes, {
    sha256: bytesSha256,
    httpMetadata: { contentType: meta.contentType },
    customMetadata: { url: meta.url, finalUrl: meta.finalUrl, status: String(meta.status), fetchedAt: meta.fetchedAt },
  });
  return key;
}

/** The stored capture's metadata (without its body), or null. */
export async function snapshotInfo(
  bucket: R2Bucket,
  bytesSha256: string,
): Promise<(SnapshotMeta & { key: string }) | null> {
  const key = snapshotKey(bytesSha256);
  const head = await bucket.head(key);
  if (!head) return null;
  const custom = head.customMetadata ?? {};
  return {
    key,
    url: custom.url ?? "",
    finalUrl: custom.finalUrl ?? "",
    status: Number(custom.status ?? 0),
    contentType: head.httpMetadata?.contentType ?? "",
    fetchedAt: custom.fetchedAt ?? head.uploaded.toISOString(),
  };
}

/** The stored bytes, streamed. */
export function getSnapshot(bucket: R2Bucket, key: string): Promise<R2ObjectBody | null> {
  return bucket.get(key);
}
