package org.levier.bench.baseline;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The baseline WAR's JAX-RS application: its one resource at the root of the context. */
@ApplicationPath("")
public class BaselineApplication extends Application {
}
