import { describe, expect, it } from "vitest";
import { missingFactor } from "./policy";

const enrolled = new Date();

describe("what the back office still asks of a session", () => {
  it("ADMIN_MFA=required: an admin without two-factor must enrol; staff may go without", () => {
    expect(missingFactor({ role: "admin", totpEnabledAt: null }, false, "required")).toBe("enrol");
    expect(missingFactor({ role: "staff", totpEnabledAt: null }, false, "required")).toBeNull();
    expect(missingFactor({ role: "customer", totpEnabledAt: null }, false, "required")).toBeNull();
  });

  it("anyone enrolled must pass the second step, unless two-factor is off", () => {
    for (const mode of ["required", "optional"] as const) {
      for (const role of ["admin", "staff"] as const) {
        expect(missingFactor({ role, totpEnabledAt: enrolled }, false, mode)).toBe("verify");
        expect(missingFactor({ role, totpEnabledAt: enrolled }, true, mode)).toBeNull();
      }
    }
    expect(missingFactor({ role: "admin", totpEnabledAt: enrolled }, false, "off")).toBeNull();
    expect(missingFactor({ role: "admin", totpEnabledAt: null }, false, "optional")).toBeNull();
  });
});
