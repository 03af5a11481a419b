package app.kith.dav;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * WebDAV request bodies, read with StAX into a small tree. No DTD is accepted, so no entity is ever
 * declared or expanded (no XXE, no "billion laughs"); bodies are capped in bytes, depth and elements.
 */
final class Xml {
    static final String DAV = "DAV:";
    static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
    static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    static final String CALSERVER = "http://calendarserver.org/ns/";
    /** The largest XML body read: a multiget of a thousand hrefs is well under it. */
    static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_DEPTH = 32;
    private static final int MAX_ELEMENTS = 50_000;
    private static final XMLInputFactory FACTORY = factory();

    private Xml() {
    }

    /** An element's name: its namespace and local name. */
    record Name(String namespace, String local) {
        static Name dav(String local) {
            return new Name(DAV, local);
        }

        static Name card(String local) {
            return new Name(CARDDAV, local);
        }

        static Name cal(String local) {
            return new Name(CALDAV, local);
        }

        static Name cs(String local) {
            return new Name(CALSERVER, local);
        }

        @Override
        public String toString() {
            return "{" + namespace + "}" + local;
        }
    }

    /** An element with its attributes, text and children. */
    record Element(Name name, Map<String, String> attributes, String text, List<Element> children) {

        Element child(Name wanted) {
            return children.stream().filter(c -> c.name.equals(wanted)).findFirst().orElse(null);
        }

        List<Element> all(Name wanted) {
            return children.stream().filter(c -> c.name.equals(wanted)).toList();
        }

        String attribute(String local) {
            return attributes.get(local);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        } catch (IllegalArgumentException e) {
            // Not every StAX implementation knows these; the two above already turn DTDs off.
        }
        return factory;
    }

    /** The body's root element, or null for an empty body; malformed or hostile XML is a 400. */
    static Element read(InputStream body) throws IOException {
        byte[] bytes = Bodies.read(body, MAX_BYTES, "XML request body");
        if (blank(bytes)) {
            return null;
        }
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
            try {
                return root(reader);
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof DavException dav) {
                throw dav;
            }
            throw new DavException(400, "The request body is not well-formed XML" + where(e) + ".");
        }
    }

    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    private static String where(Exception e) {
        if (e instanceof XMLStreamException x && x.getLocation() != null && x.getLocation().getLineNumber() > 0) {
            return " (line " + x.getLocation().getLineNumber() + ", column " + x.getLocation().getColumnNumber() + ")";
        }
        return "";
    }

    private static Element root(XMLStreamReader reader) throws XMLStreamException {
        List<Frame> stack = new ArrayList<>();
        int elements = 0;
        Element root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new DavException(400,
                        "The request body declares a DTD; WebDAV bodies never need one, and Kith reads none.");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new DavException(400,
                        "The request body refers to an entity; Kith expands none.");
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++elements > MAX_ELEMENTS || stack.size() >= MAX_DEPTH) {
                        throw new DavException(400, "The request body has too many or too deeply nested elements.");
                    }
                    Map<String, String> attributes = new HashMap<>();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                    String ns = reader.getNamespaceURI();
                    stack.add(new Frame(new Name(ns == null ? "" : ns, reader.getLocalName()), attributes));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!stack.isEmpty()) {
                        stack.getLast().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Frame done = stack.removeLast();
                    Element element = new Element(done.name, done.attributes, done.text.toString().strip(),
                            List.copyOf(done.children));
                    if (stack.isEmpty()) {
                        root = element;
                    } else {
                        stack.getLast().children.add(element);
                    }
                }
                default -> {
                }
            }
        }
        if (root == null) {
            throw new DavException(400, "The request body has no XML element.");
        }
        return root;
    }

    private static final class Frame {
        final Name name;
        final Map<String, String> attributes;
        final StringBuilder text = new StringBuilder();
        final List<Element> children = new ArrayList<>();

        Frame(Name name, Map<String, String> attributes) {
            this.name = name;
            this.attributes = attributes;
        }
    }
}
