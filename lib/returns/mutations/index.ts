// A return's steps: the shopper's request (request.ts), the shopper's own steps (shopper.ts) and the staff's
// (staff.ts), each through stepReturn (step.ts): one transaction under the order's lock, the status moved by its rules.
export { createReturn } from "./request";
export { sendReturn, withdrawReturn } from "./shopper";
export { approveReturn, orderOfReturn, receiveReturn, refundReturn, rejectReturn, shipExchange } from "./staff";
export type { ReturnResult } from "./step";
