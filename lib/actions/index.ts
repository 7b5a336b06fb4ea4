// Every server action is built by one of these (lib/actions/actions.test.ts checks it).
export { publicAction, type PublicContext } from "./public";
export { shopperAction, type ShopperContext } from "./shopper";
export { staffAction, type StaffContext } from "./staff";
export type { RateLimitHook, Refusal } from "./define";
