package dev.retort.dossier.render;

import dev.retort.dossier.model.Timeline;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The timeline as a PNG drawn with Java2D (headless): exchanges per bucket, one line per campaign and a grey area for
 * everyone else, with a legend. No JavaFX, no fonts from the system.
 */
final class TimelineChart {
    static final int WIDTH = 1600;
    static final int HEIGHT = 640;
    private static final int LEFT = 110;
    private static final int RIGHT = 40;
    private static final int TOP = 70;
    private static final int BOTTOM = 80;

    private TimelineChart() {}

    static BufferedImage draw(Timeline timeline) {
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            List<Timeline.Series> series = timeline.series();
            long tMin = Long.MAX_VALUE;
            long tMax = Long.MIN_VALUE;
            long yMax = 1;
            for (Timeline.Series s : series) {
                for (long[] p : s.points()) {
                    tMin = Math.min(tMin, p[0]);
                    tMax = Math.max(tMax, p[0]);
                    yMax = Math.max(yMax, p[1]);
                }
            }
            g.setFont(Fonts.sansBold(26f));
            g.setColor(Palette.INK);
            g.drawString("Exchanges per " + timeline.bucket(), LEFT, 42);
            if (tMin == Long.MAX_VALUE) {
                g.setFont(Fonts.sans(24f));
                g.drawString("No exchanges in the case.", LEFT, HEIGHT / 2);
                return img;
            }
            if (tMax == tMin) {
                tMax = tMin + timeline.bucketMillis();
            }
            long niceMax = niceCeiling(yMax);
            int plotW = WIDTH - LEFT - RIGHT;
            int plotH = HEIGHT - TOP - BOTTOM;
            g.setFont(Fonts.sans(20f));
            for (int i = 0; i <= 4; i++) {
                int y = TOP + plotH - plotH * i / 4;
                g.setColor(Palette.GRID);
                g.drawLine(LEFT, y, LEFT + plotW, y);
                g.setColor(Palette.INK);
                String label = String.format("%,d", niceMax * i / 4);
                g.drawString(label, LEFT - 14 - g.getFontMetrics().stringWidth(label), y + 7);
            }
            DateTimeFormatter fmt = DateTimeFormatter.ofPattern(
                    timeline.bucket().equals("day") ? "MMM d" : "MMM d HH:mm").withZone(ZoneOffset.UTC);
            for (int i = 0; i <= 5; i++) {
                long t = tMin + (tMax - tMin) * i / 5;
                int x = LEFT + (int) ((t - tMin) * plotW / (double) (tMax - tMin));
                g.setColor(Palette.GRID);
                g.drawLine(x, TOP, x, TOP + plotH);
                g.setColor(Palette.INK);
                String label = fmt.format(Instant.ofEpochMilli(t));
                int w = g.getFontMetrics().stringWidth(label);
                g.drawString(label, Math.max(0, Math.min(WIDTH - w, x - w / 2)), TOP + plotH + 34);
            }
            g.drawString("UTC", LEFT + plotW - 40, TOP + plotH + 66);
            int colour = 0;
            int legendX = LEFT + 420;
            for (Timeline.Series s : series) {
                boolean other = s.campaign() == null;
                Color c = other ? Palette.OTHER : Palette.series(colour++);
                Path2D path = new Path2D.Double();
                boolean first = true;
                for (long[] p : s.points()) {
                    double x = LEFT + (p[0] - tMin) * plotW / (double) (tMax - tMin);
                    double y = TOP + plotH - p[1] * plotH / (double) niceMax;
                    if (first) {
                        path.moveTo(x, y);
                        first = false;
                    } else {
                        path.lineTo(x, y);
                    }
                }
                g.setColor(c);
                g.setStroke(new BasicStroke(other ? 2f : 3.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(path);
                g.fillRect(legendX, 24, 26, 14);
                g.setColor(Palette.INK);
                g.drawString(s.label(), legendX + 34, 38);
                legendX += 60 + g.getFontMetrics().stringWidth(s.label());
            }
            g.setColor(Palette.INK);
            g.setStroke(new BasicStroke(1.5f));
            g.drawLine(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH);
            return img;
        } finally {
            g.dispose();
        }
    }

    static long niceCeiling(long v) {
        long pow = 1;
        while (pow * 10 <= v) {
            pow *= 10;
        }
        for (long m : new long[] {1, 2, 5, 10}) {
            if (m * pow >= v) {
                return m * pow;
            }
        }
        return 10 * pow;
    }
}
