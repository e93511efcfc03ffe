/**
 * Decodes HTML character references in text that HTMLRewriter hands over as
 * written (`&amp;`, `&#8217;`, `&rsquo;`). Numeric references are complete;
 * named ones cover what news pages actually use. The full table (2,000+
 * names) would cost more bundle than the rare `&zigrarr;` is worth: an
 * unknown name stays as written, so a quote containing it still matches the
 * page's source.
 */
const NAMED: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00A0", shy: "\u00AD",
  ndash: "–", mdash: "—", hellip: "…", lsquo: "‘", rsquo: "’", sbquo: "‚", ldquo: "“", rdquo: "”", bdquo: "„",
  laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›", bull: "•", middot: "·", prime: "′", Prime: "″",
  copy: "©", reg: "®", trade: "™", deg: "°", plusmn: "±", times: "×", divide: "÷", minus: "−",
  frac12: "½", frac14: "¼", frac34: "¾", sup2: "²", sup3: "³", micro: "µ", para: "¶", sect: "§",
  euro: "€", pound: "£", yen: "¥", cent: "¢", curren: "¤", permil: "‰",
  zwnj: "\u200C", zwj: "\u200D", lrm: "\u200E", rlm: "\u200F", ensp: "\u2002", emsp: "\u2003", thinsp: "\u2009",
  iexcl: "¡", iquest: "¿", ordf: "ª", ordm: "º",
  agrave: "à", aacute: "á", acirc: "â", atilde: "ã", auml: "ä", aring: "å", aelig: "æ", ccedil: "ç",
  egrave: "è", eacute: "é", ecirc: "ê", euml: "ë", igrave: "ì", iacute: "í", icirc: "î", iuml: "ï",
  ntilde: "ñ", ograve: "ò", oacute: "ó", ocirc: "ô", otilde: "õ", ouml: "ö", oslash: "ø", szlig: "ß",
  ugrave: "ù", uacute: "ú", ucirc: "û", uuml: "ü", yacute: "ý", yuml: "ÿ",
  Agrave: "À", Aacute: "Á", Acirc: "Â", Atilde: "Ã", Auml: "Ä", Aring: "Å", AElig: "Æ", Ccedil: "Ç",
  Egrave: "È", Eacute: "É", Ecirc: "Ê", Euml: "Ë", Iacute: "Í", Ntilde: "Ñ", Oacute: "Ó", Ouml: "Ö",
  Oslash: "Ø", Uacute: "Ú", Uuml: "Ü",
};

/** Code points a reference may not produce (HTML's rule): NUL, surrogates, beyond Unicode. */
function codePoint(n: number): string {
  return n === 0 || (n >= 0xd800 && n <= 0xdfff) || n > 0x10ffff ? "\uFFFD" : String.fromCodePoint(n);
}

export function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([A-Za-z][A-Za-z0-9]{1,31}));?/g, (whole, hex, dec, name) => {
    if (hex) return codePoint(parseInt(hex, 16));
    if (dec) return codePoint(parseInt(dec, 10));
    return NAMED[name as string] ?? whole;
  });
}
