import { createContext } from "preact";
import { useContext } from "preact/hooks";
import { type DeskStrings, deskStringsFor } from "../common/desk-strings";
import type { Role } from "../worker/domain/roles";

/** Who is signed in (what GET /desk/session answers). */
export interface Me {
  personId: string;
  name: string;
  role: Role;
  tokenId: string;
  expiresAt: string;
}

export interface Desk {
  me: Me;
  lang: "en" | "fa";
  t: DeskStrings;
}

export const DeskContext = createContext<Desk>({
  me: { personId: "", name: "", role: "editor", tokenId: "", expiresAt: "" },
  lang: "en",
  t: deskStringsFor("en"),
});

export const useDesk = () => useContext(DeskContext);

const ORDER: Role[] = ["editor", "reviewer", "admin"];
/** Whether the signed-in person's role reaches `role` (the server decides; this only hides buttons that would be refused). */
export const atLeast = (me: Me, role: Role) => ORDER.indexOf(me.role) >= ORDER.indexOf(role);
