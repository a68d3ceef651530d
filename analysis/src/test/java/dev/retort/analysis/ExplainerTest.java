package dev.retort.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a campaign's reasons must describe the campaign, not the whole case. */
class ExplainerTest {

    @Test
    void sharedValueReasonCountsOnlyTheClustersOwnMembers() {
        Fixture f = new Fixture(3);
        for (int i = 0; i < 6; i++) {
            f.account("a" + i, 1, "c" + i, null, null, false);
        }
        // One e-mail pattern held by five accounts, of which only three are in the cluster (0, 1, 2).
        SharedValues.Group pattern = new SharedValues.Group(IndicatorKind.EMAIL_PATTERN, "user####@mail.test",
                new int[] {0, 1, 2, 4, 5}, new long[] {11, 12}, 0.4);
        Explainer explainer = new Explainer(f.data, AnalysisConfig.defaults());

        List<Reason> reasons = explainer.sharedValues(List.of(pattern), new int[] {0, 1, 2, 3}, "linked accounts");

        assertEquals(1, reasons.size());
        assertEquals("3 of 4 linked accounts share e-mail addresses made from the same pattern: 1 such value, "
                + "the largest (user####@mail.test) held by 3 of them.", reasons.get(0).text());
        assertEquals(0.4 * 3 / 4, reasons.get(0).weight(), 1e-9);
    }

    @Test
    void valuesHeldOnlyOutsideTheClusterAreNotCited() {
        Fixture f = new Fixture(4);
        for (int i = 0; i < 4; i++) {
            f.account("b" + i, 1, "c" + i, null, null, false);
        }
        SharedValues.Group elsewhere = new SharedValues.Group(IndicatorKind.IP, "198.51.100.7", new int[] {2, 3},
                new long[0], 0.9);
        assertEquals(List.of(), new Explainer(f.data, AnalysisConfig.defaults())
                .sharedValues(List.of(elsewhere), new int[] {0, 1}, "linked accounts"));
    }
}
