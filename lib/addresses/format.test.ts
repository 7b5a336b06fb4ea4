import { describe, expect, it } from "vitest";
import { addressLines, orderShippingAddress } from "./format";

const address = { fullName: "Ada Lovelace", line1: "12 St James's Square", city: "London", postalCode: "SW1Y 4JH", country: "GB" };

describe("addressLines", () => {
  it("prints name, street, postal code with city, and the country's name", () => {
    expect(addressLines(address)).toEqual(["Ada Lovelace", "12 St James's Square", "SW1Y 4JH London", "United Kingdom"]);
  });

  it("adds the phone as a last line when there is one, unless it is left out", () => {
    expect(addressLines({ ...address, phone: "+44 20 7946 0000" })).toEqual([
      "Ada Lovelace",
      "12 St James's Square",
      "SW1Y 4JH London",
      "United Kingdom",
      "+44 20 7946 0000",
    ]);
    expect(addressLines({ ...address, phone: "+44 20 7946 0000" }, { phone: false })).toHaveLength(4);
    expect(addressLines({ ...address, phone: "" })).toHaveLength(4);
  });

  it("reads an order's ship* columns as the same address", () => {
    const order = {
      shipName: "Ada Lovelace",
      shipLine1: "12 St James's Square",
      shipCity: "London",
      shipPostalCode: "SW1Y 4JH",
      shipCountry: "GB",
      shipPhone: null,
    };
    expect(addressLines(orderShippingAddress(order))).toEqual(addressLines(address));
  });
});
