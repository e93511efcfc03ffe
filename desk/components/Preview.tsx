import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { stringsFor } from "../../common/strings";
import addonCss from "../../widget/addon.css";
import { Attribution } from "../../widget/components/Attribution";
import { CardList } from "../../widget/components/CardList";
import { createShadowMount } from "../../widget/mount";
import baseCss from "../../widget/styles.css";
import type { PublicCard } from "../../worker/domain/public-card";

/** Sources are open in the preview: the widget's stylesheet and its add-on's, in the order the widget adopts them. */
const widgetCss = baseCss + addonCss;

/**
 * The card exactly as readers see it: the widget's own CardList and
 * stylesheets, in a shadow root like the widget's (sources open).
 */
export function Preview({ card, lang, label }: { card: PublicCard; lang: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const container = createShadowMount(host.current!, widgetCss);
    render(
      <CardList cards={[card]} lang={lang} strings={stringsFor(lang)} interactive={false} sourceView={Attribution} />,
      container,
    );
  }, [card, lang]);
  useEffect(() => () => render(null, createShadowMount(host.current!, widgetCss)), []);
  return (
    <figure class="preview">
      <figcaption>{label}</figcaption>
      <div ref={host} class="preview-host" />
    </figure>
  );
}
