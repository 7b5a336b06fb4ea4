import "server-only";
import { cookies } from "next/headers";
import { COOKIES } from "@/lib/cookie-names";
import { setCookie } from "@/lib/cookies";

/** Keeps the sign-up proof for an hour (the code it goes with lives 10 minutes; a new code can be asked for). */
export async function keepSignUpProof(proof: string): Promise<void> {
  await setCookie(COOKIES.signUpProof, proof, 60 * 60);
}

export async function readSignUpProof(): Promise<string | undefined> {
  return (await cookies()).get(COOKIES.signUpProof)?.value;
}
