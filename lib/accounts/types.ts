/** What GET /api/me answers: who is shopping and how many items their cart holds (for the header island of cached pages). */
export type MeResponse = { user: { name: string } | null; cartCount: number };
