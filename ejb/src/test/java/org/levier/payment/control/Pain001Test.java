package org.levier.payment.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every produced file validates against the official ISO 20022 pain.001.001.09 schema (src/test/resources/iso20022,
 * see its README) and carries the batch's totals.
 */
class Pain001Test {

    static final Pain001.Debtor FUND = new Pain001.Debtor("Fonds Territoire d'innovation Dunkerque",
            "FR7630006000011234567890189", "BDFEFRPPCCT");
    static final String NS = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    /** The schema, for other tests too. */
    static Schema schema() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        return factory.newSchema(new StreamSource(Pain001Test.class.getResourceAsStream(
                "/iso20022/pain.001.001.09.xsd")));
    }

    /** Validates the file against the schema (throws on the first error). */
    static void validate(byte[] file) throws Exception {
        schema().newValidator().validate(new StreamSource(new ByteArrayInputStream(file)));
    }

    @Test
    void aBatchOfThreeValidatesAndCarriesItsTotals() throws Exception {
        List<Pain001.Transfer> transfers = List.of(
                new Pain001.Transfer(101, new BigDecimal("50000.00"), "Société Énergie Côte d’Opale",
                        "FR1420041010050500013M02606", "PSSTFRPPLIL", "TI-DK-2026-0001 disbursement 101"),
                new Pain001.Transfer(102, new BigDecimal("1234.56"), "Université du Littoral & Côte",
                        "DE89370400440532013000", "DEUTDEFF", "TI-DK-2026-0002 disbursement 102"),
                new Pain001.Transfer(7, new BigDecimal("0.01"), "Ørsted Łódź", "BE68539007547034", "GEBABEBB",
                        "TI-DK-2026-0003 disbursement 7"));
        byte[] file = Pain001.build("LEVIER-BATCH-12", Instant.parse("2026-12-05T09:30:00.123456Z"),
                LocalDate.of(2026, 12, 8), FUND, transfers);

        validate(file);
        Document xml = parse(file);
        assertThat(text(xml, "MsgId", 0)).isEqualTo("LEVIER-BATCH-12");
        assertThat(text(xml, "NbOfTxs", 0)).isEqualTo("3");
        assertThat(new BigDecimal(text(xml, "CtrlSum", 0))).isEqualByComparingTo("51234.57");
        assertThat(text(xml, "NbOfTxs", 1)).isEqualTo("3");
        assertThat(new BigDecimal(text(xml, "CtrlSum", 1))).isEqualByComparingTo("51234.57");
        assertThat(xml.getElementsByTagNameNS(NS, "PmtInf").getLength()).isEqualTo(1);
        assertThat(xml.getElementsByTagNameNS(NS, "CdtTrfTxInf").getLength()).isEqualTo(3);
        BigDecimal sum = BigDecimal.ZERO;
        NodeList amounts = xml.getElementsByTagNameNS(NS, "InstdAmt");
        for (int i = 0; i < amounts.getLength(); i++) {
            sum = sum.add(new BigDecimal(amounts.item(i).getTextContent()));
            assertThat(((org.w3c.dom.Element) amounts.item(i)).getAttribute("Ccy")).isEqualTo("EUR");
        }
        assertThat(sum).isEqualByComparingTo("51234.57");
        assertThat(text(xml, "EndToEndId", 0)).isEqualTo("101");
        assertThat(text(xml, "EndToEndId", 2)).isEqualTo("7");
        assertThat(text(xml, "Ustrd", 0)).isEqualTo("TI-DK-2026-0001 disbursement 101");
        assertThat(text(xml, "Dt", 0)).isEqualTo("2026-12-08");
        assertThat(text(xml, "Cd", 0)).isEqualTo("SEPA");
        // Debtor then creditors, every name in the SEPA set.
        NodeList names = xml.getElementsByTagNameNS(NS, "Nm");
        for (int i = 0; i < names.getLength(); i++) {
            assertThat(SepaText.isSepa(names.item(i).getTextContent())).as(names.item(i).getTextContent()).isTrue();
        }
        assertThat(new String(file, StandardCharsets.UTF_8)).contains("Societe Energie Cote d'Opale")
                .contains("Universite du Littoral + Cote").contains("Orsted Lodz");
    }

    @Test
    void manyTransfersStillValidateAndAddUp() throws Exception {
        List<Pain001.Transfer> transfers = new ArrayList<>();
        BigDecimal expected = BigDecimal.ZERO;
        for (int i = 1; i <= 250; i++) {
            BigDecimal amount = new BigDecimal(i * 1001).movePointLeft(2);
            expected = expected.add(amount);
            transfers.add(new Pain001.Transfer(i, amount, "Bénéficiaire n°" + i, "FR7630006000011234567890189",
                    "BNPAFRPP", "TI-DK-2026-" + i));
        }
        byte[] file = Pain001.build("LEVIER-BATCH-99", Instant.now(), LocalDate.now(), FUND, transfers);
        validate(file);
        Document xml = parse(file);
        assertThat(new BigDecimal(text(xml, "CtrlSum", 0))).isEqualByComparingTo(expected);
        assertThat(text(xml, "NbOfTxs", 0)).isEqualTo("250");
    }

    @Test
    void theSchemaCatchesABrokenFile() throws Exception {
        byte[] file = Pain001.build("LEVIER-BATCH-1", Instant.now(), LocalDate.now(), FUND, List.of(
                new Pain001.Transfer(1, new BigDecimal("10.00"), "A", "FR7630006000011234567890189", "BNPAFRPP",
                        "X")));
        byte[] broken = new String(file, StandardCharsets.UTF_8).replace("<NbOfTxs>1</NbOfTxs>",
                "<NbOfTxs>one</NbOfTxs>").getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> validate(broken)).isInstanceOf(SAXException.class);
    }

    static Document parse(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    static String text(Document xml, String element, int index) {
        return xml.getElementsByTagNameNS(NS, element).item(index).getTextContent();
    }
}
