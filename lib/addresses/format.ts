import { countryName } from "@/lib/addresses/countries";

/** A postal address as every page and message prints it: a saved address, or an order's shipping address. */
export type PostalAddress = {
  fullName: string;
  line1: string;
  city: string;
  postalCode: string;
  /** ISO 3166-1 alpha-2 code; printed as the country's name. */
  country: string;
  phone?: string | null;
};

/** An order's shipping address (its ship* columns) as a PostalAddress. */
export function orderShippingAddress(order: {
  shipName: string;
  shipLine1: string;
  shipCity: string;
  shipPostalCode: string;
  shipCountry: string;
  shipPhone?: string | null;
}): PostalAddress {
  return {
    fullName: order.shipName,
    line1: order.shipLine1,
    city: order.shipCity,
    postalCode: order.shipPostalCode,
    country: order.shipCountry,
    phone: order.shipPhone,
  };
}

/**
 * The address as printed lines: name, street, "postal code city", country name,
 * and the phone when there is one and it is asked for.
 */
export function addressLines(address: PostalAddress, { phone = true }: { phone?: boolean } = {}): string[] {
  const lines = [address.fullName, address.line1, `${address.postalCode} ${address.city}`, countryName(address.country)];
  if (phone && address.phone) lines.push(address.phone);
  return lines;
}
