import { prepareDatabase } from "./bootstrap";

const db = await prepareDatabase({ seedDemo: false });
console.log("[db] migrations applied");
await db.stop();
