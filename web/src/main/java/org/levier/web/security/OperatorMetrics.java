package org.levier.web.security;

import jakarta.servlet.annotation.HttpConstraint;
import jakarta.servlet.annotation.ServletSecurity;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import org.levier.shared.entity.Role;

/**
 * {@code GET /api/v1/metrics}: the JVM's gauges in the Prometheus text format, for operators — an auditor or an
 * administrator, with HTTP Basic or a bearer token as on the rest of the API. Payara's own {@code /metrics}, public,
 * is switched off ({@code config/payara/post-boot-commands.asadmin}: it answers 403 to everyone).
 */
@WebServlet("/api/v1/metrics")
@ServletSecurity(@HttpConstraint(rolesAllowed = {Role.AUDITOR_NAME, Role.ADMIN_NAME}))
public class OperatorMetrics extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        StringBuilder out = new StringBuilder();
        MemoryUsage heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        gauge(out, "levier_jvm_heap_used_bytes", "Heap in use", heap.getUsed());
        gauge(out, "levier_jvm_heap_committed_bytes", "Heap committed", heap.getCommitted());
        gauge(out, "levier_jvm_heap_max_bytes", "Heap limit", heap.getMax());
        gauge(out, "levier_jvm_threads", "Live threads", ManagementFactory.getThreadMXBean().getThreadCount());
        gauge(out, "levier_jvm_uptime_seconds", "Time since the JVM started",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1000);
        gauge(out, "levier_jvm_available_processors", "Processors available",
                Runtime.getRuntime().availableProcessors());
        long collections = 0;
        long collectionMillis = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collections += Math.max(0, gc.getCollectionCount());
            collectionMillis += Math.max(0, gc.getCollectionTime());
        }
        gauge(out, "levier_jvm_gc_collections_total", "Garbage collections", collections);
        gauge(out, "levier_jvm_gc_seconds_total", "Time spent collecting garbage", collectionMillis / 1000.0);
        response.setContentType("text/plain; version=0.0.4");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(out.toString());
    }

    private static void gauge(StringBuilder out, String name, String help, Number value) {
        out.append("# HELP ").append(name).append(' ').append(help).append('\n')
                .append("# TYPE ").append(name).append(" gauge\n")
                .append(name).append(' ').append(value).append('\n');
    }
}
