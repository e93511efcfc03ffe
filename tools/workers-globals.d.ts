// The loader runs in Node but hands a D1 binding (from wrangler's platform
// proxy) to the same store functions the Worker uses: borrow the two
// binding types from the Workers types without their DOM-clashing globals.
import type {
  D1Database as WorkersD1Database,
  D1PreparedStatement as WorkersD1PreparedStatement,
} from "@cloudflare/workers-types/latest";

declare global {
  type D1Database = WorkersD1Database;
  type D1PreparedStatement = WorkersD1PreparedStatement;
}
