/**
 * Sets `key` in `map` as its newest entry (Maps keep insertion order),
 * first dropping the oldest entry when the map already holds `maxEntries`:
 * the one bound every in-isolate cache here keeps.
 */
export function setNewest<K, V>(map: Map<K, V>, key: K, value: V, maxEntries: number): void {
  map.delete(key);
  if (map.size >= maxEntries) {
    const oldest = map.keys().next();
    if (!oldest.done) map.delete(oldest.value);
  }
  map.set(key, value);
}
