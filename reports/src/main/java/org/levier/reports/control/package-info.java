/**
 * Report machinery: the build-time template compiler, the renderer (fill and export) and the beans the templates
 * read (Jasper reads getters, not record components).
 */
package org.levier.reports.control;
