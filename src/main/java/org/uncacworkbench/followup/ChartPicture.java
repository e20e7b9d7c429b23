package org.uncacworkbench.followup;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A bar chart drawn as a picture for documents (the mid-term report), without a window: the same
 * counts the page's charts show, in the document's language. Drawn at twice the size it is printed,
 * so that it stays sharp.
 */
final class ChartPicture {

    private static final int WIDTH = 1200;
    private static final int HEIGHT = 560;
    private static final Color BAR = new Color(0x2F5597);

    private ChartPicture() {
    }

    /** Writes the chart as a PNG file in the temporary folder; the caller deletes it once the document is written. */
    static Path bars(String title, List<String> labels, List<Integer> values) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            String family = java.util.Arrays.asList(java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                    .contains("Noto Sans CJK TC") ? "Noto Sans CJK TC" : Font.SANS_SERIF;
            g.setColor(Color.BLACK);
            g.setFont(new Font(family, Font.BOLD, 34));
            FontMetrics fm = g.getFontMetrics();
            g.drawString(title, (WIDTH - fm.stringWidth(title)) / 2, 50);
            int left = 80;
            int right = WIDTH - 30;
            int top = 90;
            int bottom = HEIGHT - 80;
            int max = Math.max(1, values.stream().mapToInt(Integer::intValue).max().orElse(1));
            int step = Math.max(1, (int) Math.ceil(max / 5.0));
            int scaleMax = ((max + step - 1) / step) * step;
            g.setFont(new Font(family, Font.PLAIN, 24));
            fm = g.getFontMetrics();
            g.setStroke(new BasicStroke(1));
            for (int v = 0; v <= scaleMax; v += step) {
                int y = bottom - (bottom - top) * v / scaleMax;
                g.setColor(new Color(0xDDDDDD));
                g.drawLine(left, y, right, y);
                g.setColor(Color.DARK_GRAY);
                String s = String.valueOf(v);
                g.drawString(s, left - 12 - fm.stringWidth(s), y + fm.getAscent() / 2 - 2);
            }
            int n = labels.size();
            int slot = (right - left) / Math.max(1, n);
            for (int i = 0; i < n; i++) {
                int h = (bottom - top) * values.get(i) / scaleMax;
                int x = left + i * slot + slot / 6;
                g.setColor(BAR);
                g.fillRect(x, bottom - h, slot * 2 / 3, h);
                g.setColor(Color.BLACK);
                String count = String.valueOf(values.get(i));
                g.drawString(count, x + (slot * 2 / 3 - fm.stringWidth(count)) / 2, bottom - h - 8);
                String label = labels.get(i);
                g.drawString(label, left + i * slot + (slot - fm.stringWidth(label)) / 2, bottom + 34);
            }
            g.setColor(Color.GRAY);
            g.drawLine(left, bottom, right, bottom);
        } finally {
            g.dispose();
        }
        try {
            Path file = Files.createTempFile("uncac-chart-", ".png");
            javax.imageio.ImageIO.write(image, "png", file.toFile());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
