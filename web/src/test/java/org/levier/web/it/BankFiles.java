package org.levier.web.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.prowidesoftware.swift.model.mx.MxCamt05400108;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.AccountNotification17;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.BankToCustomerDebitCreditNotificationV08;
import com.prowidesoftware.swift.model.mx.dic.CashAccount39;
import com.prowidesoftware.swift.model.mx.dic.CreditDebitCode;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryDetails9;
import com.prowidesoftware.swift.model.mx.dic.EntryStatus1Choice;
import com.prowidesoftware.swift.model.mx.dic.EntryTransaction10;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader81;
import com.prowidesoftware.swift.model.mx.dic.ReportEntry10;
import com.prowidesoftware.swift.model.mx.dic.TransactionReferences6;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.w3c.dom.Document;

/**
 * The bank's side of the payment ITs: validates a pain.001 against the official ISO 20022 schema (kept with the ejb
 * module's tests) and writes the camt.054.001.08 debit notification a bank would send back, with Prowide.
 */
final class BankFiles {

    static final String PAIN = "urn:iso:std:iso:20022:tech:xsd:pain.001.001.09";

    /** One debit the bank booked. */
    record Debit(String endToEndId, String amount, LocalDate valueDate, String bankReference) {
    }

    private BankFiles() {
    }

    /** Throws when the file breaks the pain.001.001.09 schema. */
    static void validatePain001(byte[] file) throws Exception {
        Path xsd = Path.of("..", "ejb", "src", "test", "resources", "iso20022", "pain.001.001.09.xsd");
        assertThat(Files.exists(xsd)).as(xsd.toAbsolutePath().toString()).isTrue();
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                .validate(new StreamSource(new ByteArrayInputStream(file)));
    }

    static Document parse(byte[] file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(file));
    }

    static String text(Document xml, String element, int index) {
        return xml.getElementsByTagNameNS(PAIN, element).item(index).getTextContent().strip();
    }

    static byte[] camt054(String messageId, List<Debit> debits) {
        OffsetDateTime now = OffsetDateTime.now();
        AccountNotification17 notification = new AccountNotification17().setId(messageId + "-1").setCreDtTm(now)
                .setAcct(new CashAccount39().setId(new AccountIdentification4Choice()
                        .setIBAN("FR7630006000011234567890189")));
        for (Debit d : debits) {
            BigDecimal amount = new BigDecimal(d.amount());
            notification.addNtry(new ReportEntry10()
                    .setAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy("EUR").setValue(amount))
                    .setCdtDbtInd(CreditDebitCode.DBIT)
                    .setSts(new EntryStatus1Choice().setCd("BOOK"))
                    .setBookgDt(new DateAndDateTime2Choice().setDt(d.valueDate()))
                    .setValDt(new DateAndDateTime2Choice().setDt(d.valueDate()))
                    .setAcctSvcrRef(d.bankReference())
                    .setBkTxCd(new com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4()
                            .setDomn(new com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure5()
                                    .setCd("PMNT").setFmly(new com.prowidesoftware.swift.model.mx.dic
                                            .BankTransactionCodeStructure6().setCd("ICDT").setSubFmlyCd("ESCT"))))
                    .addNtryDtls(new EntryDetails9().addTxDtls(new EntryTransaction10()
                            .setRefs(new TransactionReferences6().setEndToEndId(d.endToEndId())
                                    .setAcctSvcrRef(d.bankReference()))
                            .setAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy("EUR").setValue(amount))
                            .setCdtDbtInd(CreditDebitCode.DBIT))));
        }
        MxCamt05400108 message = new MxCamt05400108().setBkToCstmrDbtCdtNtfctn(
                new BankToCustomerDebitCreditNotificationV08()
                        .setGrpHdr(new GroupHeader81().setMsgId(messageId).setCreDtTm(now))
                        .addNtfctn(notification));
        MxWriteConfiguration configuration = new MxWriteConfiguration();
        configuration.documentPrefix = null;
        return message.message(configuration).getBytes(StandardCharsets.UTF_8);
    }
}
