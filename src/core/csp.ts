/**
 * The Content-Security-Policy the production build ships, as a `<meta>` tag written into
 * `index.html` at build time (`vite.config.ts`); a server that sends headers should send the same
 * policy (README). The strictest the atlas runs under, measured by a browser test that walks a full
 * visit and expects no violation: everything from this site, workers and exported images also as
 * `blob:`, images also as `data:`, no inline script or style element, no plugins, no forms, no
 * `<base>`.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "style-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
