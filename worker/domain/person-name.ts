/**
 * The one rule for when two display names are the same person's name.
 * Token and person names are free text typed by admins, so "Sara Karimi",
 * "Sara\u00a0Karimi", "ＳＡＲＡ karimi" and "Sara\u200bKarimi" must not become
 * two people: compatibility forms are folded (NFKC, which also turns NBSP
 * and the other fixed-width spaces into plain spaces), invisible format
 * characters (zero-width space and joiners, BOM, bidi marks) are dropped,
 * whitespace runs collapse to one space, and case is folded with
 * toLowerCase — never a locale's rules, so the key is the same everywhere.
 *
 * Dropping zero-width joiners makes a few Persian spellings that differ only
 * by a ZWNJ one name: for identity, refusing a near-duplicate is the safe
 * side. Uniqueness of people is enforced on this key (people.name_key).
 */
export function personNameKey(name: string): string {
  return name
    .normalize("NFKC")
    .replace(/\p{Cf}/gu, "")
    .replace(/\s+/gu, " ")
    .trim()
    .toLowerCase();
}
