package dev.retort.views.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.AnimationTimer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * Spreads work that must run on the FX thread over successive pulses, one step per pulse, so that each step's
 * styling and layout is done in its own pulse instead of all of them in one long stall (ADR 0063). Used to build a
 * place in stages and to hand a large result to a view in parts. FX thread only.
 */
public final class Pulses {

    private record Step(Runnable work, long queuedAt) {
    }

    private static final Deque<Step> STEPS = new ArrayDeque<>();
    private static long frame;
    private static final ReadOnlyBooleanWrapper IDLE = new ReadOnlyBooleanWrapper(true);
    private static volatile boolean idle = true;
    private static final AnimationTimer TIMER = new AnimationTimer() {
        @Override
        public void handle(long now) {
            frame++;
            // A step queued during frame n runs in frame n + 2 at the earliest: frame n + 1 styles and lays out what
            // the code that queued it built (the timer runs before the pulse's CSS and layout pass).
            Step step = STEPS.peekFirst();
            if (step != null && step.queuedAt() + 1 < frame) {
                STEPS.pollFirst();
                step.work().run();
            }
            if (STEPS.isEmpty()) {
                stop();
                idle = true;
                IDLE.set(true);
            }
        }
    };

    private Pulses() {
    }

    /** Runs each step in a later pulse than the one before, in order, after the steps already waiting. */
    public static void later(Runnable... steps) {
        for (Runnable step : steps) {
            STEPS.addLast(new Step(step, frame));
        }
        if (!STEPS.isEmpty()) {
            idle = false;
            IDLE.set(false);
            TIMER.start();
        }
    }

    /** True when no step is waiting; FX thread. */
    public static ReadOnlyBooleanProperty idleProperty() {
        return IDLE.getReadOnlyProperty();
    }

    /** True when no step is waiting; any thread (tests and benchmarks wait for it before they look for nodes). */
    public static boolean isIdle() {
        return idle;
    }
}
