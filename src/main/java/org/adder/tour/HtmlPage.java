package org.adder.tour;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The tour as one self-contained HTML page: the source on one side, the stages on the other.
 * The page's style and script are resources of this package, inlined; the tour's data is embedded
 * as JSON ({@link TourJson}) and rendered by the script, so nothing is fetched from anywhere.
 */
public final class HtmlPage {
    private HtmlPage() {
    }

    public static String render(TourData data, boolean hideAddresses) {
        String json = TourJson.forPage(data);
        if (hideAddresses) {
            json = TerminalTour.withoutAddresses(json);
        }
        String title = data.filename() == null ? "Adder tour" : "Adder tour: " + data.filename();
        return resource("page.html")
                .replace("@TITLE@", escape(title))
                .replace("/*@CSS@*/", resource("tour.css"))
                .replace("/*@JS@*/", resource("tour.js"))
                .replace("@DATA@", json);
    }

    private static String resource(String name) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the tour's " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
