// The companion page's style, served as /idnow/companion.css: a phone screen, big targets,
// readable outdoors in a workshop.

export const companionStyle = `
:root {
  --accent: #ff5a36;
  --accent-dark: #c9381a;
  --ink: #1d2433;
  --muted: #5b6475;
  --line: #d9dde5;
  --error: #b3261e;
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: var(--ink);
  background: #f4f5f8;
}
* { box-sizing: border-box; }
body { margin: 0; min-height: 100vh; }
.brand {
  display: flex; align-items: center; justify-content: space-between;
  padding: 16px 20px; background: #fff; border-bottom: 1px solid var(--line);
}
.logo { font-size: 1.6rem; font-weight: 800; letter-spacing: -0.02em; }
.badge {
  font-size: 0.8rem; color: var(--muted); border: 1px solid var(--line);
  border-radius: 999px; padding: 2px 10px;
}
main { max-width: 480px; margin: 0 auto; padding: 24px 20px 48px; }
section, form { display: flex; flex-direction: column; gap: 16px; }
[hidden] { display: none !important; }
h1 { font-size: 1.5rem; margin: 0; }
h1:focus { outline: none; }
h2 { font-size: 1rem; margin: 16px 0 4px; }
p { margin: 0; line-height: 1.5; }
.lead { font-size: 1.1rem; }
label { font-weight: 600; }
input[type='text'], input:not([type]) {
  font: inherit; font-size: 1.3rem; letter-spacing: 0.08em; text-transform: uppercase;
  padding: 14px; border: 2px solid var(--line); border-radius: 10px; background: #fff;
}
input:focus-visible, button:focus-visible, a:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px;
}
button {
  font: inherit; font-size: 1.1rem; min-height: 52px; border-radius: 26px; cursor: pointer;
}
button.primary { border: 0; background: var(--accent-dark); color: #fff; font-weight: 700; }
button.primary:hover:not(:disabled) { background: var(--accent-dark); }
button:disabled { opacity: 0.45; cursor: not-allowed; }
button.link {
  border: 0; background: none; color: var(--muted); text-decoration: underline; min-height: 44px;
}
.check { display: flex; gap: 12px; align-items: flex-start; font-weight: 400; }
.check input { width: 28px; height: 28px; flex: none; accent-color: var(--accent); }
.links { display: flex; flex-direction: column; gap: 8px; }
a { color: var(--accent-dark); }
.legal { border-top: 1px solid var(--line); margin-top: 16px; color: var(--muted); }
.checklist { margin: 0; padding-left: 1.2em; display: flex; flex-direction: column; gap: 12px; }
.checklist li { font-size: 1.1rem; }
.photo {
  display: flex; flex-direction: column; gap: 8px; padding: 16px; background: #fff;
  border: 2px dashed var(--line); border-radius: 12px;
}
.photo input { font: inherit; }
.photo img { max-width: 100%; max-height: 180px; object-fit: contain; border-radius: 8px; }
.photo output { color: var(--muted); }
/* Demo mode: the one tap a trainer makes instead of a photo, as large as a primary button. */
button.demo-photo {
  min-height: 3.5rem; border: 2px solid var(--accent); background: #fff;
  color: var(--accent-dark); font-weight: 700; padding: 0 16px;
}
.error { color: var(--error); font-weight: 600; min-height: 1.5em; margin-top: 16px; }
`;
