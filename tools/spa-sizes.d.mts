// Types for spa-sizes.mjs, for the web build's TypeScript config that imports it.

export interface SpaFileSize {
  gzipBytes: number;
  rawBytes: number;
}

export interface SpaChunk extends SpaFileSize {
  file: string;
  /** The page module (relative to apps/web) when the chunk is a lazily loaded page's own chunk. */
  route?: string;
}

export interface SpaSizes {
  compression: string;
  target: { initialGzipBytes: number };
  /** The entry and its static imports: what every page, the sign-in page included, loads first. */
  initial: SpaFileSize & { files: string[] };
  /** Every lazily loaded JavaScript file, largest first. */
  chunks: SpaChunk[];
  /** Gzip bytes to reach each journey's page: the initial JavaScript plus what its pages import. */
  routes: { 'sign-in': number; 'ta-session-log': number } & Record<string, number>;
  /** Gzip bytes to show each lazily loaded page on its own (initial included). */
  pages: Record<string, number>;
}

export const INITIAL_GZIP_TARGET_BYTES: number;
export const GZIP_LEVEL: number;
export const JOURNEYS: Record<string, string[]>;

export function spaSizes(distDir?: string): SpaSizes;
export function formatSpaSizes(report: SpaSizes): string;
