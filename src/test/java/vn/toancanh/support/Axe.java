package vn.toancanh.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Runs axe-core (from its WebJar) in the page and returns the serious and critical violations. */
public final class Axe {

    private static final String SCRIPT = load();

    private Axe() {}

    /** Each violation as "id: help (n nodes)". Empty when the page passes. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(Browser browser) {
        browser.script(SCRIPT);
        Object result = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                   .then(r => done(r.violations
                       .filter(v => v.impact === 'serious' || v.impact === 'critical')
                       .map(v => ({id: v.id, help: v.help, nodes: v.nodes.length,
                                   targets: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))
                   .catch(e => done([{id: 'axe-error', help: String(e), nodes: 0, targets: []}]));""");
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> v.get("id") + ": " + v.get("help") + " (" + v.get("nodes") + " nodes, e.g. "
                                + v.get("targets") + ")")
                        .toList();
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
