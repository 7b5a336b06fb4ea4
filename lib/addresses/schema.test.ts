import { describe, expect, it } from "vitest";
import { addressFieldsSchema, addressInputSchema } from "./schema";
import { normaliseChinaMobile } from "./phone";

// 北京市 → 市辖区 → 朝阳区; 吉林省 → 长春市 → 朝阳区 (same district name, another code).
const beijing = {
  fullName: "张三",
  line1: "建国路 88 号",
  country: "CN",
  province: "11",
  city: "1101",
  district: "110105",
  postalCode: "",
  phone: "138 0013 8000",
};
const errorsOf = (input: Record<string, unknown>) => {
  const parsed = addressFieldsSchema.safeParse(input);
  expect(parsed.success).toBe(false);
  return Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
};

describe("address schema: China", () => {
  it("stores the region names and the district's code, a normalised mobile, no postal code needed", () => {
    expect(addressFieldsSchema.parse(beijing)).toEqual({
      fullName: "张三",
      line1: "建国路 88 号",
      province: "北京市",
      city: "市辖区",
      district: "朝阳区",
      regionCode: "110105",
      postalCode: "",
      country: "CN",
      phone: "13800138000",
    });
    expect(addressFieldsSchema.parse({ ...beijing, postalCode: "100020", country: "cn" })).toMatchObject({
      postalCode: "100020",
      country: "CN",
    });
  });

  it("refuses a region that does not exist or does not belong together", () => {
    expect(errorsOf({ ...beijing, district: "220104" })).toEqual({ district: "regionMismatch" }); // Changchun's 朝阳区
    expect(errorsOf({ ...beijing, city: "2201" })).toEqual({ district: "regionMismatch" });
    expect(errorsOf({ ...beijing, province: "99" })).toEqual({ district: "regionMismatch" });
    expect(errorsOf({ ...beijing, province: "", city: "", district: "" })).toEqual({ province: "provinceRequired" });
    expect(errorsOf({ ...beijing, city: "", district: "" })).toEqual({ city: "cityChoose" });
    expect(errorsOf({ ...beijing, district: "" })).toEqual({ district: "districtRequired" });
  });

  it("needs a mainland mobile number and a 6-digit postal code when one is given; reports every field at once", () => {
    expect(errorsOf({ ...beijing, phone: "" })).toEqual({ phone: "mobileRequired" });
    expect(errorsOf({ ...beijing, phone: "12800138000" })).toEqual({ phone: "mobileInvalid" });
    expect(errorsOf({ ...beijing, phone: "010 6552 8888" })).toEqual({ phone: "mobileInvalid" });
    expect(errorsOf({ ...beijing, postalCode: "1000" })).toEqual({ postalCode: "postalCodeChina" });
    expect(errorsOf({ ...beijing, fullName: " ", line1: "", district: "", phone: "1" })).toEqual({
      fullName: "fullNameRequired",
      line1: "line1Required",
      district: "districtRequired",
      phone: "mobileInvalid",
    });
  });

  it("normalises mobile numbers: spaces, dashes, +86 / 0086", () => {
    expect(normaliseChinaMobile("+86 139-1234-5678")).toBe("13912345678");
    expect(normaliseChinaMobile("008619912345678")).toBe("19912345678");
    expect(normaliseChinaMobile("1391234567")).toBeNull();
    expect(normaliseChinaMobile("23912345678")).toBeNull();
  });
});

describe("address schema: other countries keep today's fields", () => {
  const home = {
    fullName: "Ada Lovelace",
    line1: "12 St James's Square",
    city: "London",
    postalCode: "SW1Y 4JH",
    country: "GB",
    phone: "",
  };

  it("takes city and postal code as typed, and leaves the region empty even when a form sends one", () => {
    expect(addressFieldsSchema.parse({ ...home, province: "11", district: "110105" })).toEqual({
      ...home,
      province: "",
      district: "",
      regionCode: null,
    });
    expect(addressInputSchema.parse({ ...home, isDefault: "on" })).toMatchObject({ city: "London", isDefault: true });
  });

  it("still requires the postal code and city, and accepts any phone format", () => {
    expect(errorsOf({ ...home, city: "", postalCode: "" })).toEqual({ city: "cityRequired", postalCode: "postalCodeRequired" });
    expect(addressFieldsSchema.parse({ ...home, phone: "+44 20 7946 0000" }).phone).toBe("+44 20 7946 0000");
    expect(errorsOf({ ...home, country: "XX" })).toEqual({ country: "countryInvalid" });
  });
});
