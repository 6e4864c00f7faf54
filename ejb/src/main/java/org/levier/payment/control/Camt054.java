package org.levier.payment.control;

import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import com.prowidesoftware.swift.model.mx.dic.AccountNotification17;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.levier.shared.control.RuleViolation;
import org.levier.shared.control.RuleViolation.Violation;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads the debits a bank notifies in an ISO 20022 {@code camt.054.001.08} (Bank To Customer Debit Credit
 * Notification) with Prowide's model: one {@link Debit} per transaction detail of a booked debit entry, with its
 * end-to-end id (ours: the disbursement's id), amount, value date (the entry's, else its booking date) and the bank's
 * reference (the transaction's account servicer reference, else the entry's). Credits and entries not booked are
 * skipped. A file that is not a camt.054 is refused ({@code payment-confirmation.unreadable}), one that breaks its schema
 * too ({@code payment-confirmation.schema-invalid}): both before anything is read or applied.
 */
public final class Camt054 {

    private static final String NAMESPACE = "urn:iso:std:iso:20022:tech:xsd:camt.054.001.08";

    /** One debit the bank booked. */
    public record Debit(String endToEndId, BigDecimal amount, String currency, LocalDate valueDate,
                        String bankReference) {
    }

    private Camt054() {
    }

    public static List<Debit> debits(byte[] file) {
        String xml = new String(file, StandardCharsets.UTF_8);
        if (!xml.contains(NAMESPACE)) {
            throw unreadable("not a camt.054.001.08 notification (namespace " + NAMESPACE + ")");
        }
        validate(file);
        MxCamt05400108 message;
        try {
            message = MxCamt05400108.parse(xml);
        } catch (RuntimeException e) {
            throw unreadable("the XML cannot be read as a camt.054.001.08 notification");
        }
        if (message == null || message.getBkToCstmrDbtCdtNtfctn() == null) {
            throw unreadable("the XML cannot be read as a camt.054.001.08 notification");
        }
        List<Debit> debits = new ArrayList<>();
        for (AccountNotification17 notification : message.getBkToCstmrDbtCdtNtfctn().getNtfctn()) {
            for (ReportEntry10 entry : notification.getNtry()) {
                if (entry.getCdtDbtInd() != CreditDebitCode.DBIT || !booked(entry)) {
                    continue;
                }
                LocalDate valueDate = date(entry.getValDt()).or(() -> date(entry.getBookgDt())).orElse(null);
                for (EntryDetails9 details : entry.getNtryDtls()) {
                    for (EntryTransaction10 tx : details.getTxDtls()) {
                        if (tx.getCdtDbtInd() != null && tx.getCdtDbtInd() != CreditDebitCode.DBIT) {
                            continue;
                        }
                        String endToEnd = tx.getRefs() == null ? null : tx.getRefs().getEndToEndId();
                        String reference = tx.getRefs() == null || tx.getRefs().getAcctSvcrRef() == null
                                ? entry.getAcctSvcrRef() : tx.getRefs().getAcctSvcrRef();
                        ActiveOrHistoricCurrencyAndAmount amount = tx.getAmt() != null ? tx.getAmt()
                                : entry.getNtryDtls().size() == 1 && details.getTxDtls().size() == 1
                                ? entry.getAmt() : null;
                        debits.add(new Debit(endToEnd, amount == null ? null : amount.getValue(),
                                amount == null ? null : amount.getCcy(), valueDate, reference));
                    }
                }
            }
        }
        return debits;
    }

    /**
     * Checks the file against the camt.054.001.08 schema ({@code iso20022/camt.054.001.08.xsd}) before anything is
     * read from it: a file that is not well-formed XML is {@code payment-confirmation.unreadable}, one that breaks the
     * schema {@code payment-confirmation.schema-invalid}, naming the line, column and rule. No DTD, no external
     * entity or schema is ever fetched.
     */
    static void validate(byte[] file) {
        Validator validator = Schemas.CAMT054.newValidator();
        try {
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(file)));
        } catch (SAXParseException e) {
            String where = "line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage();
            if (e.getMessage() != null && e.getMessage().startsWith("cvc-")) {
                throw new RuleViolation("payment-confirmation.schema-invalid", "The bank file breaks the"
                        + " camt.054.001.08 schema (" + where + "): nothing was applied",
                        List.of(new Violation("file", where)));
            }
            throw unreadable("not well-formed XML (" + where + ")");
        } catch (SAXException | IOException e) {
            throw unreadable("not well-formed XML");
        }
    }

    /** The schema, loaded once (a {@link Schema} is thread-safe). */
    private static final class Schemas {
        static final Schema CAMT054 = load("/iso20022/camt.054.001.08.xsd");

        private static Schema load(String resource) {
            try {
                SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                java.net.URL xsd = Camt054.class.getResource(resource);
                if (xsd == null) {
                    throw new IllegalStateException("missing schema " + resource);
                }
                return factory.newSchema(xsd);
            } catch (SAXException e) {
                throw new IllegalStateException("unreadable schema " + resource, e);
            }
        }
    }

    private static boolean booked(ReportEntry10 entry) {
        return entry.getSts() == null || entry.getSts().getCd() == null || "BOOK".equals(entry.getSts().getCd());
    }

    private static Optional<LocalDate> date(DateAndDateTime2Choice choice) {
        if (choice == null) {
            return Optional.empty();
        }
        if (choice.getDt() != null) {
            return Optional.of(choice.getDt());
        }
        return Optional.ofNullable(choice.getDtTm()).map(t -> t.toLocalDate());
    }

    private static RuleViolation unreadable(String why) {
        return new RuleViolation("payment-confirmation.unreadable", "The bank file cannot be read: " + why,
                List.of(new Violation("file", why)));
    }
}
