export { parseCurl, base64, type ParseCurlResult } from './parseCurl.ts';
export { formatCurl, shellQuote } from './formatCurl.ts';
export { tokenizeShell, type ShellToken, type TokenizeResult } from './tokenize.ts';
export { parseCurlUrl, defaultAuthority, defaultPort, removeDotSegments, type CurlUrl } from './url.ts';
export { parseCookieHeaders } from './cookies.ts';
