import { FormStatus } from "@/components/ui/form-messages";

/** The confirmation a back-office action redirected back with (`?notice=code`), from the page's own list. */
export function NoticeMessage({ code, messages }: { code: string | string[] | undefined; messages: Record<string, string> }) {
  const text = typeof code === "string" && Object.hasOwn(messages, code) ? messages[code] : undefined;
  return text ? <FormStatus>{text}</FormStatus> : null;
}
