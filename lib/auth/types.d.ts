import type { UserRole } from "@/db/schema";

declare module "next-auth" {
  interface User {
    role?: UserRole;
    sessionVersion?: number;
    secondFactor?: boolean;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: UserRole; sessionVersion: number; secondFactor: boolean };
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    role?: UserRole;
    sv?: number;
    mfa?: boolean;
  }
}
