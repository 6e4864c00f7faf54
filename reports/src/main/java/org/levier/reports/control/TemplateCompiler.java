package org.levier.reports.control;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.design.JRJdk13Compiler;

/**
 * Build-time step (exec-maven-plugin, {@code process-classes}): compiles every {@code .jrxml} of a directory into a
 * {@code .jasper} of the same name. Report expressions are compiled by the JDK's own compiler against this JVM's class
 * path. Any template that does not compile stops the build with a non-zero exit status.
 */
public final class TemplateCompiler {

    private TemplateCompiler() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: TemplateCompiler <jrxml directory> <jasper directory>");
            System.exit(2);
        }
        Path source = Path.of(args[0]);
        Path target = Path.of(args[1]);
        Files.createDirectories(target);
        DefaultJasperReportsContext context = DefaultJasperReportsContext.getInstance();
        context.setProperty("net.sf.jasperreports.compiler.java", JRJdk13Compiler.class.getName());
        context.setProperty("net.sf.jasperreports.compiler.classpath", System.getProperty("java.class.path"));
        JasperCompileManager compiler = JasperCompileManager.getInstance(context);
        List<Path> templates;
        try (Stream<Path> files = Files.list(source)) {
            templates = files.filter(f -> f.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        int failures = 0;
        for (Path template : templates) {
            String name = template.getFileName().toString().replaceFirst("\\.jrxml$", ".jasper");
            try {
                compiler.compileToFile(template.toString(), target.resolve(name).toString());
                System.out.println("compiled " + template.getFileName());
            } catch (JRException | RuntimeException e) {
                failures++;
                System.err.println("report template " + template.getFileName() + " does not compile: " + e);
            }
        }
        if (failures > 0 || templates.isEmpty()) {
            System.err.println(templates.isEmpty() ? "no report template in " + source : failures + " template(s) failed");
            System.exit(1);
        }
    }
}
