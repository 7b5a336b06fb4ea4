"use client";

import { useState, useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * The promotion type chosen in the form, and whether a group of fields is hidden for it. Before the
 * page's script runs (or without it) every group shows, so the form still works; hidden groups are
 * also disabled, so what they hold is not sent.
 */
export function useTypeFields<T extends string>(initial: T) {
  const [type, setType] = useState<T>(initial);
  const hydrated = useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
  return {
    type,
    onTypeChange: (e: React.ChangeEvent<HTMLSelectElement>) => setType(e.target.value as T),
    hides: (...shownFor: T[]) => hydrated && !shownFor.includes(type),
  };
}
