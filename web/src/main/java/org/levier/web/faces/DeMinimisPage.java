package org.levier.web.faces;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.levier.applicant.boundary.DeMinimisDeclarations;
import org.levier.applicant.entity.DeMinimisAid;
import org.levier.applicant.entity.DeMinimisCorrection;
import org.levier.shared.entity.Money;

/**
 * The applicant's de minimis declarations ({@code /app/de-minimis.xhtml}): each with its corrections, and a form to
 * correct one with a reason (the rules and the history are the boundary's).
 */
@Named
@ViewScoped
public class DeMinimisPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A correction as typed. */
    public static final class CorrectionForm implements Serializable {

        private static final long serialVersionUID = 1L;
        private LocalDate grantedOn;
        private BigDecimal amount;
        private String grantingBody;
        private String reason;

        public LocalDate getGrantedOn() {
            return grantedOn;
        }

        public void setGrantedOn(LocalDate grantedOn) {
            this.grantedOn = grantedOn;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }

        public String getGrantingBody() {
            return grantingBody;
        }

        public void setGrantingBody(String grantingBody) {
            this.grantingBody = grantingBody;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    DeMinimisDeclarations declarations;

    private final Map<Long, CorrectionForm> forms = new HashMap<>();
    private transient List<DeMinimisAid> aids;
    private transient Map<Long, List<DeMinimisCorrection>> corrections;

    public List<DeMinimisAid> getAids() {
        if (aids == null) {
            aids = declarations.own();
            corrections = new HashMap<>();
        }
        return aids;
    }

    public List<DeMinimisCorrection> correctionsOf(DeMinimisAid aid) {
        getAids();
        return corrections.computeIfAbsent(aid.getId(), declarations::correctionsOwn);
    }

    /** The correction form of a declaration, prefilled with its current values. */
    public CorrectionForm formOf(DeMinimisAid aid) {
        return forms.computeIfAbsent(aid.getId(), id -> {
            CorrectionForm form = new CorrectionForm();
            form.grantedOn = aid.getGrantedOn();
            form.amount = aid.getAmount().amount();
            form.grantingBody = aid.getGrantingBody();
            return form;
        });
    }

    public void correct(long aidId) {
        CorrectionForm form = forms.get(aidId);
        if (form == null) {
            return;
        }
        Money amount = form.amount == null ? null : DossierForm.asMoney(form.amount).orElse(null);
        if (Messages.attempt(() -> declarations.correct(aidId, form.grantedOn, amount, form.grantingBody,
                form.reason), "deMinimis.corrected")) {
            forms.remove(aidId);
        }
        aids = null;
    }
}
