package org.levier.web.it;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment every integration test uses: the WAR exactly as Maven built it ({@code web/target/levier.war},
 * passed by failsafe as {@code levier.war}), so a test sees what production runs and nothing is hand-listed.
 * Tests use it in client mode, {@code @Deployment(testable = false)}, and talk to the application over HTTP.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive builtWar() {
        String path = System.getProperty("levier.war");
        if (path == null || path.isBlank()) {
            throw new IllegalStateException("System property levier.war is not set: run the ITs through Maven failsafe");
        }
        File war = new File(path);
        if (!war.isFile()) {
            throw new IllegalStateException("The built WAR is missing: " + war.getAbsolutePath()
                    + " (the integration tests run after 'package')");
        }
        try {
            // failsafe points java.io.tmpdir into target/, where the adapter then leaves its copies of the WAR.
            Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the temporary folder", e);
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war);
    }
}
