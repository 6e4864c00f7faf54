/**
 * Web security: the one authentication mechanism (HTTP Basic or bearer token on /api, session-backed form login
 * elsewhere), the security response headers, and logout. Public paths are listed in {@link PublicPaths};
 * everything else under /api and /app needs a signed-in caller. API requests never create an HTTP session.
 */
package org.levier.web.security;
