import "server-only";
import { stepReturn } from "./step";

/** The shopper's return shipment (回寄): carrier and tracking number. */
export const sendReturn = (number: string, orderId: string, userId: string | null, shipment: { carrier: string; trackingNumber: string }) =>
  stepReturn(
    number,
    {
      action: "send",
      actor: "shopper",
      actorId: userId,
      orderId,
      work: async () => ({
        note: `Return ${number} sent back with ${shipment.carrier} ${shipment.trackingNumber}`,
        set: { returnCarrier: shipment.carrier, returnTrackingNumber: shipment.trackingNumber, shippedBackAt: new Date() },
      }),
    },
    () =>
      ({ t }) => ({
        subject: t("returns.tracking.subject", { number }),
        lines: [t("returns.tracking.body", { shipment: `${shipment.carrier} ${shipment.trackingNumber}` })],
      }),
  );

/** The shopper changes their mind before the parcel is received: the units may be returned again later. */
export const withdrawReturn = (number: string, orderId: string, userId: string | null) =>
  stepReturn(
    number,
    {
      action: "withdraw",
      actor: "shopper",
      actorId: userId,
      orderId,
      work: async () => ({ note: `Return ${number} withdrawn by the shopper` }),
    },
    () =>
      ({ t }) => ({ subject: t("returns.withdrawn.subject", { number }), lines: [t("returns.withdrawn.body", { number })] }),
  );
