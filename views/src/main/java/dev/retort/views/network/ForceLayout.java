package dev.retort.views.network;

import dev.retort.store.task.CancelledException;
import dev.retort.store.task.Progress;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * A Fruchterman-Reingold force-directed layout in plain Java, run off the FX thread. Repulsion is only computed
 * between nodes in neighbouring grid cells (the classic grid variant), so a step costs about O(n + e) rather than
 * O(n^2); a few hundred steps of a 2,000-node campaign take well under a second. Deterministic for a given seed.
 */
public final class ForceLayout {
    private ForceLayout() {
    }

    /**
     * Lays out {@code n} nodes joined by {@code edges} ({@code edges[i] = {a, b}}) in a square of side about
     * {@code sqrt(n) * spacing}, centred on the origin.
     *
     * @return {@code {x[], y[]}}
     */
    public static double[][] layout(int n, int[][] edges, double spacing, int iterations, long seed, Progress progress) {
        double[] x = new double[n];
        double[] y = new double[n];
        if (n == 0) {
            return new double[][] {x, y};
        }
        double side = Math.sqrt(n) * spacing;
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < n; i++) {
            // Start on a sunflower spiral: even coverage, no two nodes on one spot.
            double r = side / 2 * Math.sqrt((i + 0.5) / n);
            double a = i * 2.399963229728653 + random.nextDouble() * 0.01;
            x[i] = r * Math.cos(a);
            y[i] = r * Math.sin(a);
        }
        if (n == 1) {
            x[0] = 0;
            y[0] = 0;
            return new double[][] {x, y};
        }
        double k = spacing;
        double cell = 2 * k;
        double[] dx = new double[n];
        double[] dy = new double[n];
        double temperature = side / 10;
        int[] order = new int[n];
        for (int it = 0; it < iterations; it++) {
            if (progress.isCancelled()) {
                throw new CancelledException("network layout");
            }
            Arrays.fill(dx, 0);
            Arrays.fill(dy, 0);
            repulse(x, y, dx, dy, k, cell, order);
            for (int[] e : edges) {
                int a = e[0];
                int b = e[1];
                double ex = x[a] - x[b];
                double ey = y[a] - y[b];
                double d = Math.max(0.01, Math.sqrt(ex * ex + ey * ey));
                double f = d * d / k / d;
                dx[a] -= ex * f;
                dy[a] -= ey * f;
                dx[b] += ex * f;
                dy[b] += ey * f;
            }
            for (int i = 0; i < n; i++) {
                // A weak pull to the centre keeps unlinked nodes from drifting away.
                dx[i] -= x[i] * 0.01;
                dy[i] -= y[i] * 0.01;
                double d = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]);
                if (d > 0) {
                    double step = Math.min(d, temperature);
                    x[i] += dx[i] / d * step;
                    y[i] += dy[i] / d * step;
                }
            }
            temperature = Math.max(k * 0.02, temperature * 0.95);
            if ((it & 15) == 0) {
                progress.update(it, iterations, "Laying out the network");
            }
        }
        centre(x, y);
        return new double[][] {x, y};
    }

    private static void repulse(double[] x, double[] y, double[] dx, double[] dy, double k, double cell, int[] order) {
        int n = x.length;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            minX = Math.min(minX, x[i]);
            minY = Math.min(minY, y[i]);
            maxX = Math.max(maxX, x[i]);
            maxY = Math.max(maxY, y[i]);
        }
        int cols = Math.max(1, Math.min(1024, (int) ((maxX - minX) / cell) + 1));
        int rows = Math.max(1, Math.min(1024, (int) ((maxY - minY) / cell) + 1));
        int[] head = new int[cols * rows + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            int cx = Math.min(cols - 1, (int) ((x[i] - minX) / cell));
            int cy = Math.min(rows - 1, (int) ((y[i] - minY) / cell));
            cellOf[i] = cy * cols + cx;
            head[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            head[c + 1] += head[c];
        }
        int[] fill = Arrays.copyOf(head, head.length);
        for (int i = 0; i < n; i++) {
            order[fill[cellOf[i]]++] = i;
        }
        double k2 = k * k;
        for (int i = 0; i < n; i++) {
            int cx = cellOf[i] % cols;
            int cy = cellOf[i] / cols;
            for (int ny = Math.max(0, cy - 1); ny <= Math.min(rows - 1, cy + 1); ny++) {
                for (int nx = Math.max(0, cx - 1); nx <= Math.min(cols - 1, cx + 1); nx++) {
                    int c = ny * cols + nx;
                    for (int p = head[c]; p < head[c + 1]; p++) {
                        int j = order[p];
                        if (j == i) {
                            continue;
                        }
                        double ex = x[i] - x[j];
                        double ey = y[i] - y[j];
                        double d2 = Math.max(1e-4, ex * ex + ey * ey);
                        double f = k2 / d2;
                        dx[i] += ex * f;
                        dy[i] += ey * f;
                    }
                }
            }
        }
    }

    private static void centre(double[] x, double[] y) {
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < x.length; i++) {
            cx += x[i];
            cy += y[i];
        }
        cx /= x.length;
        cy /= y.length;
        for (int i = 0; i < x.length; i++) {
            x[i] -= cx;
            y[i] -= cy;
        }
    }

    /** The largest distance of a node from the origin. */
    public static double radius(double[][] xy) {
        double r = 0;
        for (int i = 0; i < xy[0].length; i++) {
            r = Math.max(r, Math.hypot(xy[0][i], xy[1][i]));
        }
        return r;
    }
}
