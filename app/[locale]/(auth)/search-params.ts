export type AuthSearchParams = Promise<Record<string, string | string[] | undefined>>;

/** The first value of a query parameter. */
export function param(params: Record<string, string | string[] | undefined>, key: string): string | undefined {
  const v = params[key];
  return Array.isArray(v) ? v[0] : v;
}
