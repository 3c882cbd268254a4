package vn.toancanh.feedback.web;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes GeoReport v2 answers in either of its formats from one ordered description: JSON as the spec's arrays and
 * objects, XML with the spec's element names (a list under {@code attributes} becomes {@code <attribute>} elements,
 * a missing value an empty element), UTF-8 with the XML declaration the spec asks for.
 */
@Component
class Open311Writer {

    /** The format a resource was asked for by its extension. */
    enum Format {
        JSON(new MediaType("application", "json", java.nio.charset.StandardCharsets.UTF_8)),
        XML(new MediaType("text", "xml", java.nio.charset.StandardCharsets.UTF_8));

        final MediaType mediaType;

        Format(MediaType mediaType) {
            this.mediaType = mediaType;
        }

        static Format of(String extension) {
            return switch (extension) {
                case "json" -> JSON;
                case "xml" -> XML;
                default ->
                    throw new Open311Exception(
                            HttpStatus.BAD_REQUEST, "Định dạng không hỗ trợ: ." + extension + " (chỉ .xml hoặc .json)");
            };
        }
    }

    /** One error of the spec's error list. */
    record Error(int code, String description) {}

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final JsonMapper json;

    Open311Writer(JsonMapper json) {
        this.json = json;
    }

    /** A list: a JSON array, or {@code <root><item>…</item>…</root>}. */
    ResponseEntity<String> list(
            Format format, HttpStatus status, String root, String item, List<? extends Map<String, ?>> items) {
        String body = format == Format.JSON
                ? json.writeValueAsString(items)
                : xml(w -> {
                    w.writeStartElement(root);
                    for (Map<String, ?> i : items) {
                        element(w, item, i);
                    }
                    w.writeEndElement();
                });
        return ResponseEntity.status(status).contentType(format.mediaType).body(body);
    }

    /** One object: a JSON object, or {@code <root>…</root>}. */
    ResponseEntity<String> object(Format format, String root, Map<String, ?> fields) {
        String body = format == Format.JSON ? json.writeValueAsString(fields) : xml(w -> element(w, root, fields));
        return ResponseEntity.ok().contentType(format.mediaType).body(body);
    }

    ResponseEntity<String> errors(Format format, HttpStatus status, List<Error> errors) {
        List<Map<String, ?>> items = new java.util.ArrayList<>();
        for (Error e : errors) {
            Map<String, Object> item = new java.util.LinkedHashMap<>();
            item.put("code", e.code());
            item.put("description", e.description());
            items.add(item);
        }
        return list(format, status, "errors", "error", items);
    }

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XML.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, Map<String, ?> fields) throws XMLStreamException {
        w.writeStartElement(name);
        for (Map.Entry<String, ?> f : fields.entrySet()) {
            value(w, f.getKey(), f.getValue());
        }
        w.writeEndElement();
    }

    @SuppressWarnings("unchecked")
    private static void value(XMLStreamWriter w, String name, Object value) throws XMLStreamException {
        if (value == null) {
            w.writeEmptyElement(name);
        } else if (value instanceof Map<?, ?> map) {
            element(w, name, (Map<String, ?>) map);
        } else if (value instanceof List<?> list) {
            w.writeStartElement(name);
            String child = name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
            for (Object o : list) {
                value(w, child, o);
            }
            w.writeEndElement();
        } else {
            w.writeStartElement(name);
            w.writeCharacters(value instanceof Double d ? plain(d) : String.valueOf(value));
            w.writeEndElement();
        }
    }

    private static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
}
