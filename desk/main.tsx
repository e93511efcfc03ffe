import { render } from "preact";
import { useEffect, useState } from "preact/hooks";
import { deskStringsFor } from "../common/desk-strings";
import { dirFor } from "../common/languages";
import { api, whenSignedOut } from "./api";
import { CardPage } from "./components/CardPage";
import { CheckArticle } from "./components/CheckArticle";
import { People } from "./components/People";
import { Queue } from "./components/Queue";
import { SignIn } from "./components/SignIn";
import { SourcesPage } from "./components/Sources";
import { atLeast, DeskContext, type Me } from "./context";
import "./desk.css";

type Lang = "en" | "fa";

/** The interface language: a choice of this browser (not a secret), English by default. */
function savedLang(): Lang {
  try {
    return localStorage.getItem("claimcards-desk-lang") === "fa" ? "fa" : "en";
  } catch {
    return "en";
  }
}

function useHash(): string {
  const [hash, setHash] = useState(location.hash || "#/queue");
  useEffect(() => {
    const update = () => setHash(location.hash || "#/queue");
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return hash;
}

function App() {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const [lang, setLang] = useState<Lang>(savedLang);
  const hash = useHash();
  const t = deskStringsFor(lang);

  useEffect(() => {
    whenSignedOut(() => setMe(null));
    api<Me>("/desk/session").then(setMe, () => setMe(null));
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.documentElement.dir = dirFor(lang);
    document.title = t.appName;
    try {
      localStorage.setItem("claimcards-desk-lang", lang);
    } catch {
      // private mode: the choice lasts this page
    }
  }, [lang]);

  const switchLang = (
    <button
      type="button"
      class="lang-switch"
      lang={lang === "en" ? "fa" : "en"}
      onClick={() => setLang(lang === "en" ? "fa" : "en")}
    >
      {t.otherLanguage}
    </button>
  );
  if (me === undefined) return <p class="loading">{t.loading}</p>;
  if (me === null) {
    return (
      <DeskContext.Provider
        value={{ me: { personId: "", name: "", role: "editor", tokenId: "", expiresAt: "" }, lang, t }}
      >
        <header class="bar">
          <span class="brand">{t.appName}</span>
          {switchLang}
        </header>
        <main id="main">
          <SignIn onSignedIn={setMe} />
        </main>
      </DeskContext.Provider>
    );
  }

  const [, page = "queue", id] = hash.split("/");
  const signOut = async () => {
    await api("/desk/session", { method: "DELETE" }).catch(() => {});
    setMe(null);
  };
  const link = (to: string, label: string) => (
    <a href={`#/${to}`} aria-current={page === to ? "page" : undefined}>
      {label}
    </a>
  );
  return (
    <DeskContext.Provider value={{ me, lang, t }}>
      <header class="bar">
        <span class="brand">{t.appName}</span>
        <nav aria-label={t.appName}>
          {link("queue", t.nav.queue)}
          {link("new", t.nav.newCard)}
          {link("sources", t.nav.sources)}
          {link("check", t.nav.check)}
          {atLeast(me, "admin") && link("people", t.nav.people)}
        </nav>
        <span class="who">{t.signedInAs(me.name, t.roles[me.role])}</span>
        {switchLang}
        <button type="button" onClick={signOut}>
          {t.signOut}
        </button>
      </header>
      <main id="main">
        {page === "queue" && <Queue />}
        {page === "new" && <CardPage key="new" id={null} />}
        {page === "card" && id && <CardPage key={id} id={decodeURIComponent(id)} />}
        {page === "sources" && <SourcesPage />}
        {page === "check" && <CheckArticle />}
        {page === "people" && <People />}
      </main>
    </DeskContext.Provider>
  );
}

const root = document.getElementById("desk")!;
root.textContent = "";
render(<App />, root);
