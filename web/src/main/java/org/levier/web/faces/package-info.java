/**
 * The Faces pages' backing beans ({@code *Page} per page, {@code *View} shared by the layout): language, current
 * user, formatting and the pages themselves. They only read through the EJB boundaries and hold no business rule;
 * what a role may do is enforced by the boundaries, the menus merely hide what a role cannot use.
 */
package org.levier.web.faces;

