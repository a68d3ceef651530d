package dev.retort.views.network;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.retort.store.task.Progress;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForceLayoutTest {

    /** Two stars of 30 leaves each, not joined to each other. */
    private static int[][] twoStars() {
        List<int[]> edges = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            edges.add(new int[] {0, i});
            edges.add(new int[] {31, 31 + i});
        }
        return edges.toArray(int[][]::new);
    }

    @Test
    void linkedNodesEndUpCloserThanUnlinkedOnes() {
        double[][] xy = ForceLayout.layout(62, twoStars(), 10, 200, 1, Progress.NONE);
        double within = 0;
        double across = 0;
        for (int i = 1; i <= 30; i++) {
            within += Math.hypot(xy[0][0] - xy[0][i], xy[1][0] - xy[1][i]);
            across += Math.hypot(xy[0][0] - xy[0][31 + i], xy[1][0] - xy[1][31 + i]);
        }
        assertTrue(within < across, "a hub is nearer its own leaves (" + within + ") than the other star's (" + across + ")");
    }

    @Test
    void noTwoNodesShareAPlace() {
        double[][] xy = ForceLayout.layout(62, twoStars(), 10, 200, 1, Progress.NONE);
        for (int i = 0; i < 62; i++) {
            for (int j = i + 1; j < 62; j++) {
                assertTrue(Math.hypot(xy[0][i] - xy[0][j], xy[1][i] - xy[1][j]) > 0.5, i + " and " + j + " overlap");
            }
        }
    }

    @Test
    void sameInputGivesTheSameLayout() {
        double[][] a = ForceLayout.layout(62, twoStars(), 10, 100, 5, Progress.NONE);
        double[][] b = ForceLayout.layout(62, twoStars(), 10, 100, 5, Progress.NONE);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
    }

    @Test
    void twoThousandNodesLayOutInUnderTwoSeconds() {
        List<int[]> edges = new ArrayList<>();
        for (int i = 1; i < 2000; i++) {
            edges.add(new int[] {i, i % 40});
        }
        long t0 = System.nanoTime();
        double[][] xy = ForceLayout.layout(2000, edges.toArray(int[][]::new), 16, 150, 3, Progress.NONE);
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(ForceLayout.radius(xy) > 0);
        // Generous bound: it guards against an accidental O(n^2) step, not a benchmark (see docs/views.md).
        assertTrue(seconds < 10, "took " + seconds + " s");
    }
}
