// Réglages opens the demo controls that live in the inbox tray: a tiny signal between the two,
// so the settings screen does not import the demo layer (a chunk loaded only in demo mode).
const requests = new EventTarget();

export function requestDemoControls() {
  requests.dispatchEvent(new Event('open'));
}

export function onDemoControlsRequest(listener: () => void): () => void {
  requests.addEventListener('open', listener);
  return () => requests.removeEventListener('open', listener);
}
