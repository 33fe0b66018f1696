// `all: initial !important` on :host beats even a page's `* { … !important }` (margins, transforms,
// visibility…): for important declarations the shadow tree's own rules win. The host is a block in the
// page's flow (render.ts puts it above <body>): the page's content starts below it.
// Sizes in px: the page's root font size must not make the bar grow over its content.
export const BANNER_CSS = `
:host{all:initial !important;display:block !important;position:relative !important;z-index:2147483647 !important}
.box{box-sizing:border-box;display:grid;grid-template-columns:minmax(0,1fr) auto;gap:6px 14px;align-items:start;margin:0;padding:8px 14px 10px;border-bottom:3px solid #b54708;background:#fffaeb;color:#3d2400;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;text-align:left}
.text{grid-column:1;grid-row:1;min-width:0}
.headline{margin:0;font-weight:700;font-size:15px}
.headline::before{content:"⚠\\FE0E  ";color:#b54708}
.line{margin:2px 0 0}
.actions{grid-column:1/-1;grid-row:2;display:flex;flex-wrap:wrap;gap:6px 8px;align-items:center}
.close{grid-column:2;grid-row:1}
.footer{grid-column:1/-1;margin:0;padding-top:4px;border-top:1px solid #e7c98f;font-size:12px;display:flex;flex-wrap:wrap;gap:2px 14px}
.footer a{padding:0;border:0;font-size:12px;color:#0b4f9c;text-decoration:underline}
.institution{font-weight:600}
a,button{font:inherit;font-size:14px;border-radius:6px;padding:5px 12px;cursor:pointer;text-decoration:none}
.primary{background:#0b4f9c;color:#fff;border:2px solid #0b4f9c;font-weight:600}
.primary:hover{background:#083b75}
.secondary{background:transparent;color:#3d2400;border:1px solid #8a5a00;font-size:13px}
.close{background:#fff;color:#3d2400;border:2px solid #3d2400;font-weight:600}
.close::before{content:"✕\\FE0E  " / ""}
a:focus-visible,button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media (max-width:640px),(max-height:450px){.box{padding:6px 10px 8px;gap:4px 8px;font-size:13px}.headline{font-size:14px}a,button{font-size:13px;padding:3px 9px}.secondary{font-size:12px}}
@media (prefers-color-scheme:dark){.box{background:#2b1d05;color:#ffe8b3;border-color:#f0a035}.headline::before{color:#f0a035}.secondary{color:#ffe8b3;border-color:#f0a035}.primary{background:#5aa0f0;border-color:#5aa0f0;color:#0b1a2e}.close{background:#2b1d05;color:#ffe8b3;border-color:#ffe8b3}.footer{border-color:#6b4a10}.footer a{color:#9cc6ff}}
`;
