"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { SelectField } from "@/components/ui/field";
import { CHINA_PROVINCES } from "@/lib/addresses/china/provinces";
import type { CityRegions } from "@/lib/addresses/china/regions";

type Props = {
  /** Region codes: province (2 digits), city (4), district (6 or more). */
  values: Record<string, string | null | undefined>;
  error: (field: string) => string | undefined;
};

// One province's cities, fetched once per page (a static file per province, see app/api/regions/cn).
const cache = new Map<string, Promise<CityRegions[]>>();
function citiesOf(province: string): Promise<CityRegions[]> {
  let found = cache.get(province);
  if (!found) {
    found = fetch(`/api/regions/cn/${province}`).then((r) =>
      r.ok ? (r.json() as Promise<CityRegions[]>) : Promise.reject(new Error(`${r.status}`)),
    );
    found.catch(() => cache.delete(province));
    cache.set(province, found);
  }
  return found;
}

/** Province → City → District, each list filled once the one before is chosen. */
export function ChinaRegionFields({ values, error }: Props) {
  const t = useTranslations("address");
  const [province, setProvince] = useState(values.province ?? "");
  const [city, setCity] = useState(values.city ?? "");
  const [district, setDistrict] = useState(values.district ?? "");
  const [loaded, setLoaded] = useState<{ province: string; cities: CityRegions[] } | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!province) return;
    let live = true;
    citiesOf(province).then(
      (cities) => live && setLoaded({ province, cities }),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [province]);

  const cities = loaded?.province === province ? loaded.cities : null;
  const districts = cities?.find((c) => c.code === city)?.districts ?? [];
  const placeholder = (ready: boolean) => (
    <option value="" disabled={!ready}>
      {ready ? t("fields.choose") : t("fields.loading")}
    </option>
  );

  return (
    <div className="grid gap-4 sm:grid-cols-3">
      <SelectField
        name="province"
        label={t("fields.province")}
        autoComplete="address-level1"
        required
        value={province}
        onChange={(e) => {
          setProvince(e.target.value);
          setCity("");
          setDistrict("");
          setFailed(false);
        }}
        error={error("province") ?? (failed ? t("fields.regionsFailed") : undefined)}
      >
        <option value="">{t("fields.choose")}</option>
        {CHINA_PROVINCES.map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="city"
        label={t("fields.city")}
        autoComplete="address-level2"
        required
        disabled={!province}
        value={cities ? city : ""}
        onChange={(e) => {
          setCity(e.target.value);
          setDistrict("");
        }}
        error={error("city")}
      >
        {placeholder(!province || !!cities)}
        {cities?.map((c) => (
          <option key={c.code} value={c.code}>
            {c.name}
          </option>
        ))}
      </SelectField>
      <SelectField
        name="district"
        label={t("fields.district")}
        autoComplete="address-level3"
        required
        disabled={!city || !cities}
        value={cities ? district : ""}
        onChange={(e) => setDistrict(e.target.value)}
        error={error("district")}
      >
        {placeholder(!province || !!cities)}
        {districts.map((d) => (
          <option key={d.code} value={d.code}>
            {d.name}
          </option>
        ))}
      </SelectField>
    </div>
  );
}
