import { chinaCities, chinaProvinces } from "@/lib/addresses/china/regions";

// One province's cities and districts for the address form: built once per province, served as a static file.
export const dynamic = "force-static";
export const dynamicParams = false;

export function generateStaticParams() {
  return chinaProvinces().map((p) => ({ province: p.code }));
}

export async function GET(_request: Request, { params }: { params: Promise<{ province: string }> }) {
  const cities = chinaCities((await params).province);
  if (!cities) return Response.json({ error: "Unknown province" }, { status: 404 });
  return Response.json(cities);
}
