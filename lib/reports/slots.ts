/** A counting semaphore: at most `max` holders at once; the others wait in arrival order. */
export type Slots = { acquire(): Promise<() => void>; readonly busy: number; readonly queued: number };

export function createSlots(max: number): Slots {
  let busy = 0;
  const queue: (() => void)[] = [];
  return {
    async acquire() {
      if (busy < max) busy++;
      else await new Promise<void>((resolve) => queue.push(resolve));
      let released = false;
      return () => {
        if (released) return;
        released = true;
        // Hand the slot straight to the next in line, so a newcomer cannot overtake it.
        const next = queue.shift();
        if (next) next();
        else busy--;
      };
    },
    get busy() {
      return busy;
    },
    get queued() {
      return queue.length;
    },
  };
}
