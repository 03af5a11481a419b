package app.kith.dav;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A 207 Multi-Status answer written as it goes (RFC 4918 13): each response is written, and flushed
 * now and then, as soon as it is known, so an address book of any size never sits in memory whole.
 */
final class Multistatus implements AutoCloseable {
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();
    private static final int FLUSH_EVERY = 200;

    /** A property's value, written inside its element. */
    @FunctionalInterface
    interface Value {
        void write(Writer xml) throws XMLStreamException;
    }

    private final OutputStream out;
    private final Writer xml;
    private int responses;

    Multistatus(HttpServletResponse response) {
        response.setStatus(207);
        response.setContentType("application/xml; charset=utf-8");
        try {
            out = response.getOutputStream();
            xml = new Writer(FACTORY.createXMLStreamWriter(out, "UTF-8"));
            xml.raw().writeStartDocument("UTF-8", "1.0");
            xml.raw().setPrefix("d", Xml.DAV);
            xml.raw().writeStartElement("d", "multistatus", Xml.DAV);
            xml.raw().writeNamespace("d", Xml.DAV);
            xml.raw().writeNamespace("card", Xml.CARDDAV);
            xml.raw().writeNamespace("cal", Xml.CALDAV);
            xml.raw().writeNamespace("cs", Xml.CALSERVER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One resource: the properties found with their values (200), and those it does not have (404). */
    void response(String href, Map<Xml.Name, Value> found, List<Xml.Name> missing) {
        try {
            xml.start(Xml.Name.dav("response"));
            xml.text(Xml.Name.dav("href"), href);
            if (!found.isEmpty()) {
                propstat(found, "HTTP/1.1 200 OK");
            }
            if (!missing.isEmpty()) {
                xml.start(Xml.Name.dav("propstat"));
                xml.start(Xml.Name.dav("prop"));
                for (Xml.Name name : missing) {
                    xml.empty(name);
                }
                xml.end();
                xml.text(Xml.Name.dav("status"), "HTTP/1.1 404 Not Found");
                xml.end();
            }
            if (found.isEmpty() && missing.isEmpty()) {
                xml.text(Xml.Name.dav("status"), "HTTP/1.1 200 OK");
            }
            xml.end();
            flushNowAndThen();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A resource answered by its status alone: 404 for a deleted member or an unknown href. */
    void status(String href, String status) {
        try {
            xml.start(Xml.Name.dav("response"));
            xml.text(Xml.Name.dav("href"), href);
            xml.text(Xml.Name.dav("status"), status);
            xml.end();
            flushNowAndThen();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One resource whose properties could not be changed (a PROPPATCH Kith does not take): each is 403. */
    void forbidden(String href, List<Xml.Name> names) {
        try {
            xml.start(Xml.Name.dav("response"));
            xml.text(Xml.Name.dav("href"), href);
            xml.start(Xml.Name.dav("propstat"));
            xml.start(Xml.Name.dav("prop"));
            for (Xml.Name name : names) {
                xml.empty(name);
            }
            xml.end();
            xml.text(Xml.Name.dav("status"), "HTTP/1.1 403 Forbidden");
            xml.text(Xml.Name.dav("responsedescription"), "Kith keeps these properties itself.");
            xml.end();
            xml.end();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The sync token that ends a sync-collection report. */
    void syncToken(String token) {
        try {
            xml.text(Xml.Name.dav("sync-token"), token);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void propstat(Map<Xml.Name, Value> found, String status) throws XMLStreamException {
        xml.start(Xml.Name.dav("propstat"));
        xml.start(Xml.Name.dav("prop"));
        for (Map.Entry<Xml.Name, Value> property : found.entrySet()) {
            xml.start(property.getKey());
            property.getValue().write(xml);
            xml.end();
        }
        xml.end();
        xml.text(Xml.Name.dav("status"), status);
        xml.end();
    }

    private void flushNowAndThen() throws XMLStreamException {
        if (++responses % FLUSH_EVERY == 0) {
            xml.raw().flush();
        }
    }

    @Override
    public void close() {
        try {
            xml.raw().writeEndElement();
            xml.raw().writeEndDocument();
            xml.raw().flush();
            xml.raw().close();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An XML writer that knows the four namespaces by their prefixes. */
    static final class Writer {
        private final XMLStreamWriter out;

        Writer(XMLStreamWriter out) {
            this.out = out;
        }

        XMLStreamWriter raw() {
            return out;
        }

        void start(Xml.Name name) throws XMLStreamException {
            String prefix = prefix(name.namespace());
            if (name.namespace().isEmpty()) {
                out.writeStartElement(name.local());
            } else if (prefix == null) {
                out.writeStartElement("x", name.local(), name.namespace());
                out.writeNamespace("x", name.namespace());
            } else {
                out.writeStartElement(prefix, name.local(), name.namespace());
            }
        }

        void end() throws XMLStreamException {
            out.writeEndElement();
        }

        void empty(Xml.Name name) throws XMLStreamException {
            start(name);
            end();
        }

        void text(Xml.Name name, String text) throws XMLStreamException {
            start(name);
            characters(text);
            end();
        }

        /** Text as XML 1.0 can hold it: characters it cannot (control characters a card may carry) are left out. */
        void characters(String text) throws XMLStreamException {
            out.writeCharacters(xmlSafe(text));
        }

        static String xmlSafe(String text) {
            StringBuilder safe = null;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                boolean ok = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c < 0xd800 || c >= 0xe000 && c < 0xfffe
                        || Character.isSurrogate(c) && validPair(text, i);
                if (!ok && safe == null) {
                    safe = new StringBuilder(text.substring(0, i));
                } else if (ok && safe != null) {
                    safe.append(c);
                }
            }
            return safe == null ? text : safe.toString();
        }

        private static boolean validPair(String text, int i) {
            char c = text.charAt(i);
            return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                    : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
        }

        /** {@code <d:href>} around each of these paths. */
        void hrefs(String... paths) throws XMLStreamException {
            for (String path : paths) {
                text(Xml.Name.dav("href"), path);
            }
        }

        private static String prefix(String namespace) {
            return switch (namespace) {
                case Xml.DAV -> "d";
                case Xml.CARDDAV -> "card";
                case Xml.CALDAV -> "cal";
                case Xml.CALSERVER -> "cs";
                default -> null;
            };
        }
    }
}
