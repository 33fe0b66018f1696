// `all: initial !important` on :host beats even a page's `* { … !important }`:
// for important declarations the shadow tree's own rules win.
export const BANNER_CSS = `
:host{all:initial !important;position:fixed !important;top:12px !important;right:12px !important;z-index:2147483647 !important;display:block !important;width:min(430px,calc(100vw - 24px)) !important}
.box{box-sizing:border-box;margin:0;padding:14px 16px;border:2px solid #b54708;border-radius:10px;background:#fffaeb;color:#3d2400;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;box-shadow:0 6px 24px rgba(0,0,0,.25);text-align:left}
.headline{margin:0 0 6px;font-weight:700;font-size:16px}
.headline::before{content:"⚠\\FE0E  ";color:#b54708}
.line{margin:0 0 4px}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:10px;align-items:center}
a,button{font:inherit;font-size:15px;border-radius:6px;padding:7px 14px;cursor:pointer;text-decoration:none}
.primary{background:#0b4f9c;color:#fff;border:2px solid #0b4f9c;font-weight:600}
.primary:hover{background:#083b75}
.secondary{background:transparent;color:#3d2400;border:2px solid #8a5a00}
a:focus-visible,button:focus-visible{outline:3px solid #1d4ed8;outline-offset:2px}
@media (prefers-color-scheme:dark){.box{background:#2b1d05;color:#ffe8b3;border-color:#f0a035}.headline::before{color:#f0a035}.secondary{color:#ffe8b3;border-color:#f0a035}.primary{background:#5aa0f0;border-color:#5aa0f0;color:#0b1a2e}}
`;
