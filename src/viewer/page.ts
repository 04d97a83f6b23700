/** The preview page: a full-window canvas with a control bar; its script is the viewer bundle. */
export function previewPage(title: string): string {
  const safe = title.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${safe} · move-ugc preview</title>
<style>
  html, body { margin: 0; height: 100%; background: #1d2127; color: #e6e8eb; font: 14px system-ui, sans-serif; }
  body { display: flex; flex-direction: column; }
  #stage { flex: 1; min-height: 0; }
  #stage canvas { display: block; }
  #bar { display: flex; gap: 12px; align-items: center; padding: 10px 14px; background: #15181d; }
  #bar button { min-width: 70px; padding: 4px 10px; }
  #timeline { flex: 1; }
  #clock { font-variant-numeric: tabular-nums; min-width: 110px; }
  #title { font-weight: 600; }
  #info { color: #9aa3ad; }
</style>
</head>
<body>
<div id="stage"></div>
<div id="bar">
  <span id="title">${safe}</span>
  <button id="play" disabled>Play</button>
  <input id="timeline" type="range" min="0" max="1" step="0.001" value="0" disabled aria-label="animation time">
  <span id="clock">0.00 / 0.00 s</span>
  <span id="info">loading…</span>
</div>
<script type="module" src="viewer.js"></script>
</body>
</html>
`;
}
