import { describe, expect, it } from "vitest";
import { addressLines, addressParts, orderShippingAddress } from "./format";

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

  it("prints a Chinese address as province city district street, then postal code and country, name, phone", () => {
    const china = {
      fullName: "张三",
      line1: "科技园路 1 号",
      province: "广东省",
      city: "深圳市",
      district: "南山区",
      postalCode: "518057",
      country: "CN",
      phone: "13800138000",
    };
    expect(addressLines(china)).toEqual(["广东省 深圳市 南山区 科技园路 1 号", "518057 China", "张三", "13800138000"]);
    expect(addressLines({ ...china, postalCode: "" }, { locale: "zh-CN" })).toEqual([
      "广东省 深圳市 南山区 科技园路 1 号",
      "中国",
      "张三",
      "13800138000",
    ]);
    // A municipality's placeholder city (市辖区) is not printed.
    expect(addressLines({ ...china, province: "北京市", city: "市辖区", district: "朝阳区" }, { phone: false })[0]).toBe(
      "北京市 朝阳区 科技园路 1 号",
    );
    expect(addressParts(china).map((p) => p.kind)).toEqual(["line", "line", "name", "phone"]);
  });

  it("prints a Chinese address saved before regions (no province) the old way, and names countries per language", () => {
    const old = { fullName: "李四", line1: "人民路 8 号", city: "杭州", postalCode: "310000", country: "CN" };
    expect(addressLines(old)).toEqual(["李四", "人民路 8 号", "310000 杭州", "China"]);
    expect(addressLines(address, { locale: "zh-CN" })[3]).toBe("英国");
  });

  it("reads an order's structured snapshot", () => {
    const order = {
      shipName: "张三",
      shipLine1: "科技园路 1 号",
      shipProvince: "广东省",
      shipCity: "深圳市",
      shipDistrict: "南山区",
      shipPostalCode: "",
      shipCountry: "CN",
      shipPhone: "13800138000",
    };
    expect(addressLines(orderShippingAddress(order))[0]).toBe("广东省 深圳市 南山区 科技园路 1 号");
  });
});
