import "server-only";
import { randomBytes } from "node:crypto";

/** 24 random bytes (192 bits) as 32 base64url characters: not guessable, and the link is the only key. */
export const newShareToken = () => randomBytes(24).toString("base64url");
