package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.levier.banking.boundary.BankAccounts;
import org.levier.banking.entity.BankAccount;
import org.levier.web.core.Caller;
import org.primefaces.model.file.UploadedFile;

/**
 * The applicant's bank account ({@code /app/bank-account.xhtml}): the live version (IBAN masked, status: awaiting
 * verification or verified) and the form that declares a new one with its bank document. A declaration suspends
 * payments until the fund's staff verify it; the page says so.
 */
@Named
@ViewScoped
public class BankAccountPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BankAccounts bankAccounts;

    @Inject
    Caller caller;

    private String iban;
    private String bic;
    private String holder;
    private transient UploadedFile file;
    private BankAccount account;

    public void load() {
        account = bankAccounts.own(caller.applicant()).orElse(null);
    }

    public void declare() {
        if (file == null || file.getSize() == 0) {
            Messages.error("bankAccount.evidence.required");
            return;
        }
        try (InputStream content = file.getInputStream()) {
            BankAccounts.EvidenceInfo[] evidence = new BankAccounts.EvidenceInfo[1];
            if (!Messages.attempt(() -> evidence[0] = bankAccounts.uploadOwnEvidence(caller.applicant(),
                    file.getFileName(), content), null)) {
                return;
            }
            if (Messages.attempt(() -> bankAccounts.declareOwn(caller.applicant(), new BankAccounts.Declaration(iban,
                    bic, holder, evidence[0].id())), "bankAccount.declared")) {
                iban = null;
                bic = null;
                holder = null;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        } finally {
            file = null;
            load();
        }
    }

    public BankAccount getAccount() {
        return account;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getBic() {
        return bic;
    }

    public void setBic(String bic) {
        this.bic = bic;
    }

    public String getHolder() {
        return holder;
    }

    public void setHolder(String holder) {
        this.holder = holder;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }
}
