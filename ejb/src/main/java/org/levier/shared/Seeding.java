package org.levier.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a component (on its {@code package-info.java}) a seeding of data that spans every component: its SQL may
 * read and write the tables of other components, because it lays down in one go the rows that their use cases would
 * have written one by one. Nothing that runs for a real fund may carry it; {@code TableOwnershipTest} lets no other
 * component write (or read) a table it does not own.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface Seeding {

    /** Why it writes other components' rows rather than going through their boundaries. */
    String value();
}
