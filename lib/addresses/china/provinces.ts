import data from "./provinces.json";
import type { Region } from "./regions";

/** China's provinces, for the address form in the browser (the whole tree stays on the server). */
export const CHINA_PROVINCES: Region[] = (data as [string, string][]).map(([code, name]) => ({ code, name }));
