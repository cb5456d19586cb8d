import type { HttpRequest } from '../../model/request.ts';
import { Source, type Check } from './check.ts';
import { quote } from './compileStringMatch.ts';
import { headerValue } from './headerConditions.ts';
import { firstQueryValue } from './queryConditions.ts';

/** The sentence `test` reports for a condition that failed on `req`: what was seen, what was expected. */
export function explainFailure(c: Check, req: HttpRequest): string {
  const mt = c.matcher;
  const expected = mt ? mt.description : '';
  switch (c.source) {
    case Source.Invalid:
      return `${c.field} cannot be evaluated (${c.error ?? 'invalid'}), so this block never matches`;
    case Source.Uri:
      return `uri is ${quote(req.path)}, expected ${expected}`;
    case Source.Scheme:
      return `scheme is ${quote(req.scheme)}, expected ${expected}`;
    case Source.Method:
      return `method is ${quote(req.method)}, expected ${expected}`;
    case Source.Authority:
      return `authority is ${quote(req.authority)}, expected ${expected}`;
    case Source.Header: {
      const v = headerValue(req, c.name);
      if (v === undefined) {
        return mt!.kind === 'present'
          ? `header ${c.name} is absent, expected it to be present`
          : `header ${c.name} is absent, expected ${expected}`;
      }
      return `header ${c.name} is ${quote(v)}, expected ${expected}`;
    }
    case Source.WithoutHeader: {
      const v = headerValue(req, c.name);
      if (mt!.kind === 'present') return `header ${c.name} is present (${quote(v ?? '')}), but withoutHeaders requires it to be absent`;
      if (v === undefined) return `header ${c.name} is absent (tested as ''), which matches ${expected} in withoutHeaders`;
      return `header ${c.name} is ${quote(v)}, which matches ${expected} in withoutHeaders`;
    }
    case Source.Query: {
      const v = firstQueryValue(req.query, c.name);
      if (v === undefined) {
        return mt!.kind === 'present'
          ? `query parameter ${c.name} is absent, expected it to be present`
          : `query parameter ${c.name} is absent, expected ${expected}`;
      }
      return `query parameter ${c.name} is ${quote(v)}, expected ${expected}`;
    }
    case Source.JwtClaim:
      return `${c.field} matches a JWT claim, and the playground does not simulate validated JWTs`;
    case Source.WithoutJwtClaim:
      return `${c.field} matched`;
  }
}
