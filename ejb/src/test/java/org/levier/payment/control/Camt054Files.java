package org.levier.payment.control;

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
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** A bank's camt.054.001.08 debit notification, built with Prowide as a bank would send it (for tests). */
public final class Camt054Files {

    /** One entry with one transaction. */
    public record Entry(String endToEndId, BigDecimal amount, LocalDate valueDate, String bankReference, boolean debit,
                        String status) {
    }

    private Camt054Files() {
    }

    public static byte[] notification(String messageId, List<Entry> entries) {
        AccountNotification17 notification = new AccountNotification17()
                .setId(messageId + "-1")
                .setCreDtTm(OffsetDateTime.of(2026, 12, 5, 8, 0, 0, 0, ZoneOffset.UTC))
                .setAcct(new CashAccount39().setId(new AccountIdentification4Choice()
                        .setIBAN("FR7630006000011234567890189")));
        for (Entry e : entries) {
            CreditDebitCode direction = e.debit() ? CreditDebitCode.DBIT : CreditDebitCode.CRDT;
            notification.addNtry(new ReportEntry10()
                    .setAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy("EUR").setValue(e.amount()))
                    .setCdtDbtInd(direction)
                    .setSts(new EntryStatus1Choice().setCd(e.status()))
                    .setBookgDt(new DateAndDateTime2Choice().setDt(e.valueDate()))
                    .setValDt(new DateAndDateTime2Choice().setDt(e.valueDate()))
                    .setAcctSvcrRef(e.bankReference())
                    .setBkTxCd(new com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure4()
                            .setDomn(new com.prowidesoftware.swift.model.mx.dic.BankTransactionCodeStructure5()
                                    .setCd("PMNT").setFmly(new com.prowidesoftware.swift.model.mx.dic
                                            .BankTransactionCodeStructure6().setCd("ICDT").setSubFmlyCd("ESCT"))))
                    .addNtryDtls(new EntryDetails9().addTxDtls(new EntryTransaction10()
                            .setRefs(new TransactionReferences6().setEndToEndId(e.endToEndId())
                                    .setAcctSvcrRef(e.bankReference()))
                            .setAmt(new ActiveOrHistoricCurrencyAndAmount().setCcy("EUR").setValue(e.amount()))
                            .setCdtDbtInd(direction))));
        }
        MxCamt05400108 message = new MxCamt05400108().setBkToCstmrDbtCdtNtfctn(
                new BankToCustomerDebitCreditNotificationV08()
                        .setGrpHdr(new GroupHeader81().setMsgId(messageId)
                                .setCreDtTm(OffsetDateTime.of(2026, 12, 5, 8, 0, 0, 0, ZoneOffset.UTC)))
                        .addNtfctn(notification));
        MxWriteConfiguration configuration = new MxWriteConfiguration();
        configuration.documentPrefix = null;
        return message.message(configuration).getBytes(StandardCharsets.UTF_8);
    }
}
