/**
 * Everything that reads or writes a permalink (`#v1/…`, deflate by fflate: ~6 KB gzip), as one
 * lazily loaded chunk (loadLinkCodec.ts). A page opened without a link needs it only once the
 * address bar must hold a permalink (after an edit), a link is pasted, or one is shared.
 */
export { decodePermalink, encodePermalink } from './permalink.ts';
export { appBaseUrl, embedUrl, permalinkUrl, urlForState } from './shareUrls.ts';
