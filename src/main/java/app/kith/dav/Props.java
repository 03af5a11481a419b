package app.kith.dav;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The properties a resource has, and the answer to a PROPFIND or REPORT that asks for some of them. */
final class Props {
    private final Map<Xml.Name, Multistatus.Value> values = new LinkedHashMap<>();

    Props put(Xml.Name name, Multistatus.Value value) {
        values.put(name, value);
        return this;
    }

    Props text(Xml.Name name, String text) {
        return put(name, xml -> xml.characters(text));
    }

    Props href(Xml.Name name, String... paths) {
        return put(name, xml -> xml.hrefs(paths));
    }

    Props elements(Xml.Name name, Xml.Name... inner) {
        return put(name, xml -> {
            for (Xml.Name n : inner) {
                xml.empty(n);
            }
        });
    }

    /** Writes the resource as the request asks: all its properties, their names, or those named. */
    void answer(Multistatus out, String href, Requests.Propfind request) {
        if (request.allprop()) {
            out.response(href, values, List.of());
        } else if (request.propname()) {
            Map<Xml.Name, Multistatus.Value> names = new LinkedHashMap<>();
            values.keySet().forEach(n -> names.put(n, xml -> { }));
            out.response(href, names, List.of());
        } else {
            answer(out, href, request.props());
        }
    }

    void answer(Multistatus out, String href, List<Xml.Name> asked) {
        Map<Xml.Name, Multistatus.Value> found = new LinkedHashMap<>();
        List<Xml.Name> missing = new ArrayList<>();
        for (Xml.Name name : asked) {
            Multistatus.Value value = values.get(name);
            if (value == null) {
                missing.add(name);
            } else {
                found.put(name, value);
            }
        }
        out.response(href, found, missing);
    }
}
