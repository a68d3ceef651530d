package dev.retort.dossier.render;

import dev.retort.dossier.model.DossierDocument;
import dev.retort.dossier.model.Network;
import java.awt.Color;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** network.gexf (GEXF 1.3, for Gephi) and network.graphml (for Cytoscape and others), streamed. */
public final class GraphExport {
    private static final String GEXF_NS = "http://gexf.net/1.3";
    private static final String VIZ_NS = "http://gexf.net/1.3/viz";
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final double SCALE = 1000.0;

    private GraphExport() {}

    public static void writeGexf(DossierDocument doc, Path file) throws IOException {
        Network net = doc.network();
        Map<String, NetworkLayout.Point> pos = NetworkLayout.of(net);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(GEXF_NS);
            w.setPrefix("viz", VIZ_NS);
            w.writeStartElement(GEXF_NS, "gexf");
            w.writeDefaultNamespace(GEXF_NS);
            w.writeNamespace("viz", VIZ_NS);
            w.writeAttribute("version", "1.3");
            w.writeStartElement(GEXF_NS, "meta");
            w.writeAttribute("lastmodifieddate", doc.export().exportedAt().substring(0, 10));
            text(w, "creator", "Retort " + doc.export().toolVersion());
            text(w, "description", "Accounts of the dossier's campaigns and the shared values that tie them; case "
                    + doc.caseRef().name() + ", profile " + doc.export().profile());
            w.writeEndElement();
            w.writeStartElement(GEXF_NS, "graph");
            w.writeAttribute("defaultedgetype", "undirected");
            w.writeStartElement(GEXF_NS, "attributes");
            w.writeAttribute("class", "node");
            attribute(w, "kind", "kind", "string");
            attribute(w, "campaign", "campaign", "string");
            attribute(w, "score", "score", "double");
            w.writeEndElement();
            w.writeStartElement(GEXF_NS, "nodes");
            w.writeAttribute("count", Integer.toString(net.nodes().size()));
            int campaignIndex = 0;
            Map<String, Integer> colourOf = new java.util.HashMap<>();
            for (Network.Node n : net.nodes()) {
                w.writeStartElement(GEXF_NS, "node");
                w.writeAttribute("id", n.id());
                w.writeAttribute("label", Xml.clean(n.label()));
                w.writeStartElement(GEXF_NS, "attvalues");
                attvalue(w, "kind", n.kind());
                if (n.campaign() != null) {
                    attvalue(w, "campaign", n.campaign());
                }
                attvalue(w, "score", num(n.score(), 10_000));
                w.writeEndElement();
                Color c;
                if ("account".equals(n.kind())) {
                    Integer idx = colourOf.get(n.campaign());
                    if (idx == null) {
                        idx = campaignIndex++;
                        colourOf.put(n.campaign(), idx);
                    }
                    c = Palette.series(idx);
                } else {
                    c = Palette.indicator(n.kind());
                }
                w.writeEmptyElement(VIZ_NS, "color");
                w.writeAttribute("r", Integer.toString(c.getRed()));
                w.writeAttribute("g", Integer.toString(c.getGreen()));
                w.writeAttribute("b", Integer.toString(c.getBlue()));
                NetworkLayout.Point p = pos.get(n.id());
                if (p != null) {
                    w.writeEmptyElement(VIZ_NS, "position");
                    w.writeAttribute("x", num(p.x() * SCALE, 100));
                    w.writeAttribute("y", num(-p.y() * SCALE, 100));
                    w.writeAttribute("z", "0.0");
                }
                w.writeEmptyElement(VIZ_NS, "size");
                w.writeAttribute("value", "account".equals(n.kind()) ? "2.0" : "6.0");
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeStartElement(GEXF_NS, "edges");
            w.writeAttribute("count", Integer.toString(net.edges().size()));
            int id = 0;
            for (Network.Edge e : net.edges()) {
                w.writeEmptyElement(GEXF_NS, "edge");
                w.writeAttribute("id", "e" + id++);
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                w.writeAttribute("label", e.kind());
                w.writeAttribute("weight", num(Math.max(e.weight(), 0.0001), 10_000));
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    public static void writeGraphml(DossierDocument doc, Path file) throws IOException {
        Network net = doc.network();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.setDefaultNamespace(GRAPHML_NS);
            w.writeStartElement(GRAPHML_NS, "graphml");
            w.writeDefaultNamespace(GRAPHML_NS);
            key(w, "label", "node", "label", "string");
            key(w, "kind", "node", "kind", "string");
            key(w, "campaign", "node", "campaign", "string");
            key(w, "score", "node", "score", "double");
            key(w, "ekind", "edge", "kind", "string");
            key(w, "weight", "edge", "weight", "double");
            w.writeStartElement(GRAPHML_NS, "graph");
            w.writeAttribute("id", "dossier");
            w.writeAttribute("edgedefault", "undirected");
            for (Network.Node n : net.nodes()) {
                w.writeStartElement(GRAPHML_NS, "node");
                w.writeAttribute("id", n.id());
                data(w, "label", n.label());
                data(w, "kind", n.kind());
                if (n.campaign() != null) {
                    data(w, "campaign", n.campaign());
                }
                data(w, "score", num(n.score(), 10_000));
                w.writeEndElement();
            }
            int id = 0;
            for (Network.Edge e : net.edges()) {
                w.writeStartElement(GRAPHML_NS, "edge");
                w.writeAttribute("id", "e" + id++);
                w.writeAttribute("source", e.source());
                w.writeAttribute("target", e.target());
                data(w, "ekind", e.kind());
                data(w, "weight", num(e.weight(), 10_000));
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    /** A number rounded to 1/scale, as xs:double text (String.format was the slow part at 100,000 rows). */
    static String num(double v, int scale) {
        return Double.toString(Math.round(v * scale) / (double) scale);
    }

    private static void text(XMLStreamWriter w, String name, String value) throws XMLStreamException {
        w.writeStartElement(GEXF_NS, name);
        w.writeCharacters(Xml.clean(value));
        w.writeEndElement();
    }

    private static void attribute(XMLStreamWriter w, String id, String title, String type) throws XMLStreamException {
        w.writeEmptyElement(GEXF_NS, "attribute");
        w.writeAttribute("id", id);
        w.writeAttribute("title", title);
        w.writeAttribute("type", type);
    }

    private static void attvalue(XMLStreamWriter w, String id, String value) throws XMLStreamException {
        w.writeEmptyElement(GEXF_NS, "attvalue");
        w.writeAttribute("for", id);
        w.writeAttribute("value", Xml.clean(value));
    }

    private static void key(XMLStreamWriter w, String id, String forWhat, String name, String type)
            throws XMLStreamException {
        w.writeEmptyElement(GRAPHML_NS, "key");
        w.writeAttribute("id", id);
        w.writeAttribute("for", forWhat);
        w.writeAttribute("attr.name", name);
        w.writeAttribute("attr.type", type);
    }

    private static void data(XMLStreamWriter w, String key, String value) throws XMLStreamException {
        w.writeStartElement(GRAPHML_NS, "data");
        w.writeAttribute("key", key);
        w.writeCharacters(Xml.clean(value));
        w.writeEndElement();
    }
}
