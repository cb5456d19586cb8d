import type { ShellToken } from './tokenize.ts';

/** A header from -H: lower-cased name, value, and the column of its argument. */
export interface Header {
  name: string;
  value: string;
  column: number;
}

/** What the options given so far ask for, collected before the request is built. */
export interface State {
  headers: Header[];
  /** Names given as `-H 'Name:'`: curl then omits its own header of that name. */
  suppressed: Set<string>;
  host?: Header;
  method?: { value: string; column: number };
  cookies: string[];
  data: { value: string; column: number; file: boolean }[];
  hasBody: boolean;
  json: boolean;
  form: boolean;
  upload?: number;
  head?: number;
  get: boolean;
  url?: ShellToken;
  userAgent?: string;
  referer?: string;
  user?: { value: string; column: number };
  range?: string;
  globoff: boolean;
  pathAsIs: boolean;
}
