package app.kith.dav;

import app.kith.shared.KithException;
import app.kith.shared.NotFoundException;
import app.kith.storage.StorageTrouble;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * Errors of the DAV server as WebDAV has them: the status, and a {@code DAV:error} body naming the
 * failed precondition with a sentence for the user. No stack trace reaches a client.
 */
@ControllerAdvice(basePackageClasses = DavErrors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class DavErrors {
    private static final Logger LOG = LoggerFactory.getLogger(DavErrors.class);
    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @ExceptionHandler(DavException.class)
    void refused(DavException e, HttpServletResponse response) throws IOException {
        write(response, e.status(), e.precondition(), e.getMessage());
    }

    @ExceptionHandler(KithException.class)
    void kith(KithException e, HttpServletResponse response) throws IOException {
        write(response, e instanceof NotFoundException ? 404 : 400, null, e.getMessage());
    }

    /** Two clients wrote the same new name or UID at the same moment: the later one tries again. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    void clashed(DataIntegrityViolationException e, HttpServletResponse response) throws IOException {
        write(response, 409, null, "Another write of the same card or event came first; read it and try again.");
    }

    /** The database refused (locked, full, read-only): 503 with the one line that says why, as the API answers. */
    @ExceptionHandler(Exception.class)
    void failed(Exception e, HttpServletResponse response) throws IOException {
        Optional<String> storage = StorageTrouble.explain(e);
        if (storage.isPresent()) {
            LOG.warn("DAV request refused: {}", storage.get());
            write(response, 503, null, "Kith cannot use its database: " + storage.get());
            return;
        }
        LOG.error("DAV request failed", e);
        write(response, 500, null, "Kith could not answer this request; it has been logged.");
    }

    private static void write(HttpServletResponse response, int status, Xml.Name precondition, String message)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.reset();
        response.setStatus(status);
        response.setContentType("application/xml; charset=utf-8");
        if (status == 503) {
            response.setHeader("Retry-After", "5");
        }
        if (status == 413) {
            // The rest of the body is not read: the connection cannot carry another request.
            response.setHeader("Connection", "close");
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(body, "UTF-8");
            Multistatus.Writer out = new Multistatus.Writer(xml);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("d", "error", Xml.DAV);
            xml.writeNamespace("d", Xml.DAV);
            xml.writeNamespace("card", Xml.CARDDAV);
            xml.writeNamespace("cal", Xml.CALDAV);
            if (precondition != null) {
                out.empty(precondition);
            }
            xml.writeStartElement("k", "message", "http://kith.app/ns/");
            xml.writeNamespace("k", "http://kith.app/ns/");
            xml.writeCharacters(Multistatus.Writer.xmlSafe(message));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        // A length, not chunks: a client still sending a body it was refused can read the whole answer.
        response.setContentLength(body.size());
        body.writeTo(response.getOutputStream());
        response.flushBuffer();
    }
}
