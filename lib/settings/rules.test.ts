import { describe, expect, it } from "vitest";
import { resolveStoreSettings } from "./resolve";
import { shippingRateSchema, storeSettingsSchema } from "./schema";

const defaults = { storeName: "Mercato", currency: "USD", orderPaymentTimeoutMinutes: 30 };

describe("resolveStoreSettings", () => {
  it("uses the environment's defaults without a row, or where the row's columns are null", () => {
    expect(resolveStoreSettings(null, defaults)).toEqual({
      storeName: "Mercato",
      currency: "USD",
      lowStockThreshold: 5,
      orderPaymentTimeoutMinutes: 30,
      flashSalePaymentTimeoutMinutes: 10,
      autoDeliverAfterDays: 7,
      autoCompleteAfterDays: 7,
      defaultLocale: "en",
    });
    expect(
      resolveStoreSettings({ storeName: null, currency: null, lowStockThreshold: 2, orderPaymentTimeoutMinutes: null }, defaults),
    ).toEqual({
      storeName: "Mercato",
      currency: "USD",
      lowStockThreshold: 2,
      orderPaymentTimeoutMinutes: 30,
      flashSalePaymentTimeoutMinutes: 10,
      autoDeliverAfterDays: 7,
      autoCompleteAfterDays: 7,
      defaultLocale: "en",
    });
  });

  it("prefers the saved values", () => {
    expect(
      resolveStoreSettings(
        { storeName: "Tea House", currency: "EUR", lowStockThreshold: 0, orderPaymentTimeoutMinutes: 90, autoCompleteAfterDays: 3 },
        defaults,
      ),
    ).toEqual({
      storeName: "Tea House",
      currency: "EUR",
      lowStockThreshold: 0,
      orderPaymentTimeoutMinutes: 90,
      flashSalePaymentTimeoutMinutes: 10,
      autoDeliverAfterDays: 7,
      autoCompleteAfterDays: 3,
      defaultLocale: "en",
    });
  });
});

describe("store settings form", () => {
  const form = (over: Record<string, string>) =>
    storeSettingsSchema.safeParse({ storeName: "", currency: "", lowStockThreshold: "5", orderPaymentTimeoutMinutes: "", ...over });

  it("reads empty fields as 'use the default' and upper-cases the currency", () => {
    expect(form({}).data).toEqual({
      storeName: null,
      currency: null,
      lowStockThreshold: 5,
      orderPaymentTimeoutMinutes: null,
      flashSalePaymentTimeoutMinutes: 10,
      autoDeliverAfterDays: 7,
      autoCompleteAfterDays: 7,
      reviewOrdersBeforeFulfilment: false,
      backInStockMultiple: 3,
      defaultLocale: "en",
    });
    expect(form({ backInStockMultiple: "5" }).data?.backInStockMultiple).toBe(5);
    for (const multiple of ["0", "101", "1.5", "x"]) expect(form({ backInStockMultiple: multiple }).success).toBe(false);
    expect(form({ reviewOrdersBeforeFulfilment: "on" }).data?.reviewOrdersBeforeFulfilment).toBe(true);
    expect(form({ flashSalePaymentTimeoutMinutes: "5" }).data?.flashSalePaymentTimeoutMinutes).toBe(5);
    for (const minutes of ["0", "1441", "2.5", "x"]) expect(form({ flashSalePaymentTimeoutMinutes: minutes }).success).toBe(false);
    expect(form({ autoDeliverAfterDays: "3", autoCompleteAfterDays: " 14 " }).data).toMatchObject({
      autoDeliverAfterDays: 3,
      autoCompleteAfterDays: 14,
    });
    for (const days of ["0", "-1", "366", "1.5", "x"]) {
      expect(form({ autoDeliverAfterDays: days }).success, days).toBe(false);
      expect(form({ autoCompleteAfterDays: days }).success, days).toBe(false);
    }
    expect(form({ storeName: "  Tea House ", currency: "eur", orderPaymentTimeoutMinutes: "45" }).data).toMatchObject({
      storeName: "Tea House",
      currency: "EUR",
      orderPaymentTimeoutMinutes: 45,
    });
    for (const code of ["USD", "GBP", "CNY", "JPY"]) expect(form({ currency: code }).success).toBe(true);
  });

  it("refuses currencies that are not ISO 4217 codes", () => {
    for (const code of ["US", "EURO", "12$", "€", "QQQ"]) {
      const parsed = form({ currency: code });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/ISO 4217/);
    }
  });

  it("wants a positive whole number of minutes and a low-stock default of 0 or more", () => {
    for (const minutes of ["0", "-5", "1.5", "abc", "10081"]) expect(form({ orderPaymentTimeoutMinutes: minutes }).success).toBe(false);
    expect(form({ orderPaymentTimeoutMinutes: "1" }).success).toBe(true);
    for (const n of ["-1", "2.5", "", "many"]) expect(form({ lowStockThreshold: n }).success, n).toBe(false);
    expect(form({ lowStockThreshold: "0" }).data?.lowStockThreshold).toBe(0);
  });
});

describe("shipping rate form", () => {
  const rate = (over: Record<string, string> = {}) =>
    shippingRateSchema("USD").safeParse({
      name: "Overnight",
      code: "overnight",
      description: "",
      price: "24.99",
      freeOver: "",
      minDays: "1",
      maxDays: "1",
      position: "5",
      ...over,
    });

  it("parses prices in the store currency's minor units; an empty free-over means never free", () => {
    expect(rate().data).toEqual({
      name: "Overnight",
      code: "overnight",
      description: "",
      price: 2499,
      freeOver: null,
      minDays: 1,
      maxDays: 1,
      position: 5,
      active: false,
    });
    expect(rate({ freeOver: "100", active: "on" }).data).toMatchObject({ freeOver: 10000, active: true });
    expect(
      shippingRateSchema("JPY").safeParse({
        name: "Bin",
        code: "bin",
        description: "",
        price: "800",
        freeOver: "",
        minDays: "0",
        maxDays: "2",
        position: "0",
      }).data?.price,
    ).toBe(800);
  });

  it("refuses bad prices, codes and day ranges", () => {
    expect(rate({ price: "-1" }).success).toBe(false);
    expect(rate({ price: "4.999" }).success).toBe(false);
    expect(rate({ price: "" }).success).toBe(false);
    expect(rate({ freeOver: "lots" }).success).toBe(false);
    expect(rate({ code: "Over Night" }).success).toBe(false);
    expect(rate({ name: " " }).success).toBe(false);
    const days = rate({ minDays: "3", maxDays: "1" });
    expect(days.success).toBe(false);
    expect(days.error?.issues[0]).toMatchObject({ path: ["maxDays"] });
  });
});
