import "server-only";
import type { z } from "zod";
import { hasPermission, permissionRefusal, requireStaffAction, type StaffPermission } from "@/lib/auth/staff";
import type { SessionUser } from "@/lib/auth/session";
import { type CallOptions, defineCallAction, defineFormAction, type FormAnswer, type FormOptions, type Guard } from "./define";

export type StaffContext = { user: SessionUser };
type Role = {
  /** `admin` also refuses staff (default: staff, which includes admins). */
  role?: "staff" | "admin";
  /** A named permission (lib/auth/staff.ts) the caller must also hold, refused with its own sentence. */
  permission?: StaffPermission;
};

/**
 * requireStaffAction on every call: signed in, staff (or `role`), and the
 * session's two-factor step done (a session still owing it is refused).
 */
function staffGuard<R>({ role = "staff", permission }: Role): Guard<StaffContext, R> {
  return async () => {
    const check = await requireStaffAction(role);
    // The refusal is an ActionState; staff actions answer ActionState or an extension of it.
    if (!check.ok) return { ok: false, answer: check.state as R };
    if (permission && !hasPermission(check.user, permission)) return { ok: false, answer: permissionRefusal(permission) as R };
    return { ok: true, ctx: { user: check.user } };
  };
}

/**
 * A back-office form action: the caller must be signed in with `role` (checked
 * on every call, whatever the page did), then the form is parsed with `schema`;
 * `fn` gets the parsed input and the staff member.
 */
export function staffAction<S extends z.ZodType, R extends FormAnswer = FormAnswer, K extends string = never>(
  options: FormOptions<S, StaffContext, R, K> & Role,
  fn: (input: z.output<S>, ctx: StaffContext & { form: FormData }) => Promise<R>,
) {
  return defineFormAction("staff", staffGuard<R>(options), options, fn);
}

/** A back-office action called with arguments (not a form), parsed by `args`. */
staffAction.call = function staffCall<T extends z.ZodType<readonly unknown[]>, R extends FormAnswer>(
  options: CallOptions<T, StaffContext, R> & Role,
  fn: (args: z.output<T>, ctx: StaffContext) => Promise<R>,
) {
  return defineCallAction("staff", staffGuard<R>(options), options, fn);
};
