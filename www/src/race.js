// Data races as the VM's detector reports them: `race` events of Session.events, each the
// goroutine's access at `line` and the earlier, unordered access of `prevGoroutine` at
// `prevLine` (made at statement `prevStep`).

/** How Go's race report names a goroutine. */
export function goroutineName(id) {
  return id === 1 ? "main goroutine" : `goroutine ${id}`;
}

/** The two labels of a race: the access and the previous one. */
export function raceLabels(race) {
  const kind = (write) => (write ? "write" : "read");
  return {
    current: `${kind(race.write)} by ${goroutineName(race.goroutine)}`,
    previous: `previous ${kind(race.prevWrite)} by ${goroutineName(race.prevGoroutine)}`,
  };
}

export function raceEvents(events) {
  return events.filter((e) => e.kind === "race");
}
