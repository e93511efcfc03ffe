/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/**
 * JSON to put inside a `<script>` element. The HTML tokenizer ends a script
 * at `</script` and changes state at `<!--` whatever the JSON means, so card
 * text such as `</script><script>alert(1)</script>` could otherwise open a
 * real script. Writing every `<` as `\u003c` (the same string to a JSON
 * parser) leaves the tokenizer nothing to act on.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, "\\u003c");
}
