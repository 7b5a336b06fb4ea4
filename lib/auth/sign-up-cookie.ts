import "server-only";
import { cookies } from "next/headers";
import { COOKIES } from "@/lib/cookie-names";
import { env } from "@/lib/env";

/** Keeps the sign-up proof for an hour (the code it goes with lives 10 minutes; a new code can be asked for). */
export async function keepSignUpProof(proof: string): Promise<void> {
  const site = new URL(env().SITE_URL);
  const localHttp = site.protocol === "http:" && ["localhost", "127.0.0.1", "[::1]"].includes(site.hostname);
  (await cookies()).set(COOKIES.signUpProof, proof, {
    httpOnly: true,
    sameSite: "lax",
    secure: site.protocol === "https:" || (process.env.NODE_ENV === "production" && !localHttp),
    path: "/",
    maxAge: 60 * 60,
  });
}

export async function readSignUpProof(): Promise<string | undefined> {
  return (await cookies()).get(COOKIES.signUpProof)?.value;
}
