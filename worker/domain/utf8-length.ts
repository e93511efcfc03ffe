/**
 * How many bytes `text` takes as UTF-8, which is how D1 measures strings
 * (and how its row limit counts them), without encoding a copy. A lone
 * surrogate counts as the three bytes of the U+FFFD that replaces it.
 */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one code point beyond U+FFFF
      i++;
    } else bytes += 3;
  }
  return bytes;
}
