import { z } from "zod";
import { resolveChinaRegion } from "./china/regions";
import { DEFAULT_COUNTRY, isShippingCountry } from "./countries";
import { normaliseChinaMobile } from "./phone";

/*
 * Error messages are keys of the `address` message namespace (errors.*): the address fields
 * show them in the page's language (components/address/address-fields.tsx).
 */
const loose = z.preprocess((v) => (v == null ? "" : v), z.string().trim());

/** What the form sends; for China `province`, `city` and `district` are region codes. Checked in one pass (byCountry), so every wrong field shows at once. */
const addressFormObject = z.object({
  fullName: loose,
  line1: loose,
  province: loose,
  city: loose,
  district: loose,
  postalCode: loose,
  country: z.preprocess((v) => (v == null || v === "" ? DEFAULT_COUNTRY : v), z.string().trim().toUpperCase()),
  phone: loose,
});
type AddressForm = z.output<typeof addressFormObject>;

type Ctx = z.RefinementCtx;
const fail = (ctx: Ctx, path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });

/**
 * An address as stored and printed: for China the region names and the district's code; elsewhere
 * province and district are empty (the form's parse always sets them; callers with a fixed address may leave them out).
 */
export type AddressFields = {
  fullName: string;
  line1: string;
  province?: string;
  city: string;
  district?: string;
  regionCode?: string | null;
  postalCode: string;
  country: string;
  phone: string;
};

function chinaAddress(v: AddressForm, ctx: Ctx): AddressFields {
  const region = resolveChinaRegion(v.province, v.city, v.district);
  if (!v.province) fail(ctx, "province", "provinceRequired");
  else if (!v.city) fail(ctx, "city", "cityChoose");
  else if (!v.district) fail(ctx, "district", "districtRequired");
  else if (!region) fail(ctx, "district", "regionMismatch");
  if (v.postalCode && !/^\d{6}$/.test(v.postalCode)) fail(ctx, "postalCode", "postalCodeChina");
  const mobile = normaliseChinaMobile(v.phone);
  if (!v.phone) fail(ctx, "phone", "mobileRequired");
  else if (!mobile) fail(ctx, "phone", "mobileInvalid");
  return {
    fullName: v.fullName,
    line1: v.line1,
    province: region?.province ?? "",
    city: region?.city ?? "",
    district: region?.district ?? "",
    regionCode: region?.code ?? null,
    postalCode: v.postalCode,
    country: v.country,
    phone: mobile ?? v.phone,
  };
}

function otherAddress(v: AddressForm, ctx: Ctx): AddressFields {
  if (!v.city) fail(ctx, "city", "cityRequired");
  else if (v.city.length > 100) fail(ctx, "city", "cityTooLong");
  if (v.postalCode.length < 2) fail(ctx, "postalCode", "postalCodeRequired");
  else if (v.postalCode.length > 12) fail(ctx, "postalCode", "postalCodeTooLong");
  else if (!/^[A-Za-z0-9][A-Za-z0-9 -]*$/.test(v.postalCode)) fail(ctx, "postalCode", "postalCodeInvalid");
  if (v.phone.length > 30) fail(ctx, "phone", "phoneTooLong");
  else if (!/^[0-9+()\-. ]*$/.test(v.phone)) fail(ctx, "phone", "phoneInvalid");
  return { ...v, province: "", district: "", regionCode: null };
}

function required(ctx: Ctx, v: AddressForm, field: "fullName" | "line1", max: number) {
  if (!v[field]) fail(ctx, field, `${field}Required`);
  else if (v[field].length > max) fail(ctx, field, `${field}TooLong`);
}

/** The country's rules: China's region lists, optional postal code and required mobile number; elsewhere today's fields. */
function byCountry(v: AddressForm, ctx: Ctx): AddressFields {
  required(ctx, v, "fullName", 120);
  required(ctx, v, "line1", 200);
  if (!isShippingCountry(v.country)) fail(ctx, "country", "countryInvalid");
  return v.country === "CN" ? chinaAddress(v, ctx) : otherAddress(v, ctx);
}

/** An address's fields, as the checkout form and the address book take them. */
export const addressFieldsSchema = addressFormObject.transform(byCountry);

const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** The address book's form: the address fields plus `Default address`. */
export const addressInputSchema = addressFormObject
  .extend({ isDefault: checkbox })
  .transform(({ isDefault, ...v }, ctx) => ({ ...byCountry(v, ctx), isDefault }));
export type AddressInput = z.output<typeof addressInputSchema>;

export const addressIdSchema = z.coerce.number().int().positive().max(2_147_483_647);
