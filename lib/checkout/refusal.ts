/** A reason to refuse the order that the shopper can act on; thrown inside the transaction to roll it back. */
export class CheckoutRefusal extends Error {
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}
