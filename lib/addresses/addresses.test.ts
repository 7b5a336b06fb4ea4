import { describe, expect, it } from "vitest";
import { createTestUser } from "@/lib/accounts/testing";
import { createAddress, deleteAddress, setDefaultAddress, updateAddress } from "./mutations";
import { getAddress, listAddresses } from "./queries";
import { addressInputSchema } from "./schema";

const home = {
  fullName: "Ada Lovelace",
  line1: "12 St James's Square",
  city: "London",
  postalCode: "SW1Y 4JH",
  country: "GB",
  phone: "+44 20 7946 0000",
};
const work = { ...home, line1: "1 Babbage Lane", city: "Cambridge", postalCode: "CB2 1TN" };
const defaults = async (userId: string) => (await listAddresses(userId)).filter((a) => a.isDefault).map((a) => a.line1);

describe("address book (real PostgreSQL)", () => {
  it("keeps exactly one default: the first address, then whichever is made default", async () => {
    const user = await createTestUser();
    const first = await createAddress(user.id, home);
    expect(await defaults(user.id)).toEqual([home.line1]);
    const second = await createAddress(user.id, { ...work, isDefault: true });
    expect(await defaults(user.id)).toEqual([work.line1]);
    expect((await listAddresses(user.id)).map((a) => a.id)).toEqual([second, first]);

    expect(await setDefaultAddress(user.id, first)).toBe(true);
    expect(await defaults(user.id)).toEqual([home.line1]);
    // Unticking "Default address" on the default does not leave the book without one.
    expect(await updateAddress(user.id, first, { ...home, city: "Westminster", isDefault: false })).toBe(true);
    expect(await getAddress(user.id, first)).toMatchObject({ city: "Westminster", isDefault: true });
    expect(await updateAddress(user.id, second, { ...work, isDefault: true })).toBe(true);
    expect(await defaults(user.id)).toEqual([work.line1]);

    // Deleting the default promotes the remaining address.
    expect(await deleteAddress(user.id, second)).toBe(true);
    expect(await defaults(user.id)).toEqual([home.line1]);
  });

  it("survives concurrent default switches with one default", async () => {
    const user = await createTestUser();
    const ids = [
      await createAddress(user.id, home),
      await createAddress(user.id, work),
      await createAddress(user.id, { ...work, line1: "3 Third Road" }),
    ];
    await Promise.all([...ids, ...ids].map((id) => setDefaultAddress(user.id, id)));
    expect(await defaults(user.id)).toHaveLength(1);
    await Promise.all([createAddress(user.id, { ...home, isDefault: true }), createAddress(user.id, { ...work, isDefault: true })]);
    expect(await defaults(user.id)).toHaveLength(1);
  });

  it("answers not found for another shopper's address and changes nothing", async () => {
    const [owner, intruder] = [await createTestUser(), await createTestUser()];
    const id = await createAddress(owner.id, home);
    await createAddress(intruder.id, work);
    expect(await getAddress(intruder.id, id)).toBeNull();
    expect(await updateAddress(intruder.id, id, { ...work, isDefault: true })).toBe(false);
    expect(await setDefaultAddress(intruder.id, id)).toBe(false);
    expect(await deleteAddress(intruder.id, id)).toBe(false);
    expect(await getAddress(owner.id, id)).toMatchObject({ ...home, isDefault: true });
    expect(await defaults(intruder.id)).toEqual([work.line1]);
  });

  it("saves and edits a Chinese address with its region, and clears the region when the country changes", async () => {
    const user = await createTestUser();
    const china = addressInputSchema.parse({
      fullName: "张三",
      line1: "建国路 88 号",
      country: "CN",
      province: "11",
      city: "1101",
      district: "110105",
      phone: "13800138000",
    });
    const id = await createAddress(user.id, china);
    expect(await getAddress(user.id, id)).toMatchObject({
      province: "北京市",
      city: "市辖区",
      district: "朝阳区",
      regionCode: "110105",
      postalCode: "",
      country: "CN",
      isDefault: true,
    });
    expect(await updateAddress(user.id, id, addressInputSchema.parse({ ...home, isDefault: "on" }))).toBe(true);
    expect(await getAddress(user.id, id)).toMatchObject({ ...home, province: "", district: "", regionCode: null });
  });

  it("validates the form: required fields, a known country, the checkbox", () => {
    const ok = addressInputSchema.safeParse({ ...home, country: "gb", isDefault: "on" });
    expect(ok.data).toMatchObject({ country: "GB", isDefault: true });
    expect(addressInputSchema.safeParse(home).data).toMatchObject({ isDefault: false });
    const bad = addressInputSchema.safeParse({ ...home, fullName: " ", country: "XX" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path[0]).sort()).toEqual(["country", "fullName"]);
  });
});
