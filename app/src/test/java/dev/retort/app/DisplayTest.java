package dev.retort.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTest {

    @ParameterizedTest(name = "{0}, headless={1}, DISPLAY={2}, WAYLAND_DISPLAY={3} -> {4}")
    @CsvSource(nullValues = "null", value = {
            "Linux,    false, null,  null,      false",
            "Linux,    false, '',    null,      false",
            "Linux,    false, :0,    null,      true",
            "Linux,    false, null,  wayland-0, true",
            "Linux,    true,  :0,    null,      false",
            "FreeBSD,  false, null,  null,      false",
            "Mac OS X, false, null,  null,      true",
            "Mac OS X, true,  null,  null,      false",
            "Windows 11, false, null, null,     true",
    })
    void aWindowNeedsADisplayAndNoHeadlessRequest(String os, boolean headless, String display, String wayland,
                                                   boolean expected) {
        assertEquals(expected, Display.available(os, headless, display, wayland));
    }
}
