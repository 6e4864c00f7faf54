package org.levier.payment.control;

import com.prowidesoftware.swift.model.mx.MxPain00100109;
import com.prowidesoftware.swift.model.mx.MxWriteConfiguration;
import com.prowidesoftware.swift.model.mx.dic.AccountIdentification4Choice;
import com.prowidesoftware.swift.model.mx.dic.ActiveOrHistoricCurrencyAndAmount;
import com.prowidesoftware.swift.model.mx.dic.AmountType4Choice;
import com.prowidesoftware.swift.model.mx.dic.BranchAndFinancialInstitutionIdentification6;
import com.prowidesoftware.swift.model.mx.dic.CashAccount38;
import com.prowidesoftware.swift.model.mx.dic.ChargeBearerType1Code;
import com.prowidesoftware.swift.model.mx.dic.CreditTransferTransaction34;
import com.prowidesoftware.swift.model.mx.dic.CustomerCreditTransferInitiationV09;
import com.prowidesoftware.swift.model.mx.dic.DateAndDateTime2Choice;
import com.prowidesoftware.swift.model.mx.dic.FinancialInstitutionIdentification18;
import com.prowidesoftware.swift.model.mx.dic.GroupHeader85;
import com.prowidesoftware.swift.model.mx.dic.PartyIdentification135;
import com.prowidesoftware.swift.model.mx.dic.PaymentIdentification6;
import com.prowidesoftware.swift.model.mx.dic.PaymentInstruction30;
import com.prowidesoftware.swift.model.mx.dic.PaymentMethod3Code;
import com.prowidesoftware.swift.model.mx.dic.PaymentTypeInformation26;
import com.prowidesoftware.swift.model.mx.dic.RemittanceInformation16;
import com.prowidesoftware.swift.model.mx.dic.ServiceLevel8Choice;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Builds a SEPA credit transfer initiation, ISO 20022 {@code pain.001.001.09}, with Prowide's model: a group header
 * (message id, creation time, number of transactions, control sum, initiating party), one payment information block
 * (transfer, SEPA service level, requested execution date, the fund as debtor, charges shared), and one credit
 * transfer per line (end-to-end id = the disbursement's id, amount in EUR, creditor's agent, name and IBAN, the
 * dossier's reference as unstructured remittance information). Every text is put in the SEPA character set.
 */
public final class Pain001 {

    /** The fund's account. */
    public record Debtor(String name, String iban, String bic) {
    }

    /** One transfer. */
    public record Transfer(long disbursementId, BigDecimal amount, String creditorName, String creditorIban,
                           String creditorBic, String remittance) {
    }

    private Pain001() {
    }

    /** The file's bytes (UTF-8 XML, with its declaration). */
    public static byte[] build(String messageId, Instant createdAt, LocalDate executionDate, Debtor debtor,
                               List<Transfer> transfers) {
        BigDecimal total = transfers.stream().map(Transfer::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        String count = String.valueOf(transfers.size());
        String fund = SepaText.of(debtor.name(), 70);

        GroupHeader85 header = new GroupHeader85()
                .setMsgId(SepaText.of(messageId, 35))
                .setCreDtTm(createdAt.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC))
                .setNbOfTxs(count)
                .setCtrlSum(total)
                .setInitgPty(new PartyIdentification135().setNm(fund));
        PaymentInstruction30 payment = new PaymentInstruction30()
                .setPmtInfId(SepaText.of(messageId + "-1", 35))
                .setPmtMtd(PaymentMethod3Code.TRF)
                .setBtchBookg(Boolean.TRUE)
                .setNbOfTxs(count)
                .setCtrlSum(total)
                .setPmtTpInf(new PaymentTypeInformation26().addSvcLvl(new ServiceLevel8Choice().setCd("SEPA")))
                .setReqdExctnDt(new DateAndDateTime2Choice().setDt(executionDate))
                .setDbtr(new PartyIdentification135().setNm(fund))
                .setDbtrAcct(account(debtor.iban()))
                .setDbtrAgt(agent(debtor.bic()))
                .setChrgBr(ChargeBearerType1Code.SLEV);
        for (Transfer t : transfers) {
            payment.addCdtTrfTxInf(new CreditTransferTransaction34()
                    .setPmtId(new PaymentIdentification6().setEndToEndId(String.valueOf(t.disbursementId())))
                    .setAmt(new AmountType4Choice().setInstdAmt(new ActiveOrHistoricCurrencyAndAmount()
                            .setCcy("EUR").setValue(t.amount().setScale(2))))
                    .setCdtrAgt(agent(t.creditorBic()))
                    .setCdtr(new PartyIdentification135().setNm(SepaText.of(t.creditorName(), 70)))
                    .setCdtrAcct(account(t.creditorIban()))
                    .setRmtInf(new RemittanceInformation16().addUstrd(SepaText.of(t.remittance(), 140))));
        }
        MxPain00100109 message = new MxPain00100109().setCstmrCdtTrfInitn(new CustomerCreditTransferInitiationV09()
                .setGrpHdr(header).addPmtInf(payment));
        MxWriteConfiguration configuration = new MxWriteConfiguration();
        configuration.documentPrefix = null;
        configuration.includeXMLDeclaration = true;
        return message.message(configuration).getBytes(StandardCharsets.UTF_8);
    }

    private static CashAccount38 account(String iban) {
        return new CashAccount38().setId(new AccountIdentification4Choice().setIBAN(iban));
    }

    private static BranchAndFinancialInstitutionIdentification6 agent(String bic) {
        return new BranchAndFinancialInstitutionIdentification6()
                .setFinInstnId(new FinancialInstitutionIdentification18().setBICFI(bic));
    }
}
