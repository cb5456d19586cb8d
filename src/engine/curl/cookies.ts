/**
 * Cookie name -> value from Cookie header values, in order. Like Envoy's Utility::parseCookie
 * (used by consistent hashing on `httpCookie`): pairs split on ';', whitespace trimmed, a value
 * in double quotes is unquoted, and the first occurrence of a name wins.
 */
export function parseCookieHeaders(values: readonly string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  if (!values) return out;
  for (const header of values) {
    for (const part of header.split(';')) {
      const eq = part.indexOf('=');
      if (eq < 0) continue;
      const name = part.slice(0, eq).trim();
      if (name === '' || Object.prototype.hasOwnProperty.call(out, name)) continue;
      let value = part.slice(eq + 1).trim();
      if (value.length >= 2 && value.startsWith('"') && value.endsWith('"')) value = value.slice(1, -1);
      setOwn(out, name, value);
    }
  }
  return out;
}

/** `obj[key] = value` that is safe for keys like `__proto__` (user-controlled names). */
export function setOwn<T>(obj: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}
