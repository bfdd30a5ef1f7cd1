package ua.cooperation.portal.programme;

import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

/**
 * The IATI 2.03 activity schema, loaded from the classpath ({@code /iati/}) with its imports (iati-common.xsd and
 * xml.xsd) resolved there too, so that validating never reaches the network. Compiled once; a {@link Schema} is
 * thread-safe.
 */
public final class IatiSchema {

    private static final String BASE = "/iati/";
    private static final Map<String, String> FILES = Map.of(
            "iati-common.xsd", BASE + "iati-common.xsd",
            "xml.xsd", BASE + "xml.xsd",
            "http://www.w3.org/2001/xml.xsd", BASE + "xml.xsd");
    private static volatile Schema schema;

    private IatiSchema() {
    }

    public static Schema get() {
        if (schema == null) {
            synchronized (IatiSchema.class) {
                if (schema == null) {
                    schema = load();
                }
            }
        }
        return schema;
    }

    /** Throws {@link SAXException} naming the first problem when {@code xml} is not a valid IATI 2.03 file. */
    public static void validate(byte[] xml) throws SAXException, IOException {
        get().newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Schema load() {
        try {
            var ls = (DOMImplementationLS) DOMImplementationRegistry.newInstance().getDOMImplementation("LS");
            var factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
                var file = systemId == null ? null : FILES.get(systemId.substring(systemId.lastIndexOf('/') + 1));
                if (file == null && systemId != null) {
                    file = FILES.get(systemId);
                }
                if (file == null) {
                    throw new IllegalStateException("IATI schema refers to an unknown file: " + systemId);
                }
                LSInput input = ls.createLSInput();
                input.setByteStream(IatiSchema.class.getResourceAsStream(file));
                input.setSystemId(IatiSchema.class.getResource(file).toExternalForm());
                input.setPublicId(publicId);
                return input;
            });
            var main = IatiSchema.class.getResource(BASE + "iati-activities-schema.xsd");
            return factory.newSchema(new StreamSource(main.openStream(), main.toExternalForm()));
        } catch (Exception e) {
            throw new IllegalStateException("The IATI schema on the classpath cannot be loaded", e);
        }
    }
}
