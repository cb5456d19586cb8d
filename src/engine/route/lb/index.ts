/**
 * Load-balancing primitives of the routing engine: Envoy's hashes, consistent-hash tables,
 * per-cluster pickers, the weighted-destination pick and the seeded random source. Pure
 * functions and small stateful pickers; nothing here knows about Istio resources.
 */
export { createRng, type Rng } from './rng.ts';
export { xxh64, xxh64Into } from './xxh64.ts';
export { utf8Encode, utf8EncodeInto, utf8Length, compareUtf8 } from './utf8.ts';
export { u64Hi, u64Lo, u64FromHalves, u64ToHex } from './u64.ts';
export {
  hashHeaderValues, xxh64Chain, hashSourceIp, hashQueryParameter, queryParameterValue, hashString,
} from './hashKey.ts';
export {
  parseCookieValue, generateCookieValue, cookieHashKey, makeSetCookieValue, type CookieHashKey,
} from './cookie.ts';
export {
  buildRingHash, pickRingHashHost, pickRingHashHostHalves, ringPointFor,
  DEFAULT_MIN_RING_SIZE, DEFAULT_MAX_RING_SIZE, type RingHash, type RingHost,
} from './ringHash.ts';
export {
  buildMaglevTable, pickMaglevHost, pickMaglevHostHalves,
  DEFAULT_MAGLEV_TABLE_SIZE, MAX_MAGLEV_TABLE_SIZE, type Maglev, type MaglevHost,
} from './maglev.ts';
export { pickWeighted, weightedIndexAt, newWeightedPick, type WeightedPick } from './pickWeighted.ts';
export { createLeastRequestPicker, type LeastRequestPicker } from './leastRequest.ts';
export { createRoundRobinPicker, type RoundRobinPicker } from './roundRobin.ts';
export { createRandomPicker, type RandomPicker } from './random.ts';
