/**
 * The web layer's small core, used alike by the API ({@code rest}), the pages ({@code faces}) and the servlet-level
 * security: who is calling ({@link org.levier.web.core.Caller}), the one problem+json shape
 * ({@link org.levier.web.core.Problem}), how a file is handed over ({@link org.levier.web.core.Downloads}) and how
 * export parameters are read ({@link org.levier.web.core.ExportRequests}). It imports neither {@code rest} nor
 * {@code faces}.
 */
package org.levier.web.core;
