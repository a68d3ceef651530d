package dev.retort.dossier.render;

import dev.retort.dossier.model.Network;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * The network as a PNG: accounts as small dots coloured by campaign, shared values as larger squares coloured by
 * kind, thin lines between them. At 25,000 accounts the image still draws in well under a second because the layout
 * is computed, not simulated.
 */
final class NetworkSnapshot {
    static final int SIZE = 1400;
    private static final int MARGIN = 60;
    private static final int LEGEND = 70;
    static final int MAX_EDGES_DRAWN = 6_000;

    private NetworkSnapshot() {}

    static BufferedImage draw(Network net) {
        BufferedImage img = new BufferedImage(SIZE, SIZE + LEGEND, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, SIZE, SIZE + LEGEND);
            Map<String, NetworkLayout.Point> pos = NetworkLayout.of(net);
            int span = SIZE - 2 * MARGIN;
            int accounts = 0;
            int indicators = 0;
            for (Network.Node n : net.nodes()) {
                if ("account".equals(n.kind())) {
                    accounts++;
                } else {
                    indicators++;
                }
            }
            float edgeAlpha = net.edges().size() > 20_000 ? 0.03f : net.edges().size() > 2_000 ? 0.08f : 0.25f;
            g.setStroke(new BasicStroke(1f));
            g.setColor(new Color(0.3f, 0.35f, 0.4f, edgeAlpha));
            // Thousands of antialiased translucent lines are what makes Java2D slow; past a few thousand links the
            // eye cannot tell, so they are drawn aliased.
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, net.edges().size() > 2_000
                    ? RenderingHints.VALUE_ANTIALIAS_OFF : RenderingHints.VALUE_ANTIALIAS_ON);
            // Past MAX_EDGES_DRAWN an evenly spread sample of the links is drawn (the caption says how many): beyond
            // that the picture does not change, only the time to draw it.
            int step = Math.max(1, (int) Math.ceil(net.edges().size() / (double) MAX_EDGES_DRAWN));
            for (int k = 0; k < net.edges().size(); k += step) {
                Network.Edge e = net.edges().get(k);
                NetworkLayout.Point a = pos.get(e.source());
                NetworkLayout.Point b = pos.get(e.target());
                if (a != null && b != null) {
                    g.drawLine((int) (MARGIN + a.x() * span), (int) (MARGIN + a.y() * span),
                            (int) (MARGIN + b.x() * span), (int) (MARGIN + b.y() * span));
                }
            }
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Map<String, Color> campaignColour = new HashMap<>();
            double dot = accounts > 5_000 ? 3 : accounts > 500 ? 6 : 12;
            Ellipse2D.Double circle = new Ellipse2D.Double();
            for (Network.Node n : net.nodes()) {
                NetworkLayout.Point p = pos.get(n.id());
                if (p == null || !"account".equals(n.kind())) {
                    continue;
                }
                Color c = campaignColour.computeIfAbsent(String.valueOf(n.campaign()),
                        k -> Palette.series(campaignColour.size()));
                g.setColor(c);
                circle.setFrame(MARGIN + p.x() * span - dot / 2, MARGIN + p.y() * span - dot / 2, dot, dot);
                g.fill(circle);
            }
            for (Network.Node n : net.nodes()) {
                NetworkLayout.Point p = pos.get(n.id());
                if (p == null || "account".equals(n.kind())) {
                    continue;
                }
                g.setColor(Palette.indicator(n.kind()));
                int s = indicators > 400 ? 6 : indicators > 60 ? 11 : 18;
                int x = (int) (MARGIN + p.x() * span) - s / 2;
                int y = (int) (MARGIN + p.y() * span) - s / 2;
                g.fillRect(x, y, s, s);
                g.setColor(Color.WHITE);
                g.drawRect(x, y, s, s);
            }
            g.setFont(Fonts.sans(24f));
            g.setColor(Palette.INK);
            int drawn = (net.edges().size() + step - 1) / step;
            String caption = String.format("%,d accounts, %,d shared values, %,d links", accounts, indicators,
                    net.edges().size()) + (drawn < net.edges().size()
                    ? String.format(" (%,d drawn)", drawn) : "");
            g.drawString(caption, MARGIN, SIZE + 30);
            int x = MARGIN;
            g.setFont(Fonts.sans(20f));
            for (String[] k : new String[][] {{"shared_card", "card"}, {"shared_ip", "IP / network"},
                    {"shared_client", "client"}, {"email_domain", "e-mail"}, {"other", "other value"}}) {
                g.setColor(Palette.indicator(k[0]));
                g.fillRect(x, SIZE + 44, 16, 16);
                g.setColor(Palette.INK);
                g.drawString(k[1], x + 24, SIZE + 60);
                x += 60 + g.getFontMetrics().stringWidth(k[1]);
            }
            return img;
        } finally {
            g.dispose();
        }
    }
}
