package org.levier.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a component (on its {@code package-info.java}) a read model: its queries may read the tables of other
 * components, because the figures it serves are joins across them (a dossier's committed, paid and recovered money
 * next to its programme's action and axis). It writes only its own tables, like every other component. No other
 * component names another's table or entity in its query text; {@code TableOwnershipTest} fails the build otherwise.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface ReadModel {

    /** The components whose tables it reads, exactly (the test checks the list against its queries). */
    String[] reads();
}
