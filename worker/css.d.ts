/**
 * `*.css` files are Text modules (wrangler.toml `[[rules]]`): the default
 * export is the file's text. Merges with vite/client's empty `*.css` module.
 */
declare module "*.css" {
  const text: string;
  export default text;
}
