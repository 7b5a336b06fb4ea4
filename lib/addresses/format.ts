import { countryName } from "@/lib/addresses/countries";

/** A postal address as every page and message prints it: a saved address, or an order's shipping address. */
export type PostalAddress = {
  fullName: string;
  line1: string;
  /** China: the province, city and district names; empty elsewhere (and on addresses saved before regions). */
  province?: string | null;
  city: string;
  district?: string | null;
  postalCode: string;
  /** ISO 3166-1 alpha-2 code; printed as the country's name. */
  country: string;
  phone?: string | null;
};

/** An order's shipping address (its ship* columns) as a PostalAddress. */
export function orderShippingAddress(order: {
  shipName: string;
  shipLine1: string;
  shipProvince?: string | null;
  shipCity: string;
  shipDistrict?: string | null;
  shipPostalCode: string;
  shipCountry: string;
  shipPhone?: string | null;
}): PostalAddress {
  return {
    fullName: order.shipName,
    line1: order.shipLine1,
    province: order.shipProvince,
    city: order.shipCity,
    district: order.shipDistrict,
    postalCode: order.shipPostalCode,
    country: order.shipCountry,
    phone: order.shipPhone,
  };
}

export type AddressPart = { kind: "name" | "line" | "phone"; text: string };
type PrintOptions = { phone?: boolean; locale?: string };

// The data's placeholder "cities" of the municipalities and directly governed counties: not printed ("北京市 东城区").
const UNNAMED_CITIES = new Set(["市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"]);

/**
 * The address as printed parts, in the country's order. China (with a chosen region):
 * "province city district street", postal code and country, name, phone. Elsewhere: name,
 * street, "postal code city", country. The phone comes last, when there is one and it is asked for.
 */
export function addressParts(address: PostalAddress, { phone = true, locale = "en" }: PrintOptions = {}): AddressPart[] {
  const line = (text: string): AddressPart => ({ kind: "line", text });
  const name: AddressPart = { kind: "name", text: address.fullName };
  const country = countryName(address.country, locale);
  let parts: AddressPart[];
  if (address.country === "CN" && address.province) {
    const city = UNNAMED_CITIES.has(address.city) ? "" : address.city;
    const region = [address.province, city, address.district, address.line1].filter(Boolean).join(" ");
    parts = [line(region), line([address.postalCode, country].filter(Boolean).join(" ")), name];
  } else {
    parts = [name, line(address.line1), line(`${address.postalCode} ${address.city}`.trim()), line(country)];
  }
  if (phone && address.phone) parts.push({ kind: "phone", text: address.phone });
  return parts;
}

/** The address as printed lines (see addressParts). */
export function addressLines(address: PostalAddress, options: PrintOptions = {}): string[] {
  return addressParts(address, options).map((p) => p.text);
}
