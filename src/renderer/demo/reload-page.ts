// Demo mode entered, left or reset: the page starts again against the core now in use (its
// machines, saved progress and lists all belong to the other one).
export function reloadPage() {
  window.location.reload();
}
