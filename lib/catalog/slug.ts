/** A route's slug param as text: decoded when it can be, capped in length, never throwing. */
export function slugParam(raw: string): string {
  let text = raw;
  try {
    text = decodeURIComponent(raw);
  } catch {
    // A stray "%" is just an unknown slug.
  }
  return text.slice(0, 200);
}
