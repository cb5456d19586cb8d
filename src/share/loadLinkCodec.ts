type LinkCodec = typeof import('./linkCodec.ts');

let loaded: LinkCodec | undefined;
let loading: Promise<LinkCodec> | undefined;

/** The permalink codec (linkCodec.ts), loaded on the first call; a failed load is tried again on the next. */
export function loadLinkCodec(): Promise<LinkCodec> {
  loading ??= import('./linkCodec.ts').then(
    (codec) => (loaded = codec),
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** The codec once loaded, for code that must stay synchronous (writing the URL as the page hides). */
export function loadedLinkCodec(): LinkCodec | undefined {
  return loaded;
}

/** Starts the load without waiting (on idle after the first graph paint, so the first edit finds it). */
export const linkCodecPreload = { preload: () => void loadLinkCodec().catch(() => {}) };
