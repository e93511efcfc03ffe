/** CSS files are bundled as text and adopted into the shadow root. */
declare module "*.css" {
  const text: string;
  export default text;
}

/** File name of the highlighting add-on, fixed by the build (tools/build-widget.ts). */
declare const __CLAIMCARDS_ADDON__: string;

/** File names of the language packs by language (English is built in), fixed by the build. */
declare const __CLAIMCARDS_STRINGS__: Record<string, string>;
