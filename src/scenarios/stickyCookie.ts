/** Session affinity on a cookie: consistentHash httpCookie with a ttl (Envoy generates the cookie). */
import { shopDeployment, shopNamespace, shopService, webClient } from './shop.ts';

export const stickyCookieYaml = `# Session affinity on a cookie. The cart keeps a shopper's cart in memory,
# so every request of one session should reach the same pod.

${shopNamespace}---
${shopService('cart', '# cart: one Service over four identical pods.')}---
${shopDeployment('cart', undefined, 4, '# Four cart pods, each holding the carts of the sessions hashed to it.')}---
# Hash the cookie user-session onto a ring of the four pods (ring hash, the
# default). Because ttl is set, a request WITHOUT the cookie gets one made up
# by Envoy (returned in Set-Cookie, valid for an hour); only a client that
# sends it back sticks. Remove ttl and cookie-less requests get a random pod
# and no Set-Cookie.
apiVersion: networking.istio.io/v1
kind: DestinationRule
metadata:
  namespace: shop
  name: cart
spec:
  host: cart
  trafficPolicy:
    loadBalancer:
      consistentHash:
        httpCookie:
          name: user-session
          path: /
          ttl: 3600s
---
${webClient}---
# Playground only: three in four requests carry a session cookie (four
# shoppers, like curl -b 'user-session=alice'); one in four has none. curl
# keeps no cookie jar, so each of those gets a fresh generated cookie.
apiVersion: playground/v1
kind: Traffic
metadata:
  namespace: shop
  name: web-to-cart
spec:
  from: web
  rate: 20
  requests:
    - curl: "curl http://cart:8080/api/cart"
      headers:
        cookie: [user-session=alice, user-session=bob, user-session=carol, user-session=erin]
      weight: 3
    - curl: "curl http://cart:8080/api/cart"
      weight: 1
`;
