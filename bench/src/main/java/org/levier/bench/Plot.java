package org.levier.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * A log-log chart of each query's median time against the number of dossiers, drawn with the JDK (Java 2D, ImageIO
 * PNG): one line per query, a legend at the right. Headless: no display needed.
 */
final class Plot {

    private static final int WIDTH = 1400;
    private static final int HEIGHT = 800;
    private static final int LEFT = 80;
    private static final int TOP = 40;
    private static final int PLOT_WIDTH = 780;
    private static final int PLOT_HEIGHT = 680;
    private static final Color[] COLOURS = {new Color(0x1f5fa8), new Color(0xc2410c), new Color(0x15803d),
        new Color(0x7e22ce), new Color(0xb45309), new Color(0x0e7490), new Color(0xbe123c), new Color(0x4d7c0f),
        new Color(0x334155), new Color(0xa21caf)};

    private Plot() {
    }

    /** Writes the chart of {@code medians} (query → median ms per size, in the order of {@code sizes}). */
    static void write(Path file, List<Integer> sizes, Map<String, double[]> medians) throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        double minMs = medians.values().stream().flatMapToDouble(java.util.Arrays::stream).filter(v -> v > 0)
                .min().orElse(0.1);
        double maxMs = medians.values().stream().flatMapToDouble(java.util.Arrays::stream).max().orElse(1);
        double yLow = Math.floor(Math.log10(Math.max(minMs, 0.01)));
        double yHigh = Math.ceil(Math.log10(Math.max(maxMs, 1)));
        double xLow = Math.log10(sizes.getFirst());
        double xHigh = Math.log10(sizes.getLast());
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.setColor(new Color(0xdddddd));
        for (double decade = yLow; decade <= yHigh; decade++) {
            int y = y(decade, yLow, yHigh);
            g.drawLine(LEFT, y, LEFT + PLOT_WIDTH, y);
        }
        g.setColor(Color.BLACK);
        g.drawRect(LEFT, TOP, PLOT_WIDTH, PLOT_HEIGHT);
        for (double decade = yLow; decade <= yHigh; decade++) {
            String label = Math.pow(10, decade) >= 1 ? "%,.0f ms".formatted(Math.pow(10, decade))
                    : "%s ms".formatted(Math.pow(10, decade));
            g.drawString(label, 5, y(decade, yLow, yHigh) + 5);
        }
        for (int size : sizes) {
            int x = x(Math.log10(size), xLow, xHigh);
            g.drawLine(x, TOP + PLOT_HEIGHT, x, TOP + PLOT_HEIGHT + 5);
            g.drawString("%,d".formatted(size), x - 20, TOP + PLOT_HEIGHT + 22);
        }
        g.drawString("dossiers (log scale)", LEFT + PLOT_WIDTH / 2 - 60, HEIGHT - 30);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString("Levier bench: median time per query against the number of dossiers (log-log)", LEFT, 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        int index = 0;
        for (Map.Entry<String, double[]> query : medians.entrySet()) {
            Color colour = COLOURS[index % COLOURS.length];
            boolean maintained = query.getKey().startsWith("maintained");
            g.setColor(colour);
            g.setStroke(maintained ? new BasicStroke(2.5f) : new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_ROUND, 1f, new float[] {6f, 4f}, 0f));
            double[] ms = query.getValue();
            for (int i = 0; i < sizes.size(); i++) {
                int x = x(Math.log10(sizes.get(i)), xLow, xHigh);
                int y = y(Math.log10(Math.max(ms[i], Math.pow(10, yLow))), yLow, yHigh);
                g.fillOval(x - 3, y - 3, 7, 7);
                if (i > 0) {
                    g.drawLine(x(Math.log10(sizes.get(i - 1)), xLow, xHigh),
                            y(Math.log10(Math.max(ms[i - 1], Math.pow(10, yLow))), yLow, yHigh), x, y);
                }
            }
            int legendY = TOP + 10 + index * 18;
            g.drawLine(LEFT + PLOT_WIDTH + 20, legendY - 4, LEFT + PLOT_WIDTH + 50, legendY - 4);
            g.setColor(Color.BLACK);
            g.drawString(query.getKey(), LEFT + PLOT_WIDTH + 56, legendY);
            index++;
        }
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }

    private static int x(double log, double low, double high) {
        return LEFT + (int) Math.round((high == low ? 0.5 : (log - low) / (high - low)) * PLOT_WIDTH);
    }

    private static int y(double log, double low, double high) {
        return TOP + PLOT_HEIGHT - (int) Math.round((high == low ? 0.5 : (log - low) / (high - low)) * PLOT_HEIGHT);
    }
}
