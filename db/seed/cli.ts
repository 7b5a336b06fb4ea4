import { parseArgs } from "node:util";
import { sql } from "drizzle-orm";
import { closeDb, db } from "../index";
import { prepareDatabase } from "../bootstrap";
import { seedCatalog, seedPromotions } from "./index";

const USAGE = `npm run seed [-- --products N] [-- --reset]
  Fills an empty database with the demo catalog; --products N makes N products in all
  (generated variations beyond the hand-written ones); --reset empties the catalog first.`;

const { values } = parseArgs({
  options: { products: { type: "string" }, reset: { type: "boolean" }, help: { type: "boolean", short: "h" } },
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const products = values.products === undefined ? undefined : Number(values.products);
if (products !== undefined && (!Number.isInteger(products) || products < 1 || products > 2_000_000)) {
  console.error("--products must be a whole number from 1 to 2000000");
  process.exit(1);
}

const prepared = await prepareDatabase({ seedDemo: false });
try {
  if (values.reset) {
    await db.execute(
      sql`truncate product_images, variants, products, categories, brands, banners, promotions, flash_sales restart identity cascade`,
    );
    console.log("[seed] catalog emptied");
  }
  await seedCatalog(prepared.url, { products });
  await seedPromotions(prepared.url);
} catch (err) {
  console.error(`[seed] ${(err as Error).message}${values.reset ? "" : " (add --reset to empty it first)"}`);
  process.exitCode = 1;
} finally {
  await closeDb();
  await prepared.stop();
}
